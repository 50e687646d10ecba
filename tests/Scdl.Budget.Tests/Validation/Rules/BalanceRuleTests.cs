using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The balance rule group: section totals (<c>SCDL320</c>), section balance and order symmetry of a budget primitif.</summary>
public sealed class BalanceRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Fact]
    public void BalancedBudget_HasOnlyInformation()
    {
        var report = Validator.Validate(Lines.BalancedBudget());

        report.IsValid.ShouldBeTrue();
        ReportCodes.Of(report).ShouldBe("SCDL308=1 SCDL320=2");
        report.LinesRead.ShouldBe(7);
        var document = report.Summary.Documents.ShouldHaveSingleItem();
        document.Checks.ShouldAllBe(c => c.Holds);
        document.GetTotal(BudgetSection.Investissement, FlowDirection.Depense).ShouldBe(300m);
        document.Chapters.Select(c => c.ChapterCode).ShouldBe(["011", "021", "023", "040", "042", "21", "73"]);
    }

    [Fact]
    public void UnbalancedBudgetPrimitif_AndBrokenOrderSymmetry_AreWarnings()
    {
        var lines = Lines.BalancedBudget().Where(l => l.ChapterCode != "021").ToList();

        var report = Validator.Validate(lines);

        ReportCodes.Of(report).ShouldBe("SCDL308=1 SCDL320=2 SCDL321=1 SCDL322=1");
        var imbalance = report.Findings.Kept.Single(f => f.Code == FindingCodes.SectionImbalance);
        imbalance.Severity.ShouldBe(FindingSeverity.Warning);
        imbalance.Arguments.ShouldBe(["SIRET 21560046100085, 2022, budget primitif", "investissement", "100", "300", "-200"]);
        report.Findings.Kept.Single(f => f.Code == FindingCodes.OrderAsymmetry).Arguments
            .ShouldBe(["SIRET 21560046100085, 2022, budget primitif", "023", "200", "021", "0"]);
    }

    [Fact]
    public void CompteAdministratif_IsNotExpectedToBalance_ButItsTotalsAreReported()
    {
        var lines = new[]
        {
            Lines.Valid() with { Step = BudgetStep.CompteAdministratif, Realisations = 80m, MontantVote = 100m },
            Lines.Valid() with { Step = BudgetStep.CompteAdministratif, AccountCode = "7351", ChapterCode = "73", Direction = FlowDirection.Recette, Realisations = 120m },
        };

        var report = Validator.Validate(lines);

        ReportCodes.Of(report).ShouldBe("SCDL308=1 SCDL320=2");
        report.Summary.Documents[0].GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(80m);
        report.Findings.Kept.First(f => f.Code == FindingCodes.SectionTotals).Arguments[^3].ShouldBe("BGT_MTREAL");
    }
}
