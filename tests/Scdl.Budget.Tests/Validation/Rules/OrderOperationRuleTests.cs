using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The order-operation rule group: order chapters and the operation kind must agree.</summary>
public sealed class OrderOperationRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Theory]
    [InlineData("040", OperationKind.Reel, FindingCodes.OrderChapterInRealOperation)]
    [InlineData("023", OperationKind.Reel, FindingCodes.OrderChapterInRealOperation)]
    [InlineData("011", OperationKind.Ordre, FindingCodes.OrderOperationOutsideOrderChapter)]
    [InlineData("40", OperationKind.Ordre, FindingCodes.OrderOperationOutsideOrderChapter)]
    public void OrderChapters_AndOperationKind_MustAgree(string chapter, OperationKind kind, string code)
    {
        var report = Validator.Validate([Lines.Valid() with { ChapterCode = chapter, OperationKind = kind }]);

        var finding = report.Findings.Kept.Single(f => f.Code is FindingCodes.OrderChapterInRealOperation or FindingCodes.OrderOperationOutsideOrderChapter);
        finding.Code.ShouldBe(code);
        finding.Location.Column.ShouldBe("BGT_NATURE");
        finding.Value.ShouldBe(chapter);
    }
}
