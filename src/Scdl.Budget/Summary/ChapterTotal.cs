namespace Scdl.Budget.Summary;

/// <summary>The total of the lines of one document in one chapter, section, operation kind and direction.</summary>
/// <param name="ChapterCode">The chapter, such as <c>011</c>.</param>
/// <param name="ChapterLabel">The first non-empty label met for the chapter, or an empty string.</param>
/// <param name="Section">The section.</param>
/// <param name="OperationKind">Réel or ordre, as the lines say (<c>BGT_OPBUDG</c>); see <see cref="IsCarriedForward"/>.</param>
/// <param name="Direction">Recette or dépense.</param>
/// <param name="LineCount">The number of lines added up.</param>
/// <param name="Amount">The total of the document's <see cref="AmountBasis"/>, in euros.</param>
public sealed record ChapterTotal(
    string ChapterCode,
    string ChapterLabel,
    BudgetSection Section,
    OperationKind OperationKind,
    FlowDirection Direction,
    long LineCount,
    decimal Amount)
{
    /// <summary>
    /// Gets a value indicating whether the chapter is a carried-forward balance, 001 or 002: its lines count in
    /// <see cref="DocumentSummary.CarriedForward"/>, not in the real or order totals, whatever their operation kind says.
    /// </summary>
    public bool IsCarriedForward => CarriedForwardChapters.IsChapter(ChapterCode);
}
