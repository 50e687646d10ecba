namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>A sheet listed by the workbook part (<c>sheets/sheet</c>).</summary>
/// <param name="Name">Its name (<c>name</c>).</param>
/// <param name="Hidden">Whether its <c>state</c> is <c>hidden</c> or <c>veryHidden</c>.</param>
/// <param name="RelationshipId">The id of the workbook's relationship to its part (<c>r:id</c>), or <see langword="null"/>.</param>
internal sealed record WorkbookSheet(string Name, bool Hidden, string? RelationshipId);
