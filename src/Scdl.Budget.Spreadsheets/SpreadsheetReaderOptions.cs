namespace Scdl.Budget.Spreadsheets;

/// <summary>
/// Options for reading SCDL Budget data from an <c>.xlsx</c> workbook: which worksheet, how its columns are read, and the
/// limits that refuse a zip bomb. The defaults read the first visible worksheet, with a header row, against the latest schema.
/// </summary>
public sealed record SpreadsheetReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static SpreadsheetReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets the name of the worksheet to read (compared without regard to case), or <see langword="null"/> for the first
    /// visible worksheet (the first worksheet when all are hidden). Defaults to <see langword="null"/>.
    /// </summary>
    public string? SheetName { get; init; }

    /// <summary>Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the account. Defaults to <see cref="ColumnConvention.Schema"/>.</summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets the schema version whose columns are expected. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>
    /// Gets a value indicating whether the first row holding values is a header. Defaults to <see langword="true"/>. When
    /// <see langword="false"/>, the columns are read by position in the schema's order, as for CSV.
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Gets the largest uncompressed size of the workbook, all its parts together, in bytes. A larger workbook is refused
    /// (<c>SCDL634</c>) before anything is expanded. Defaults to 4 GiB, about four times a sheet of Excel's 1,048,576 rows
    /// of 22 columns.
    /// </summary>
    public long MaxUncompressedSize { get; init; } = 4L << 30;

    /// <summary>
    /// Gets the largest uncompressed size, in bytes, of the parts held in memory while the sheet is streamed: the shared
    /// strings (the workbook's distinct texts, which cells refer to by index) and the styles. A larger part is refused
    /// (<c>SCDL634</c>). Defaults to 256 MiB, about ten times the shared strings of a sheet of a million rows of distinct labels.
    /// </summary>
    public long MaxPartInMemorySize { get; init; } = 256L << 20;

    /// <summary>
    /// Gets the largest ratio of uncompressed to compressed size of a part larger than 1 MiB. A part that expands more is
    /// refused (<c>SCDL634</c>) as a possible zip bomb. Defaults to 100; the sheets of real workbooks expand 5 to 20 times.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;
}
