using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The document rule group: several documents in one file, and the row limit.</summary>
public sealed class DocumentRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Fact]
    public void SeveralDocuments_AreReportedAtTheFirstLineOfEachNewOne()
    {
        var lines = new[]
        {
            Lines.Valid(),
            Lines.Valid() with { Year = 2023 },
            Lines.Valid() with { AccountCode = "6064" },
            Lines.Valid() with { Year = 2023, AccountCode = "6064" },
            Lines.Valid() with { Step = BudgetStep.CompteAdministratif },
        };

        var report = Validator.Validate(lines);

        report.Findings.Kept.Where(f => f.Code == FindingCodes.MultipleDocuments).Select(f => f.Location.Line).ShouldBe([2L, 5L]);
        report.Findings.Kept.First(f => f.Code == FindingCodes.MultipleDocuments).Arguments
            .ShouldBe(["21560046100085", "2023", "budget primitif", "SIRET 21560046100085, 2022, budget primitif"]);
        report.Summary.Documents.Count.ShouldBe(3);
    }

    [Fact]
    public void RowLimit_WarnsAboveValidatasCap()
    {
        var options = new BudgetValidationOptions { RowLimit = 2 };

        var report = new BudgetValidator(options).Validate(Lines.BalancedBudget());

        var finding = report.Findings.Kept.Single(f => f.Code == FindingCodes.TooManyRows);
        finding.Arguments.ShouldBe(["7", "2"]);
        BudgetValidationOptions.Default.RowLimit.ShouldBe(100_000);
    }
}
