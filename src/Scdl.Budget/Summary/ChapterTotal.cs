namespace Scdl.Budget.Summary;

/// <summary>The total of the lines of one document in one chapter, section, operation kind and direction.</summary>
/// <param name="ChapterCode">The chapter, such as <c>011</c>.</param>
/// <param name="ChapterLabel">The first non-empty label met for the chapter, or an empty string.</param>
/// <param name="Section">The section.</param>
/// <param name="OperationKind">Réel or ordre.</param>
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
    decimal Amount);
