using System.Text;

namespace Scdl.Budget.Csv;

/// <summary>
/// Options for reading SCDL Budget CSV. The defaults read a canonical file strictly: UTF-8, comma, header row,
/// columns matched by their exact name in any order. <see cref="Tolerant"/> reads real-world files.
/// </summary>
public sealed record BudgetCsvReaderOptions
{
    /// <summary>Gets the default options: strict reading of canonical files.</summary>
    public static BudgetCsvReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets options for tolerant reading: the dialect is detected, and header names, enum values, numbers, years and
    /// SIRETs are accepted in their usual deviant forms, each reported as an <c>SCDL6xx</c> finding.
    /// </summary>
    public static BudgetCsvReaderOptions Tolerant { get; } = new() { Leniency = CsvLeniency.Tolerant };

    /// <summary>Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the account. Defaults to <see cref="ColumnConvention.Schema"/>.</summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets the schema version whose columns are expected. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>
    /// Gets a value indicating whether the first line is a header. Defaults to <see langword="true"/>. When
    /// <see langword="false"/>, the columns are read by position in the schema's order (the file must have the 22 columns).
    /// Tolerant reading detects a missing header and says so, but reads by position only when this is <see langword="false"/>.
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Gets the largest record accepted, in bytes; a larger one (an unclosed quote, a file that is not CSV) makes the
    /// input unreadable instead of filling memory. Defaults to 1 MiB.
    /// </summary>
    public int MaxRecordSize { get; init; } = 1 << 20;

    /// <summary>Gets how strictly the dialect and the values are read. Defaults to <see cref="CsvLeniency.Strict"/>.</summary>
    public CsvLeniency Leniency { get; init; } = CsvLeniency.Strict;

    /// <summary>
    /// Gets the encoding of stream input, or <see langword="null"/> to detect it (tolerant reading: a byte order
    /// mark, else UTF-8 when the start of the input is valid UTF-8, else Windows-1252). Strict reading expects UTF-8.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets the field separator, or <see langword="null"/> to detect it among <c>,</c> <c>;</c> tab and <c>|</c>
    /// (tolerant reading). Strict reading uses a comma.
    /// </summary>
    public char? Separator { get; init; }

    /// <summary>
    /// Gets the decimal separator of amounts, <c>.</c> or <c>,</c>, or <see langword="null"/> to detect it from the
    /// first records (tolerant reading). It decides the only ambiguous case, a single separator followed by three
    /// digits (<c>1,234</c>): a decimal with <c>,</c>, a thousands separator with <c>.</c>.
    /// </summary>
    public char? DecimalSeparator { get; init; }

    /// <summary>
    /// Gets how many bytes at the start of the input the tolerant reader looks at to detect the dialect; they are kept
    /// in memory once and replayed. Defaults to 64 KiB.
    /// </summary>
    public int SniffSize { get; init; } = 64 * 1024;
}
