using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The duplicate rule group: exact repeats of a line, and the limit of what it remembers.</summary>
public sealed class DuplicateRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Fact]
    public void ExactDuplicates_NameTheLineTheyRepeat_AndScaleCounts()
    {
        var lines = new[] { Lines.Valid(), Lines.Valid() with { MontantVote = 1500.5m }, Lines.Valid(), Lines.Valid() };

        var duplicates = Validator.Validate(lines).Findings.Kept.Where(f => f.Code == FindingCodes.DuplicateLine).ToList();

        duplicates.Select(f => (f.Location.Line, f.Arguments[0])).ShouldBe([(3L, "1"), (4L, "1")]);
    }

    [Fact]
    public void DuplicateDetection_StopsRememberingAtItsLimit_AndSaysSo()
    {
        var lines = Enumerable.Range(0, 10).Select(i => Lines.Valid() with { MontantVote = i }).Append(Lines.Valid() with { MontantVote = 9 });
        var validator = new BudgetValidator(new BudgetValidationOptions { DuplicateDetectionLimit = 5 });

        var report = validator.Validate(lines);

        report.Findings.CountOf(FindingCodes.DuplicateLine).ShouldBe(0);
        report.Findings.CountOf(FindingCodes.DuplicateDetectionLimited).ShouldBe(1);
    }
}
