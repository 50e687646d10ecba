namespace Scdl.Budget.Reports;

/// <summary>Holds the total of one chapter in one direction, in euros.</summary>
/// <param name="ChapterCode">The chapter code, such as <c>011</c>.</param>
/// <param name="ChapterLabel">The chapter label; may be empty.</param>
/// <param name="Direction">Recette or dépense.</param>
/// <param name="Amount">The total, in euros.</param>
public sealed record HtmlChapterTotal(string ChapterCode, string ChapterLabel, FlowDirection Direction, decimal Amount);
