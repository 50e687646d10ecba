using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Schema;
using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets;

/// <summary>
/// Reads SCDL Budget lines from a worksheet of an <c>.xlsx</c> workbook as one more tolerant source: the same records as
/// the tolerant CSV reader (<see cref="BudgetRecord"/>: a typed line or located findings), located by sheet row and by
/// the column's header, plus a finding for every departure of a spreadsheet from the standard CSV: the file itself
/// (<c>SCDL620</c>, an error: the standard is CSV) and each cell typed as a number, a date, a logical value or an error
/// (<c>SCDL621</c>–<c>SCDL627</c>), turned back into the schema's text exactly.
/// </summary>
/// <remarks>
/// <para>
/// The sheet is streamed: the rows are read forward with an XML reader and fed as CSV text to the core's tolerant reader,
/// whose typing is the CSV's own; memory holds a few rows, the shared strings and the styles, whatever the number of
/// rows. Formulas are read through the value the spreadsheet program computed and saved with them; a formula saved
/// without one is <c>SCDL627</c>. Rows without any value are not records.
/// </para>
/// <para>
/// A workbook that cannot be read at all raises one <see cref="ScdlFormatException"/>: not an <c>.xlsx</c>
/// (<c>SCDL630</c>), encrypted (<c>SCDL631</c>), an <c>.xls</c> or <c>.ods</c> (<c>SCDL632</c>), damaged (<c>SCDL633</c>),
/// expanding beyond the limits of <see cref="SpreadsheetReaderOptions"/> (<c>SCDL634</c>, zip bombs), no such worksheet
/// (<c>SCDL635</c>), and the CSV reader's own (<c>SCDL101</c> a required column missing…), at the sheet row.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var reader = BudgetSpreadsheetReader.Open(fileSystem, "budget.xlsx");
/// foreach (var record in reader.ReadRecords())
/// {
///     if (record.Line is { } line) { /* a typed line */ }
///     foreach (var finding in record.Findings) { Console.WriteLine(finding); } // row and column of the sheet
/// }
/// </code>
/// </example>
public sealed partial class BudgetSpreadsheetReader : IDisposable, IAsyncDisposable
{
    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly SpreadsheetReaderOptions _options;
    private readonly ScdlSchema _schema;
    private Stream? _copy;
    private XlsxWorkbook? _workbook;
    private SheetCsvStream? _sheet;
    private BudgetCsvReader? _csv;
    private bool _enumerated;
    private bool _disposed;
    private bool _firstTaken;

    private BudgetSpreadsheetReader(Stream input, SpreadsheetReaderOptions? options, bool leaveOpen)
    {
        _input = input;
        _leaveOpen = leaveOpen;
        _options = options ?? SpreadsheetReaderOptions.Default;
        _schema = ScdlSchema.Get(_options.SchemaVersion);
    }

    /// <summary>Gets the name of the worksheet read, once the workbook is open (by the first record or <see cref="ReadHeader"/>); <see langword="null"/> before.</summary>
    public string? SheetName => _workbook?.SheetName;

    /// <summary>Gets the header names as written in the sheet (the schema's names when it has none); empty before the header is read.</summary>
    public IReadOnlyList<string> Header => _csv?.Header ?? [];

    /// <summary>Gets the 1-based sheet row of the header, or 0 when the sheet has none or it has not been read.</summary>
    public long HeaderRowNumber => _csv is { HeaderLineNumber: > 0 } && _sheet?.First is { } first ? first.SheetRow : 0;

    /// <summary>Gets the number of records read so far, the header not counted.</summary>
    public long RecordsRead => _csv?.RecordsRead ?? 0;

    /// <summary>
    /// Gets a value indicating whether the record last returned is one the sheet reader made itself (the record of the
    /// spreadsheet finding, when the CSV reader has no header record), not the CSV reader's current one.
    /// </summary>
    internal bool IsOnOwnRecord { get; private set; }

    /// <summary>Gets the CSV reader the sheet is fed to, once open.</summary>
    internal BudgetCsvReader Csv => _csv ?? throw new InvalidOperationException("The workbook is not open.");

    /// <summary>Gets or sets a value indicating whether the hash of each data record's text is kept in <see cref="CurrentHash"/>, for duplicate detection.</summary>
    internal bool HashRecords { get; set; }

    /// <summary>Gets the hash of the text of the data record last returned (see <see cref="BudgetCsvReader.HashCurrentRecord"/>), when <see cref="HashRecords"/> is set.</summary>
    internal UInt128? CurrentHash { get; private set; }

    /// <summary>Creates a reader over a stream holding an <c>.xlsx</c> workbook.</summary>
    /// <param name="stream">
    /// The workbook. A ZIP package is read from its end, so a stream that cannot seek (a network upload) is first copied to
    /// memory, up to <see cref="SpreadsheetReaderOptions.MaxUncompressedSize"/>; give a file or a seekable stream to keep memory flat.
    /// </param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SpreadsheetReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <returns>A reader; nothing is read until it is needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static BudgetSpreadsheetReader Create(Stream stream, SpreadsheetReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BudgetSpreadsheetReader(stream, options, leaveOpen);
    }

    /// <summary>Opens a workbook file for reading.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the <c>.xlsx</c> file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SpreadsheetReaderOptions.Default"/>.</param>
    /// <returns>A reader; it closes the file when disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static BudgetSpreadsheetReader Open(IFileSystem fileSystem, string path, SpreadsheetReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return new BudgetSpreadsheetReader(fileSystem.File.OpenRead(path), options, leaveOpen: false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _csv?.Dispose();
        _workbook?.Dispose();
        _copy?.Dispose();
        if (!_leaveOpen)
        {
            _input.Dispose();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }

        _workbook?.Dispose();
        if (_copy is not null)
        {
            await _copy.DisposeAsync().ConfigureAwait(false);
        }

        if (!_leaveOpen)
        {
            await _input.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void StartEnumeration()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_enumerated)
        {
            throw new InvalidOperationException("The records of a BudgetSpreadsheetReader can be enumerated only once.");
        }

        _enumerated = true;
    }

    /// <summary>The options of the CSV reader the sheet is fed to: tolerant, the text being UTF-8 and comma-separated.</summary>
    private BudgetCsvReaderOptions CsvOptions() => BudgetCsvReaderOptions.Tolerant with
    {
        ColumnConvention = _options.ColumnConvention,
        SchemaVersion = _options.SchemaVersion,
        HasHeader = _options.HasHeader,
        Encoding = System.Text.Encoding.UTF8,
        Separator = ',',
    };

    /// <summary>Starts the CSV reader over the rows of the chosen sheet.</summary>
    private void StartRows(bool async)
    {
        _sheet = new SheetCsvStream(_workbook!.OpenRows(async), _workbook, _schema, _options.HasHeader);
        _csv = BudgetCsvReader.Create(_sheet, CsvOptions(), leaveOpen: false);
    }

    /// <summary>Refuses a copy of a stream that cannot seek once it passes the size limit.</summary>
    private void CheckCopySize(long size)
    {
        if (size > _options.MaxUncompressedSize)
        {
            throw SheetThrow.TooLarge("package", size, 0, _options);
        }
    }

    /// <summary>Gets the sheet row of a line of the CSV text (0 stays 0: the whole file).</summary>
    private long RowOf(long csvLine) => csvLine <= 0 ? csvLine : _sheet!.MarkOf(csvLine)?.SheetRow ?? csvLine;

    /// <summary>Turns an exception of the CSV reader, located by CSV line, into the same exception located by sheet row.</summary>
    private ScdlFormatException Relocate(ScdlFormatException exception) =>
        exception.Code.StartsWith("SCDL63", StringComparison.Ordinal) || exception.Line <= 0
            ? exception
            : new ScdlFormatException(exception.Code, RowOf(exception.Line), exception.Column, exception.Arguments, exception);

    /// <summary>
    /// Gets the records to return for a record of the CSV reader: the record relocated to its sheet row, with the departures
    /// of its row's typed cells first; before or in the first one, the finding that the file is a spreadsheet, which sits with
    /// the header's findings (in the header's record, or in a record of its own at the header's row), as the file-level
    /// findings of a CSV file do.
    /// </summary>
    private IEnumerable<BudgetRecord> Relocate(BudgetRecord record)
    {
        var csv = _csv!;
        var line = record.LineNumber;
        var isHeader = record.Kind is RecordKind.Header or RecordKind.File && line == csv.HeaderLineNumber;
        List<Finding> findings = [];
        if (!_firstTaken)
        {
            _firstTaken = true;
            var spreadsheet = new Finding(FindingCodes.SpreadsheetNotCsv, FindingSeverity.Error, SourceLocation.File, null, _workbook!.SheetName);
            if (isHeader)
            {
                findings.Add(spreadsheet);
            }
            else
            {
                IsOnOwnRecord = true;
                yield return new BudgetRecord(null, HeaderRowNumber, [spreadsheet], HeaderRowNumber > 0 ? RecordKind.Header : RecordKind.File, record.Source);
                IsOnOwnRecord = false;
            }
        }

        var row = isHeader ? HeaderRowNumber : RowOf(line);
        if (!isHeader && line > 0 && _sheet!.MarkOf(line) is { CsvLine: var start } mark && start == line && mark.Departures is { } departures)
        {
            findings.AddRange(departures);
            mark.Departures = null;
        }

        foreach (var finding in record.Findings)
        {
            var findingLine = finding.Location.Line;
            findings.Add(findingLine <= 0 ? finding
                : finding with { Location = new SourceLocation(findingLine == line ? row : findingLine == csv.HeaderLineNumber ? HeaderRowNumber : RowOf(findingLine), finding.Location.Column) });
        }

        CurrentHash = HashRecords && record.Line is not null ? csv.HashCurrentRecord() : null;
        yield return new BudgetRecord(record.Line, row, findings, record.Kind, record.Source);
    }
}
