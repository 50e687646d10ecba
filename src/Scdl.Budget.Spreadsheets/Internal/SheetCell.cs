namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>One cell of a sheet row that holds something.</summary>
/// <param name="Column">The 0-based column (A is 0).</param>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Value">The value as stored: the text, or the number as written in the file (<c>0.1</c>, <c>21560046100085</c>).</param>
/// <param name="Style">The index of the cell's style (its <c>s</c> attribute), 0 by default.</param>
/// <param name="Formula">The cell's formula, or <see langword="null"/>.</param>
internal readonly record struct SheetCell(int Column, CellKind Kind, string Value, int Style, string? Formula);
