namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// What a command takes as input: the extensions of the files it picks up in a directory, and the worksheet asked for
/// with <c>--sheet</c>, which needs a workbook among the inputs.
/// </summary>
/// <param name="Extensions">The extensions, dot included, of the files a directory stands for.</param>
/// <param name="SheetName">The worksheet of <c>--sheet</c>, or <see langword="null"/> when it was not given.</param>
internal sealed record InputKinds(IReadOnlyList<string> Extensions, string? SheetName = null)
{
    /// <summary>Gets the inputs of <c>convert</c>: TOTEM XML files.</summary>
    public static InputKinds Totem { get; } = new([".xml"]);

    /// <summary>Gets the inputs of <c>validate</c>, <c>normalize</c> and <c>summary</c>: SCDL CSV files and <c>.xlsx</c> workbooks.</summary>
    /// <param name="sheetName">The worksheet of <c>--sheet</c>, or <see langword="null"/>.</param>
    public static InputKinds Budget(string? sheetName) => new([".csv", SpreadsheetInput.Extension], sheetName);
}
