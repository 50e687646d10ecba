using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Validation;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests;

public sealed class FindingTallyTests
{
    private static Finding Make(string code, FindingSeverity severity, long line, string? value = null, string? column = "BGT_NATURE") =>
        new(code, severity, line <= 0 ? SourceLocation.File : new SourceLocation(line, column), value);

    [Fact]
    public void Add_CountsExactly_BySeverityCategoryAndCode()
    {
        var tally = new FindingTally(maxKept: 1);
        tally.Add(Make(FindingCodes.RequiredValueMissing, FindingSeverity.Error, 2, "a"));
        tally.Add(Make(FindingCodes.RequiredValueMissing, FindingSeverity.Error, 3, "b"));
        tally.Add(Make(FindingCodes.FormulaInjection, FindingSeverity.Warning, 4, "=1"));
        tally.Count(FindingCodes.SectionTotals, FindingSeverity.Info, 5);

        tally.Total.ShouldBe(8);
        tally.ErrorCount.ShouldBe(2);
        tally.WarningCount.ShouldBe(1);
        tally.InfoCount.ShouldBe(5);
        tally.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(2);
        tally.CountOf(FindingCategory.Content, FindingSeverity.Error).ShouldBe(2);
        tally.CountsByCode.Keys.ShouldBe([FindingCodes.RequiredValueMissing, FindingCodes.FormulaInjection, FindingCodes.SectionTotals]);
        tally.KeptCount.ShouldBe(1);
        tally.NotKeptCount.ShouldBe(7);
        tally.Verdict.ShouldBe(ValidationVerdict.Invalid);
    }

    [Fact]
    public void Add_GroupsFindingsThatDifferOnlyByTheirLine_WithTheirLinesAsRanges()
    {
        var tally = new FindingTally(maxKept: 1);
        foreach (var line in new long[] { 2, 3, 4, 9, 9, 11 })
        {
            tally.Add(Make(FindingCodes.ValueNotAllowed, FindingSeverity.Error, line, "Budget primitif"));
        }

        var group = tally.Groups.ShouldHaveSingleItem();
        group.Count.ShouldBe(6);
        group.Lines.ShouldBe([new LineRange(2, 4), new LineRange(9, 9), new LineRange(11, 11)]);
        group.Finding.Location.Line.ShouldBe(2);
        tally.Kept.Select(f => f.Location.Line).ShouldBe([2L, 3, 4, 9, 11]);
        tally.NotKeptCount.ShouldBe(0);
    }

    [Fact]
    public void Add_NeverLetsLessSevereFindingsCrowdOutErrors()
    {
        // 1,273 different warnings first, then 116 errors: what crowded the errors out of the Morbihan report.
        var tally = new FindingTally();
        for (var line = 2; line < 1_275; line++)
        {
            tally.Add(Make(FindingCodes.FormulaInjection, FindingSeverity.Warning, line, "=" + line));
        }

        for (var line = 2; line < 118; line++)
        {
            tally.Add(Make(FindingCodes.InvalidNumber, FindingSeverity.Error, line, "x" + line));
        }

        tally.Groups.Count(g => g.Severity == FindingSeverity.Error).ShouldBe(116);
        tally.Groups.Count.ShouldBe(FindingTally.DefaultMaxKept);
        tally.Groups.Take(116).ShouldAllBe(g => g.Severity == FindingSeverity.Error);
        tally.WarningCount.ShouldBe(1_273);
        tally.NotKeptCount.ShouldBe(1_273 + 116 - 1_000);
    }

    [Fact]
    public void Add_AlwaysKeepsWholeFileFindings_EvenWithNoRoom()
    {
        var tally = new FindingTally(maxKept: 0);
        tally.Add(Make(FindingCodes.InvalidNumber, FindingSeverity.Error, 2, "x"));
        tally.Add(Make(FindingCodes.SectionTotals, FindingSeverity.Info, 0));

        tally.Groups.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.SectionTotals);
        tally.ErrorCount.ShouldBe(1);
    }

    [Fact]
    public void WouldKeep_SaysWhetherANewGroupWouldBeKept()
    {
        var tally = new FindingTally(maxKept: 1);
        tally.WouldKeep(FindingCodes.InvalidNumber, FindingSeverity.Info).ShouldBeTrue();
        tally.Add(Make(FindingCodes.FormulaInjection, FindingSeverity.Warning, 2, "=1"));

        tally.WouldKeep(FindingCodes.InvalidNumber, FindingSeverity.Info).ShouldBeFalse();
        tally.WouldKeep(FindingCodes.InvalidNumber, FindingSeverity.Warning).ShouldBeFalse();
        tally.WouldKeep(FindingCodes.InvalidNumber, FindingSeverity.Error).ShouldBeTrue();
        tally.Add(Make(FindingCodes.InvalidNumber, FindingSeverity.Error, 3, "x"));
        tally.WouldKeep(FindingCodes.InvalidNumber, FindingSeverity.Error).ShouldBeFalse();
        tally.Groups.ShouldHaveSingleItem().Severity.ShouldBe(FindingSeverity.Error);
    }

    [Theory]
    [InlineData(FindingCodes.UnreadableInput, ValidationVerdict.Unreadable)]
    [InlineData(FindingCodes.InvalidNumber, ValidationVerdict.Invalid)]
    [InlineData(FindingCodes.SeparatorNotComma, ValidationVerdict.NotInStandardFormat)]
    public void Verdict_FollowsTheCategoryOfTheErrors(string code, ValidationVerdict expected)
    {
        var tally = new FindingTally();
        tally.Add(Make(FindingCodes.FormulaInjection, FindingSeverity.Warning, 2));
        tally.Verdict.ShouldBe(ValidationVerdict.Valid);

        tally.Add(Make(code, FindingSeverity.Error, 0));

        tally.Verdict.ShouldBe(expected);
    }

    [Fact]
    public void MakeReadOnly_RefusesFurtherFindings()
    {
        var tally = new FindingTally();
        tally.MakeReadOnly();

        Should.Throw<InvalidOperationException>(() => tally.Add(Make(FindingCodes.InvalidNumber, FindingSeverity.Error, 2)));
        Should.Throw<ArgumentOutOfRangeException>(() => new FindingTally(-1));
    }

    [Fact]
    public void Morbihan_ReadLeniently_KeepsEveryErrorAndEveryWholeFileFinding()
    {
        var options = RealFiles.Options(RealFiles.MorbihanCa2021) with { Reader = BudgetCsvReaderOptions.Tolerant, RuleGroups = ValidationRuleGroups.All };

        var report = RealFiles.Validate(RealFiles.MorbihanCa2021, options);

        var tally = report.Findings;
        tally.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(116);
        tally.Groups.Where(g => g.Code == FindingCodes.RequiredValueMissing).Sum(g => g.Count).ShouldBe(116);
        tally.Groups.Where(g => g.IsWholeFile).Select(g => g.Code).ShouldContain(FindingCodes.SectionTotals);
        tally.Groups.Where(g => g.IsWholeFile).Select(g => g.Code).ShouldContain(FindingCodes.NomenclatureInferred);
        tally.NotKeptCount.ShouldBe(0);
        tally.Groups.Count.ShouldBeLessThan(100);
    }
}
