using System.Text;

namespace Scdl.Budget.Csv;

/// <summary>
/// Options for reading SCDL Budget CSV. The defaults detect the dialect (encoding, separator, header spelling and
/// order) and report every departure from the standard, with the schema's errors for values spelled otherwise
/// (<see cref="CsvReadingMode.Strict"/>); <see cref="Tolerant"/> reports those values as departures from the format.
/// </summary>
public sealed record BudgetCsvReaderOptions
{
    /// <summary>Gets the default options: strict reading.</summary>
    public static BudgetCsvReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets options for tolerant reading: enum values, numbers, years and SIRETs in their usual other spellings are
    /// read and each reported as a departure from the format (an <c>SCDL6xx</c> error), not as the schema's error.
    /// </summary>
    public static BudgetCsvReaderOptions Tolerant { get; } = new() { Mode = CsvReadingMode.Tolerant };

    /// <summary>Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the account. Defaults to <see cref="ColumnConvention.Schema"/>.</summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets the schema version whose columns are expected. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>
    /// Gets a value indicating whether the file has a header row. Defaults to <see langword="true"/>: a first line
    /// without any column name is then unreadable input (<c>SCDL108</c>). When <see langword="false"/>, a file without
    /// header has its columns read by position in the schema's order (the file must have the 22 columns), which is
    /// reported (<c>SCDL613</c>); a first line that is a header after all is still read as the header.
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Gets the largest record accepted, in bytes of its UTF-8 text (after any transcoding), line break excluded; a
    /// record of one byte more (an unclosed quote, a file that is not CSV) makes the input unreadable
    /// (<c>SCDL114</c>) instead of filling memory. Exact: a record of this size is read. Defaults to 1 MiB.
    /// </summary>
    public int MaxRecordSize { get; init; } = 1 << 20;

    /// <summary>Gets how values spelled otherwise than the schema says are reported. Defaults to <see cref="CsvReadingMode.Strict"/>.</summary>
    public CsvReadingMode Mode { get; init; } = CsvReadingMode.Strict;

    /// <summary>
    /// Gets the encoding of stream input, or <see langword="null"/> to detect it: a byte order mark; else UTF-16 when
    /// one byte in two is zero; else UTF-8 when the first <see cref="SniffSize"/> bytes are valid UTF-8, a later line
    /// that is not being read as Windows-1252 (<c>SCDL615</c>); else Windows-1252. Any encoding but UTF-8 is reported
    /// (<c>SCDL600</c>). When given, bytes that are not valid in it make the input unreadable (<c>SCDL109</c> for UTF-8).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets the field separator, or <see langword="null"/> to detect it among <c>,</c> <c>;</c> tab and <c>|</c>: the one
    /// under which the first line holds the most column names. Any separator but the comma is reported (<c>SCDL601</c>).
    /// </summary>
    public char? Separator { get; init; }

    /// <summary>
    /// Gets the decimal separator of amounts, <c>.</c> or <c>,</c>, or <see langword="null"/> to detect it from the
    /// amounts of the first records. It decides the only ambiguous case, a single separator followed by three
    /// digits (<c>1,234</c>): a decimal with <c>,</c>, a thousands separator with <c>.</c>.
    /// </summary>
    public char? DecimalSeparator { get; init; }

    /// <summary>
    /// Gets how many bytes at the start of the input the reader looks at to detect the dialect; they are kept in memory
    /// once and replayed. Defaults to 64 KiB.
    /// </summary>
    public int SniffSize { get; init; } = 64 * 1024;
}
