namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>Where a sheet row went in the CSV text fed to the reader, and the departures its cells made from text.</summary>
/// <param name="CsvLine">The 1-based line of the CSV text where the row's record starts.</param>
/// <param name="SheetRow">The 1-based row of the sheet.</param>
internal sealed record RowMark(long CsvLine, long SheetRow)
{
    /// <summary>Gets or sets the findings of the row's typed cells, taken once by the record of the row.</summary>
    public List<Finding>? Departures { get; set; }
}
