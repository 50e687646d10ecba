using System.Text;

namespace Scdl.Budget.Csv;

/// <summary>
/// Describes how a CSV file is written: encoding, byte order mark, separators, header and line breaks, as the
/// reader detected them (or as the caller forced them).
/// </summary>
/// <remarks>
/// Detection looks at a bounded start of the input (<see cref="BudgetCsvReaderOptions.SniffSize"/> bytes), which is
/// then replayed to the reader: the input is read once and memory stays flat.
/// </remarks>
public sealed record CsvDialect
{
    /// <summary>Gets the encoding the text was decoded with (UTF-8, Windows-1252, UTF-16…).</summary>
    public required Encoding Encoding { get; init; }

    /// <summary>Gets a value indicating whether the input starts with a byte order mark.</summary>
    public bool HasByteOrderMark { get; init; }

    /// <summary>Gets the field separator: <c>,</c>, <c>;</c>, tab or <c>|</c>.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the decimal separator of amounts: <c>.</c> or <c>,</c>.</summary>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary>Gets a value indicating whether the first line is a header.</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Gets the line breaks seen at the start of the input.</summary>
    public LineBreakKind LineBreak { get; init; } = LineBreakKind.CrLf;

    /// <summary>
    /// Gets a value indicating whether the dialect is the schema's: UTF-8 without byte order mark, comma, dot
    /// decimals, a header, CR LF or LF line breaks.
    /// </summary>
    public bool IsCanonical =>
        Encoding.CodePage == Encoding.UTF8.CodePage && !HasByteOrderMark && Separator == ',' && DecimalSeparator == '.' && HasHeader
        && LineBreak is LineBreakKind.CrLf or LineBreakKind.Lf or LineBreakKind.None;
}
