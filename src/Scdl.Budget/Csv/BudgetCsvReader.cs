using System.Globalization;
using System.IO.Abstractions;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Reads SCDL Budget CSV one record at a time, in constant memory: each record is a typed
/// <see cref="BudgetLine"/> or findings, with its 1-based line. It never throws on a bad cell; input that cannot
/// be read at all (binary, empty, no header, a required column missing, not UTF-8) raises one
/// <see cref="ScdlFormatException"/> naming the line and the reason.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create(Stream, BudgetCsvReaderOptions?, bool)"/>, then enumerate
/// <see cref="ReadRecords"/> or <see cref="ReadRecordsAsync"/> once. The header is read by the first of
/// <see cref="ReadHeader"/>, <see cref="ReadHeaderAsync"/> or the first record.
/// </remarks>
public sealed partial class BudgetCsvReader : IDisposable, IAsyncDisposable
{
    private readonly CsvReader _csv;
    private readonly BudgetCsvReaderOptions _options;
    private readonly ScdlSchema _schema;
    private readonly List<(long Line, CsvMalformedReason Reason)> _malformed = [];
    private HeaderMap? _map;
    private RecordTyper? _typer;
    private List<Finding>? _leadingFindings;
    private bool _enumerated;

    private BudgetCsvReader(Func<CsvReaderOptions, CsvReader> open, BudgetCsvReaderOptions? options)
    {
        _options = options ?? BudgetCsvReaderOptions.Default;
        _schema = ScdlSchema.Get(_options.SchemaVersion);
        _csv = open(new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = _options.MaxRecordSize,
            PoolStrings = false,
            DetectSeparatorHint = false,
            OnMalformedRecord = record => _malformed.Add((record.LineNumber, record.Reason)),
        });
    }

    /// <summary>Gets the header names as written in the file (the schema's names when the file has no header); empty before the header is read.</summary>
    public IReadOnlyList<string> Header => _map?.Names ?? [];

    /// <summary>Gets the findings about the header: missing optional, extra, duplicate, blank or misordered columns.</summary>
    public IReadOnlyList<Finding> HeaderFindings => _map?.Findings ?? [];

    /// <summary>Gets the 1-based line of the header, or 0 when the file has none or it has not been read.</summary>
    public long HeaderLineNumber { get; private set; }

    /// <summary>Gets the number of records read so far, the header not counted.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Creates a reader over a stream of UTF-8 text (with or without a byte order mark).</summary>
    /// <param name="stream">The input, read sequentially from its current position.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BudgetCsvReaderOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
    /// <returns>A reader positioned before the header. Nothing is read until it is needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static BudgetCsvReader Create(Stream stream, BudgetCsvReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new BudgetCsvReader(o => CsvReader.Create(stream, o, leaveOpen), options);
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
        return new BudgetCsvReader(o => CsvReader.Create(reader, o, leaveOpen), options);
    }

    /// <summary>Opens a file for reading.</summary>
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
        var stream = fileSystem.File.OpenRead(path);
        try
        {
            return Create(stream, options, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

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
        var nul = _csv.RawRecord.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ScdlFormatException(FindingCodes.UnreadableInput, line, null,
                [string.Create(CultureInfo.InvariantCulture, $"NUL byte at offset {_csv.ByteOffset + nul}")]);
        }
    }

    /// <summary>Builds the exception for a record that is not valid UTF-8, naming the first invalid byte.</summary>
    private ScdlFormatException InvalidEncoding(long line, Exception cause)
    {
        var raw = _csv.RawRecord;
        var offset = 0;
        while (offset < raw.Length && Rune.DecodeFromUtf8(raw[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return new ScdlFormatException(FindingCodes.InvalidEncoding, line, null,
            [string.Create(CultureInfo.InvariantCulture, $"byte 0x{raw[Math.Min(offset, raw.Length - 1)]:X2} at offset {_csv.ByteOffset + offset}")], cause);
    }

    /// <summary>Handles the record the CSV reader is on as the header (or, without a header, as the first data record).</summary>
    /// <returns><see langword="true"/> when the record was the header and is consumed.</returns>
    private bool AcceptFirstRecord()
    {
        var line = _csv.LineNumber;
        CheckText(line);
        if (!_options.HasHeader)
        {
            _map = HeaderMap.Positional(_schema);
            _typer = new RecordTyper(_schema, _map, _options.ColumnConvention);
            return false;
        }

        var names = new string[_csv.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = DecodeHeaderName(i, line);
        }

        HeaderLineNumber = line;
        _map = HeaderMap.FromNames(_schema, names, line);
        _typer = new RecordTyper(_schema, _map, _options.ColumnConvention);
        return true;
    }

    private string DecodeHeaderName(int index, long line)
    {
        var span = _csv.GetSpan(index);
        return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : throw InvalidEncoding(line, new DecoderFallbackException("Invalid UTF-8."));
    }

    private bool IsEmptyLine() => _csv.FieldCount <= 1 && _csv.IsEmpty(0);

    private BudgetRecord TypeCurrent()
    {
        var line = _csv.LineNumber;
        CheckText(line);
        RecordsRead++;
        List<Finding>? findings = null;
        if (_leadingFindings is not null)
        {
            findings = _leadingFindings;
            _leadingFindings = null;
        }

        if (_malformed.Count > 0)
        {
            foreach (var (malformedLine, reason) in _malformed)
            {
                (findings ??= []).Add(new Finding(FindingCodes.MalformedQuoting, FindingSeverity.Error, new SourceLocation(malformedLine, null), null, ReasonText(reason)));
            }

            _malformed.Clear();
        }

        try
        {
            return _typer!.Type(_csv, line, findings);
        }
        catch (DecoderFallbackException exception)
        {
            throw InvalidEncoding(line, exception);
        }
    }

    private void NoteLeadingBlankLine() =>
        (_leadingFindings ??= []).Add(new Finding(FindingCodes.BlankRow, FindingSeverity.Error, new SourceLocation(_csv.LineNumber, null)));

    private static ScdlFormatException EmptyInput() => new(FindingCodes.EmptyInput, 0, null, []);

    private BudgetRecord? HeaderRecord() =>
        _map is { Findings.Count: > 0 } map || _leadingFindings is not null
            ? new BudgetRecord(null, HeaderLineNumber, [.. TakeLeading(), .. _map!.Findings])
            : null;

    private List<Finding> TakeLeading()
    {
        var leading = _leadingFindings ?? [];
        _leadingFindings = null;
        return leading;
    }

    private ScdlFormatException TooLarge(CsvFormatException exception) =>
        new(FindingCodes.RecordTooLarge, exception.LineNumber, null,
            [_options.MaxRecordSize.ToString(CultureInfo.InvariantCulture)], exception);

    private static string ReasonText(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "stray quote",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "quote never closed",
        CsvMalformedReason.LineBreakInQuotes => "line break in quotes",
        _ => reason.ToString(),
    };
}
