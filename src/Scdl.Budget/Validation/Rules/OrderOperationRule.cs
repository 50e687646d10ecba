using Scdl.Budget.Schema;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Validation.Rules;

/// <summary>Order chapters (040–043, 021, 023) hold order operations and only them (<c>SCDL304</c>, <c>SCDL305</c>).</summary>
internal sealed class OrderOperationRule : IBudgetRule
{
    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        var chapter = line.ChapterCode;
        if (chapter.Length == 0)
        {
            return;
        }

        var isOrderChapter = SummaryBuilder.IsOrderChapter(chapter);
        if (isOrderChapter && line.OperationKind == OperationKind.Reel)
        {
            if (!context.Keeps(FindingCodes.OrderChapterInRealOperation))
            {
                return;
            }

            context.Report(FindingCodes.OrderChapterInRealOperation, lineNumber, context.ColumnOf(LineField.ChapterCode), chapter);
        }
        else if (!isOrderChapter && line.OperationKind == OperationKind.Ordre)
        {
            if (!context.Keeps(FindingCodes.OrderOperationOutsideOrderChapter))
            {
                return;
            }

            context.Report(FindingCodes.OrderOperationOutsideOrderChapter, lineNumber, context.ColumnOf(LineField.ChapterCode), chapter);
        }
    }

    public void Complete(ValidationContext context)
    {
    }
}
