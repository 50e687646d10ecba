using System.IO.Abstractions;
using CsvHelper;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Writes canonical SCDL Budget CSV, one line at a time. The header is written when the writer is created, so a
/// file without lines still has its header.
/// </summary>
/// <remarks>
/// To write a file, prefer <see cref="BudgetCsv.WriteFile(IFileSystem, string, IEnumerable{BudgetLine}, BudgetCsvWriterOptions?)"/>,
/// which never leaves a partial file behind.
/// </remarks>
public sealed partial class BudgetCsvWriter : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter _csv;
    private readonly ScdlSchema _schema;
    private readonly LineField[] _fields;
    private readonly bool _literalCfu;
    private readonly string?[] _values;
    private readonly WrittenLineCheck _check;
    private readonly InvalidLineHandling _invalidLines;
    private readonly Action<Finding>? _onFinding;

    private BudgetCsvWriter(Func<CsvWriterOptions, CsvWriter> create, BudgetCsvWriterOptions? options)
    {
        options ??= BudgetCsvWriterOptions.Default;
        _schema = ScdlSchema.Get(options.SchemaVersion);
        _fields = [.. _schema.Columns.Select(c => _schema.Binding.FieldAt(c.Index, options.ColumnConvention))];
        _literalCfu = options.CfuPolicy == CfuPolicy.Literal;
        _values = new string?[_fields.Length];
        _check = new WrittenLineCheck(_schema);
        _invalidLines = options.InvalidLines;
        _onFinding = options.OnFinding;
        _csv = create(new CsvWriterOptions
        {
            Separator = ',',
            Quoting = CsvQuoting.WhenNeeded,
            NewLine = options.LineEnding == LineEnding.Lf ? "\n" : "\r\n",
            WriteByteOrderMark = false,
            Injection = CsvInjection.None,
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        });
        _csv.WriteHeader([.. _schema.Columns.Select(c => c.Name)]);
    }

    /// <summary>Gets the number of lines written, the header not counted (nor lines left out, see <see cref="BudgetCsvWriterOptions.InvalidLines"/>).</summary>
    public long LinesWritten { get; private set; }

    /// <summary>Creates a writer that writes UTF-8 to a stream and writes the header.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvWriterOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the writer is disposed.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static BudgetCsvWriter Create(Stream stream, BudgetCsvWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BudgetCsvWriter(o => CsvWriter.Create(stream, o, leaveOpen), options);
    }

    /// <summary>Creates a writer that writes to a <see cref="TextWriter"/> and writes the header.</summary>
    /// <param name="writer">The destination; it encodes the text itself.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvWriterOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="writer"/> stays open when the writer is disposed.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public static BudgetCsvWriter Create(TextWriter writer, BudgetCsvWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new BudgetCsvWriter(o => CsvWriter.Create(writer, o, leaveOpen), options);
    }

    /// <summary>Writes one line, unless it breaks the schema (see <see cref="BudgetCsvWriterOptions.InvalidLines"/>).</summary>
    /// <param name="line">The line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">The line breaks the schema (a required value empty or not set, a year that is not 4 digits, a code too long) and the options say to throw.</exception>
    public void Write(BudgetLine line)
    {
        if (Prepare(line))
        {
            _csv.WriteRecord(_values.AsSpan()!);
            LinesWritten++;
        }
    }

    /// <summary>Writes one record of cells already spelled canonically, in the schema's column order (the normaliser's path).</summary>
    internal void WriteCells(string?[] cells)
    {
        _csv.WriteRecord(cells.AsSpan()!);
        LinesWritten++;
    }

    /// <summary>Writes buffered lines to the destination and flushes it.</summary>
    public void Flush() => _csv.Flush();

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    /// <summary>Spells the cells of <paramref name="line"/> and checks them against the schema.</summary>
    /// <returns>Whether the line is to be written.</returns>
    private bool Prepare(BudgetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        for (var i = 0; i < _fields.Length; i++)
        {
            _values[i] = _schema.Binding.Format(line, _fields[i], _literalCfu);
        }

        // The line of the output it goes on: the header is line 1.
        if (_check.Check(_values, LinesWritten + 2) is not { } findings)
        {
            return true;
        }

        if (_invalidLines == InvalidLineHandling.Throw)
        {
            throw new InvalidBudgetLineException(LinesWritten + 2, findings);
        }

        foreach (var finding in findings)
        {
            _onFinding?.Invoke(finding);
        }

        return _invalidLines == InvalidLineHandling.Write;
    }
}
