namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>A cell to write in a test workbook: what a spreadsheet program would store.</summary>
/// <param name="Type">The cell's type attribute (<c>s</c>, <c>n</c>, <c>b</c>, <c>e</c>, <c>str</c>, <c>inlineStr</c>, <c>d</c>), or <see langword="null"/> for a number.</param>
/// <param name="Value">The cell's value as stored (<c>&lt;v&gt;</c>), or <see langword="null"/>.</param>
/// <param name="Format">The number format code of the cell's style, or <see langword="null"/> for General.</param>
/// <param name="Formula">The cell's formula, or <see langword="null"/>.</param>
/// <param name="Column">The 0-based column, or <see langword="null"/> for the next one.</param>
internal sealed record XCell(string? Type, string? Value, string? Format = null, string? Formula = null, int? Column = null)
{
    public static XCell Text(string text) => new("s", text);

    /// <summary>A shared string of rich-text runs, with a phonetic run that is not part of its text.</summary>
    public static XCell Rich(params string[] runs) => new("rich", string.Join('\u001F', runs));

    public static XCell Inline(string text) => new("inlineStr", text);

    public static XCell Number(string stored, string? format = null) => new(null, stored, format);

    public static XCell Date(int serial, string format = "dd/mm/yyyy") => new(null, serial.ToString(System.Globalization.CultureInfo.InvariantCulture), format);

    public static XCell Logical(bool value) => new("b", value ? "1" : "0");

    public static XCell Error(string error) => new("e", error);

    public static XCell FormulaOf(string formula, string? cachedNumber) => new(null, cachedNumber, Formula: formula);

    public XCell At(int column) => this with { Column = column };
}
