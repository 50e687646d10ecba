using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The column-convention rule group: which column holds the chapter, told by the lengths of the two codes.</summary>
public sealed class ColumnConventionRuleTests
{
    private static readonly BudgetValidator Validator = new(new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.ColumnConvention });

    [Fact]
    public void ChapterShorterThanAccount_ConfirmsTheConventionRead()
    {
        var lines = new[] { Lines.Valid(), Lines.Valid() with { AccountCode = "6541", ChapterCode = "65" }, Lines.Valid() with { AccountCode = "60612", ChapterCode = "60612" } };

        var report = Validator.Validate(lines);

        ReportCodes.Of(report).ShouldBe("SCDL308=1");
        var detected = report.Findings.Kept.Single(f => f.Code == FindingCodes.ColumnConventionDetected);
        detected.Severity.ShouldBe(FindingSeverity.Info);
        detected.Arguments.ShouldBe(["BGT_NATURE", "BGT_CONTNAT", "2", "2"]);
    }

    [Fact]
    public void ChapterLongerThanAccount_OnMostLines_IsAMismatch()
    {
        var swapped = Lines.Valid() with { AccountCode = "011", ChapterCode = "60611" };
        var lines = new[] { swapped, swapped with { AccountCode = "65", ChapterCode = "6541" }, Lines.Valid() };

        var report = Validator.Validate(lines);

        ReportCodes.Of(report).ShouldBe("SCDL309=1");
        report.Findings.Kept.Single(f => f.Code == FindingCodes.ColumnConventionMismatch).Arguments
            .ShouldBe(["BGT_CONTNAT", "BGT_NATURE", "2", "3"]);
    }

    [Fact]
    public void CodesOfTheSameLength_SayNothing() =>
        ReportCodes.Of(Validator.Validate([Lines.Valid() with { AccountCode = "023", ChapterCode = "023" }])).ShouldBeEmpty();
}
