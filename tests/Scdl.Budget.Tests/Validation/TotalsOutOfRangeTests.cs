using System.Text;
using Scdl.Budget.Analysis;
using Scdl.Budget.Validation;
using TestCsv = Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Validation;

/// <summary>
/// Sums beyond <see cref="decimal"/>: two amounts of one document whose sum no decimal holds never make validation,
/// the summary or the analysis throw; the line that would take the totals out of range is left out of them and
/// reported (<c>SCDL323</c>).
/// </summary>
public sealed class TotalsOutOfRangeTests
{
    private static readonly BudgetValidator Validator = new();

    private static BudgetLine[] TwoHugeLines() =>
    [
        Lines.Valid() with { MontantVote = decimal.MaxValue },
        Lines.Valid() with { AccountCode = "60612", MontantVote = decimal.MaxValue },
        Lines.Valid() with { AccountCode = "60613", MontantVote = 10m },
    ];

    private static string HugeCsv() =>
        TestCsv.Header + "\n"
        + TestCsv.ValidRow.Replace("1500.50", "79228162514264337593543950335", StringComparison.Ordinal) + "\n"
        + TestCsv.ValidRow.Replace("1500.50", "79228162514264337593543950335", StringComparison.Ordinal).Replace("60611", "60612", StringComparison.Ordinal) + "\n"
        + TestCsv.ValidRow.Replace("1500.50", "-79228162514264337593543950335", StringComparison.Ordinal).Replace("60611", "60613", StringComparison.Ordinal) + "\n";

    [Fact]
    public void Validate_LeavesOutTheLinesThatWouldOverflow_AndReportsEach()
    {
        var report = Validator.Validate(TwoHugeLines());

        var findings = report.Findings.Kept.Where(f => f.Code == FindingCodes.TotalOutOfRange).ToList();
        findings.Select(f => f.Location.Line).ShouldBe([1L, 2L]);
        findings[0].Severity.ShouldBe(FindingSeverity.Warning);
        findings[0].Arguments.ShouldBe(["SIRET 21560046100085, 2022, budget primitif", "10^23"]);
        var document = report.Summary.Documents.ShouldHaveSingleItem();
        document.LineCount.ShouldBe(1);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(10m);
        report.Summary.LinesNotCounted.ShouldBe(2);
    }

    [Fact]
    public async Task Validate_OfCsv_SyncAsyncAndStreaming_NeverThrows()
    {
        var bytes = Encoding.UTF8.GetBytes(HugeCsv());

        var report = Validator.Validate(new MemoryStream(bytes));
        var streamed = Validator.EnumerateFindings(new MemoryStream(bytes)).ToList();
        var reportAsync = await Validator.ValidateAsync(new MemoryStream(bytes));

        report.Findings.CountOf(FindingCodes.TotalOutOfRange).ShouldBe(3);
        streamed.Count(f => f.Code == FindingCodes.TotalOutOfRange).ShouldBe(3);
        reportAsync.Findings.CountsByCode.ShouldBe(report.Findings.CountsByCode);
        report.Summary.Documents.ShouldHaveSingleItem().LineCount.ShouldBe(0);
    }

    [Fact]
    public void Totals_StayExact_UpToTheLimit()
    {
        var limit = 100_000_000_000_000_000_000_000m;
        var lines = new[]
        {
            Lines.Valid() with { MontantVote = limit / 2 },
            Lines.Valid() with { AccountCode = "60612", MontantVote = -(limit / 2) },
            Lines.Valid() with { AccountCode = "60613", MontantVote = 0.01m },
        };

        var report = Validator.Validate(lines);

        report.Findings.CountOf(FindingCodes.TotalOutOfRange).ShouldBe(1);
        report.Findings.Kept.Single(f => f.Code == FindingCodes.TotalOutOfRange).Location.Line.ShouldBe(3);
        report.Summary.Documents[0].GetTotal(BudgetSection.Fonctionnement, FlowDirection.Depense).ShouldBe(0m);
    }

    [Fact]
    public void EachDocument_HasItsOwnRange()
    {
        var lines = new[]
        {
            Lines.Valid() with { MontantVote = decimal.MaxValue / 1_000_000 },
            Lines.Valid() with { Year = 2023, MontantVote = decimal.MaxValue / 1_000_000 },
        };

        var report = Validator.Validate(lines);

        report.Findings.CountOf(FindingCodes.TotalOutOfRange).ShouldBe(0);
        report.Summary.Documents.Count.ShouldBe(2);
    }

    [Fact]
    public void WithoutTheBalanceGroup_TheSummaryStillLeavesTheLineOut_WithoutAFinding()
    {
        var options = new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.Schema };

        var report = new BudgetValidator(options).Validate(TwoHugeLines());

        report.Findings.CountOf(FindingCodes.TotalOutOfRange).ShouldBe(0);
        report.Summary.LinesNotCounted.ShouldBe(2);
    }

    [Fact]
    public void Analysis_LeavesTheSameLinesOut_AndCountsThem()
    {
        var analysis = BudgetAnalyzer.Analyze(TwoHugeLines());

        analysis.LinesNotCounted.ShouldBe(2);
        var document = analysis.Documents.ShouldHaveSingleItem();
        document.LineCount.ShouldBe(1);
        document.Fonctionnement.DepensesReelles.ShouldBe(10m);
    }

    [Fact]
    public void Analysis_AFigureBeyondDecimal_IsAGap_NotAnException()
    {
        var lines = new[]
        {
            Lines.Valid() with { AccountCode = "7351", ChapterCode = "73", Direction = FlowDirection.Recette, MontantVote = 0.0000000000000000000001m },
            Lines.Valid() with { AccountCode = "60611", MontantVote = -90_000_000_000_000_000_000_000m },
        };

        var epargne = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { OutstandingDebt = decimal.MaxValue }).Documents.ShouldHaveSingleItem().Epargne;

        epargne.EpargneBrute.Value.ShouldBe(90_000_000_000_000_000_000_000m);
        epargne.TauxEpargneBrute.Gap.ShouldBe(FigureGap.OutOfRange);
        epargne.TauxEpargneBrute.GetGapText(System.Globalization.CultureInfo.GetCultureInfo("fr")).ShouldStartWith("Le chiffre serait trop grand");
        epargne.CapaciteDeDesendettement.Value.ShouldNotBeNull();
    }

    [Fact]
    public void Analysis_ADebtDividedByATinySaving_IsAGap()
    {
        var lines = new[]
        {
            Lines.Valid() with { AccountCode = "7351", ChapterCode = "73", Direction = FlowDirection.Recette, MontantVote = 0.0001m },
        };

        var epargne = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { OutstandingDebt = decimal.MaxValue }).Documents.ShouldHaveSingleItem().Epargne;

        epargne.CapaciteDeDesendettement.Gap.ShouldBe(FigureGap.OutOfRange);
    }
}
