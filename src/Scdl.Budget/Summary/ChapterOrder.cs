namespace Scdl.Budget.Summary;

/// <summary>The order of chapter totals everywhere: chapter code (ordinal), then section, operation kind and direction.</summary>
internal static class ChapterOrder
{
    public static int Compare(
        (string Code, BudgetSection Section, OperationKind Kind, FlowDirection Direction) x,
        (string Code, BudgetSection Section, OperationKind Kind, FlowDirection Direction) y)
    {
        var order = string.CompareOrdinal(x.Code, y.Code);
        if (order == 0)
        {
            order = x.Section.CompareTo(y.Section);
        }

        if (order == 0)
        {
            order = x.Kind.CompareTo(y.Kind);
        }

        return order != 0 ? order : x.Direction.CompareTo(y.Direction);
    }
}
