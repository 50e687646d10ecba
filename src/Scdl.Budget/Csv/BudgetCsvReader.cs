using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Reads SCDL Budget CSV one record at a time, in constant memory: each record says what it is (header, data, blank
/// line), where it comes from, and holds a typed <see cref="BudgetLine"/> or findings. Both reading modes detect the
/// dialect (encoding, separator, header spelling and order) and report each departure from the standard; they differ
/// in what values they report how (see <see cref="CsvReadingMode"/>). It never throws on a bad cell; input that cannot
/// be read at all (binary, empty, XML, no header, a required column missing, a record too large) raises one
/// <see cref="ScdlFormatException"/> naming the line and the reason.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create(Stream, BudgetCsvReaderOptions?, bool)"/>, then enumerate
/// <see cref="ReadRecords"/> or <see cref="ReadRecordsAsync"/> once. The header is read by the first of
/// <see cref="ReadHeader"/>, <see cref="ReadHeaderAsync"/> or the first record.
/// </remarks>
public sealed partial class BudgetCsvReader : IDisposable, IAsyncDisposable
{
    private readonly CsvInput _input;
    private readonly BudgetCsvReaderOptions _options;
    private readonly ScdlSchema _schema;
    private readonly string? _source;
    private HeaderMap? _map;
    private RecordTyper? _typer;
    private CsvReader? _current;
    private CsvReader? _redecoded;
    private List<Finding>? _leadingFindings;
    private bool _enumerated;
    private bool _pendingFirst;
    private bool _encodingRecovered;
    private long _dataRecords;

    private BudgetCsvReader(Stream? stream, TextReader? text, bool leaveOpen, BudgetCsvReaderOptions? options, string? source)
    {
        _options = options ?? BudgetCsvReaderOptions.Default;
        _schema = ScdlSchema.Get(_options.SchemaVersion);
        _source = source;
        _input = new CsvInput(stream, text, leaveOpen, _options, _schema);
    }

    /// <summary>
    /// Gets the dialect detected (or forced) once the header has been read: encoding, byte order mark, separator,
    /// decimal separator, header, line breaks; <see langword="null"/> before.
    /// </summary>
    public CsvDialect? Dialect => _map is null ? null : _input.Dialect;

    /// <summary>Gets the header names as written in the file (the schema's names when the file has no header); empty before the header is read.</summary>
    public IReadOnlyList<string> Header => _map?.Names ?? [];

    /// <summary>Gets the findings about the header: names not spelled exactly, missing optional, extra, duplicate, blank or misordered columns.</summary>
    public IReadOnlyList<Finding> HeaderFindings => _map?.Findings ?? [];

    /// <summary>Gets the 1-based line of the header, or 0 when the file has none or it has not been read.</summary>
    public long HeaderLineNumber { get; private set; }

    /// <summary>Gets the number of records read so far (data and blank lines), the header not counted.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Gets the hash of the text of the record last returned, as it stands in the input (after any transcoding to UTF-8).</summary>
    /// <remarks>
    /// Two records with the same hash are, but for a chance of one in 2^128, the same line. Valid until the next read,
    /// on the thread that reads.
    /// </remarks>
    internal UInt128 HashCurrentRecord() => HashText(CurrentRecordText);

    /// <summary>Gets the text of the record last returned, as it stands in the input (after any transcoding to UTF-8), without the line break.</summary>
    /// <remarks>Valid until the next read, on the thread that reads.</remarks>
    internal ReadOnlySpan<byte> CurrentRecordText => _current!.RawRecord;

    /// <summary>Hashes the text of a record (see <see cref="HashCurrentRecord"/>).</summary>
    internal static UInt128 HashText(ReadOnlySpan<byte> text) => System.IO.Hashing.XxHash128.HashToUInt128(text);

    /// <summary>Gets the header names as they appear in the file, or <see langword="null"/> without a header.</summary>
    internal IReadOnlyList<string>? FileHeader => HeaderLineNumber > 0 ? _map?.Names : null;

    /// <summary>Gets the schema.</summary>
    internal ScdlSchema Schema => _schema;

    /// <summary>Creates a reader over a stream of text, whose encoding is detected unless given (<see cref="BudgetCsvReaderOptions.Encoding"/>).</summary>
    /// <param name="stream">The input, read sequentially from its current position.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <returns>A reader positioned before the header. Nothing is read until it is needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static BudgetCsvReader Create(Stream stream, BudgetCsvReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BudgetCsvReader(stream, null, leaveOpen, options, null);
    }

    /// <summary>Creates a reader over text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="reader"/> stays open when the reader is disposed.</param>
    /// <returns>A reader positioned before the header. Nothing is read until it is needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static BudgetCsvReader Create(TextReader reader, BudgetCsvReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new BudgetCsvReader(null, reader, leaveOpen, options, null);
    }

    /// <summary>Opens a file for reading; its records name <paramref name="path"/> as their <see cref="BudgetRecord.Source"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvReaderOptions.Default"/>.</param>
    /// <returns>A reader positioned before the header; it closes the file when disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static BudgetCsvReader Open(IFileSystem fileSystem, string path, BudgetCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return new BudgetCsvReader(fileSystem.File.OpenRead(path), null, leaveOpen: false, options, path);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _redecoded?.Dispose();
        _input.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _redecoded?.Dispose();
        await _input.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Copies the raw cells of the current record into <paramref name="cells"/>, in the schema's column order (null for a column the file lacks).</summary>
    internal void CopyCells(string?[] cells)
    {
        var csv = _current!;
        var fieldCount = csv.FieldCount;
        for (var i = 0; i < cells.Length; i++)
        {
            var index = _map!.FileIndexOfColumn[i];
            cells[i] = index < 0 || index >= fieldCount ? null : csv.GetString(index) ?? string.Empty;
        }
    }

    private static ScdlFormatException EmptyInput() => new(FindingCodes.EmptyInput, 0, null, []);

    private static string ReasonText(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "stray quote",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "quote never closed",
        CsvMalformedReason.LineBreakInQuotes => "line break in quotes",
        _ => reason.ToString(),
    };

    /// <summary>Names the first byte of the current record that is not valid UTF-8, and where it is.</summary>
    private string InvalidByte()
    {
        var raw = _input.Reader.RawRecord;
        var offset = 0;
        while (offset < raw.Length && Rune.DecodeFromUtf8(raw[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return string.Create(CultureInfo.InvariantCulture, $"byte 0x{raw[Math.Min(offset, raw.Length - 1)]:X2} at offset {_input.Reader.ByteOffset + offset}");
    }

    private void StartEnumeration()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The records of a BudgetCsvReader can be enumerated only once.");
        }

        _enumerated = true;
    }

    /// <summary>Checks the raw bytes of the current record: binary data makes the input unreadable.</summary>
    private void CheckText(long line)
    {
        var csv = _input.Reader;
        var nul = csv.RawRecord.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ScdlFormatException(FindingCodes.UnreadableInput, line, null,
                [string.Create(CultureInfo.InvariantCulture, $"NUL byte at offset {csv.ByteOffset + nul}")]);
        }
    }

    /// <summary>
    /// Takes a record that is not valid UTF-8: re-read as Windows-1252 when the encoding was detected (once noted with
    /// <see cref="FindingCodes.LineNotUtf8"/>), or the end of reading when UTF-8 was asked for.
    /// </summary>
    /// <returns>The reader positioned on the record re-decoded.</returns>
    private CsvReader Recover(long line, Exception cause, ref List<Finding>? findings)
    {
        if (!_input.CanRecoverEncoding)
        {
            throw new ScdlFormatException(FindingCodes.InvalidEncoding, line, null, [InvalidByte()], cause);
        }

        if (!_encodingRecovered)
        {
            _encodingRecovered = true;
            (findings ??= []).Add(CsvFindings.Make(FindingCodes.LineNotUtf8, new SourceLocation(line, null), null, InvalidByte()));
        }

        _redecoded?.Dispose();
        _redecoded = _input.Redecode();
        return _redecoded;
    }

    /// <summary>Handles the record the CSV reader is on as the header (or, without a header, as the first data record).</summary>
    /// <returns><see langword="true"/> when the record was the header and is consumed.</returns>
    private bool AcceptFirstRecord()
    {
        var csv = _input.Reader;
        var line = csv.LineNumber;
        CheckText(line);
        var names = new string[csv.FieldCount];
        if (!TryDecodeNames(csv, names))
        {
            csv = Recover(line, new DecoderFallbackException("Invalid UTF-8."), ref _leadingFindings);
            names = new string[csv.FieldCount];
            TryDecodeNames(csv, names);
        }

        if (!names.Any(n => TolerantForms.MatchHeader(_schema, n) is not null))
        {
            if (_options.HasHeader)
            {
                throw new ScdlFormatException(FindingCodes.NoHeader, line, null, [Finding.Shorten(names.Length > 0 ? names[0] : string.Empty) ?? string.Empty]);
            }

            _map = HeaderMap.Positional(_schema);
            _input.Dialect = _input.Dialect! with { HasHeader = false };
            (_leadingFindings ??= []).Add(CsvFindings.Make(FindingCodes.ReadWithoutHeader, SourceLocation.File, null,
                _schema.Columns.Count.ToString(CultureInfo.InvariantCulture)));
            _typer = CreateTyper();
            return false;
        }

        HeaderLineNumber = line;
        _input.Dialect = _input.Dialect! with { HasHeader = true };
        _map = HeaderMap.FromNames(_schema, names, line);
        _typer = CreateTyper();
        return true;
    }

    private static bool TryDecodeNames(CsvReader csv, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var span = csv.GetSpan(i);
            if (!Utf8.IsValid(span))
            {
                return false;
            }

            names[i] = Encoding.UTF8.GetString(span);
        }

        return true;
    }

    private RecordTyper CreateTyper() => new(_schema, _map!, _options.ColumnConvention, _options.Mode, _input.Dialect!.DecimalSeparator);

    private bool IsBlankRecord() => RecordTyper.IsBlank(_input.Reader, _input.Dialect!.Separator);

    /// <summary>Builds the record the CSV reader is on: a blank line, or a data line typed.</summary>
    private BudgetRecord TakeCurrent()
    {
        var csv = _input.Reader;
        var line = csv.LineNumber;
        CheckText(line);
        RecordsRead++;
        List<Finding>? findings = null;
        if (_leadingFindings is not null)
        {
            findings = _leadingFindings;
            _leadingFindings = null;
        }

        if (_input.Malformed.Count > 0)
        {
            foreach (var (malformedLine, reason) in _input.Malformed)
            {
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.MalformedQuoting, new SourceLocation(malformedLine, null), null, ReasonText(reason)));
            }

            _input.Malformed.Clear();
        }

        _current = csv;
        if (IsBlankRecord())
        {
            (findings ??= []).Add(BlankLine(line));
            return new BudgetRecord(null, line, findings, RecordKind.Blank, _source);
        }

        _dataRecords++;
        var before = findings?.Count ?? 0;
        try
        {
            return _typer!.Type(csv, line, findings, _source);
        }
        catch (DecoderFallbackException exception)
        {
            // Typing stopped half-way: drop what it found, and type the record again from its re-decoded text.
            findings?.RemoveRange(before, findings.Count - before);
            _current = Recover(line, exception, ref findings);
            return _typer!.Type(_current, line, findings, _source);
        }
    }

    /// <summary>The finding of a blank line: the schema's <c>blank-row</c> error in strict reading, its tolerant twin that says it was skipped.</summary>
    private Finding BlankLine(long line) =>
        CsvFindings.Make(_options.Mode == CsvReadingMode.Tolerant ? FindingCodes.BlankLineSkipped : FindingCodes.BlankRow, new SourceLocation(line, null));

    private void NoteLeadingBlankLine() => (_leadingFindings ??= []).Add(BlankLine(_input.Reader.LineNumber));

    /// <summary>The header's record, with the dialect's findings, the blank lines before it and the header's own; or <see langword="null"/> when all is canonical.</summary>
    private BudgetRecord? HeaderRecord()
    {
        var dialect = _input.DialectFindings;
        if (_map!.Findings.Count == 0 && _leadingFindings is null && dialect.Count == 0)
        {
            return null;
        }

        List<Finding> findings = [.. dialect, .. _leadingFindings ?? [], .. _map.Findings];
        _leadingFindings = null;
        return new BudgetRecord(null, HeaderLineNumber, findings, HeaderLineNumber > 0 ? RecordKind.Header : RecordKind.File, _source);
    }

    /// <summary>The record that says the file has a header and no data line, or <see langword="null"/>.</summary>
    private BudgetRecord? NoDataRecord() =>
        _dataRecords == 0 && _map is not null
            ? new BudgetRecord(null, HeaderLineNumber, [CsvFindings.Make(FindingCodes.NoDataLines, new SourceLocation(HeaderLineNumber, null))], RecordKind.File, _source)
            : null;
}
