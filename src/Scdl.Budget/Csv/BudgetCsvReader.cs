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
    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private readonly bool _leaveOpen;
    private readonly BudgetCsvReaderOptions _options;
    private readonly ScdlSchema _schema;
    private readonly List<(long Line, CsvMalformedReason Reason)> _malformed = [];
    private CsvReader? _csv;
    private HeaderMap? _map;
    private RecordTyper? _typer;
    private List<Finding>? _leadingFindings;
    private IReadOnlyList<Finding> _dialectFindings = [];
    private bool _enumerated;
    private bool _disposed;
    private long _dataRecords;

    private BudgetCsvReader(Func<CsvReaderOptions, CsvReader> open, BudgetCsvReaderOptions? options)
    {
        _options = options ?? BudgetCsvReaderOptions.Default;
        _schema = ScdlSchema.Get(_options.SchemaVersion);
        _csv = open(CsvOptions(',', encoding: null));
    }

    private BudgetCsvReader(Stream? stream, TextReader? text, bool leaveOpen, BudgetCsvReaderOptions options)
    {
        _options = options;
        _schema = ScdlSchema.Get(_options.SchemaVersion);
        _stream = stream;
        _text = text;
        _leaveOpen = leaveOpen;
    }

    private bool IsTolerant => _options.Leniency == CsvLeniency.Tolerant;

    /// <summary>
    /// Gets the dialect the tolerant reader detected (or was given) once the header has been read; <see langword="null"/>
    /// before, and always with strict reading, which assumes the canonical dialect.
    /// </summary>
    public CsvDialect? Dialect { get; private set; }

    private CsvReaderOptions CsvOptions(char separator, System.Text.Encoding? encoding) => new()
    {
        Separator = separator,
        Encoding = encoding,
        HasHeader = false,
        TrackLineNumbers = true,
        SkipEmptyLines = false,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = _options.MaxRecordSize,
        PoolStrings = false,
        DetectSeparatorHint = false,
        OnMalformedRecord = record => _malformed.Add((record.LineNumber, record.Reason)),
    };

    /// <summary>Sniffs the dialect from a bounded prefix of the input, then opens the CSV reader over the prefix replayed and the rest.</summary>
    private void OpenTolerant(SniffResult sniff, Func<CsvReaderOptions, CsvReader> open)
    {
        Dialect = sniff.Dialect;
        _dialectFindings = sniff.Findings;
        _csv = open(CsvOptions(sniff.Dialect.Separator, sniff.TranscodeFrom));
    }

    /// <summary>Wraps a single-byte input in a transcoding stream (faster than CsvHelper's, same text), or leaves the transcoding to CsvHelper.</summary>
    private static Stream TranscodedStream(SniffResult sniff, Stream stream, ref CsvReaderOptions options)
    {
        if (sniff.TranscodeFrom is { } encoding && SingleByteTranscodingStream.Supports(encoding))
        {
            options = options with { Encoding = null };
            return new SingleByteTranscodingStream(stream, encoding, leaveOpen: false);
        }

        return stream;
    }

    private void EnsureOpen()
    {
        if (_csv is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_stream is not null)
        {
            var prefix = new byte[Math.Max(_options.SniffSize, 4)];
            var length = DialectSniffer.ReadPrefix(_stream, prefix);
            var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, _options, _schema);
            OpenTolerant(sniff, o => CsvReader.Create(TranscodedStream(sniff, new PrefixedStream(prefix, length, _stream, _leaveOpen), ref o), o, leaveOpen: false));
        }
        else
        {
            var prefix = new char[Math.Max(_options.SniffSize, 4)];
            var length = DialectSniffer.ReadPrefix(_text!, prefix);
            var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, (_text as StreamReader)?.CurrentEncoding, _options, _schema);
            OpenTolerant(sniff, o => CsvReader.Create(new PrefixedTextReader(prefix, length, _text!, _leaveOpen), o, leaveOpen: false));
        }
    }

    private async ValueTask EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_stream is not null)
        {
            var prefix = new byte[Math.Max(_options.SniffSize, 4)];
            var length = await DialectSniffer.ReadPrefixAsync(_stream, prefix, cancellationToken).ConfigureAwait(false);
            var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, _options, _schema);
            OpenTolerant(sniff, o => CsvReader.Create(TranscodedStream(sniff, new PrefixedStream(prefix, length, _stream, _leaveOpen), ref o), o, leaveOpen: false));
        }
        else
        {
            var prefix = new char[Math.Max(_options.SniffSize, 4)];
            var length = await DialectSniffer.ReadPrefixAsync(_text!, prefix, cancellationToken).ConfigureAwait(false);
            var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, (_text as StreamReader)?.CurrentEncoding, _options, _schema);
            OpenTolerant(sniff, o => CsvReader.Create(new PrefixedTextReader(prefix, length, _text!, _leaveOpen), o, leaveOpen: false));
        }
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
        return options?.Leniency == CsvLeniency.Tolerant
            ? new BudgetCsvReader(stream, null, leaveOpen, options)
            : new BudgetCsvReader(o => CsvReader.Create(stream, o, leaveOpen), options);
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
        return options?.Leniency == CsvLeniency.Tolerant
            ? new BudgetCsvReader(null, reader, leaveOpen, options)
            : new BudgetCsvReader(o => CsvReader.Create(reader, o, leaveOpen), options);
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
    public void Dispose()
    {
        _disposed = true;
        if (_csv is not null)
        {
            _csv.Dispose();
        }
        else if (!_leaveOpen)
        {
            _stream?.Dispose();
            _text?.Dispose();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }
        else if (!_leaveOpen)
        {
            if (_stream is not null)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }

            _text?.Dispose();
        }
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
        var nul = _csv!.RawRecord.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ScdlFormatException(FindingCodes.UnreadableInput, line, null,
                [string.Create(CultureInfo.InvariantCulture, $"NUL byte at offset {_csv.ByteOffset + nul}")]);
        }
    }

    /// <summary>Builds the exception for a record that is not valid UTF-8, naming the first invalid byte.</summary>
    private ScdlFormatException InvalidEncoding(long line, Exception cause)
    {
        var raw = _csv!.RawRecord;
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
        var line = _csv!.LineNumber;
        CheckText(line);
        var names = new string[_csv.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = DecodeHeaderName(i, line);
        }

        var useHeader = _options.HasHeader || (IsTolerant && Dialect?.HasHeader == true && names.Any(n => Lenient.MatchHeader(_schema, n) is not null));
        if (!useHeader)
        {
            _map = HeaderMap.Positional(_schema);
            _typer = new RecordTyper(_schema, _map, _options.ColumnConvention, Tolerance());
            if (IsTolerant)
            {
                Dialect = Dialect! with { HasHeader = false };
                (_leadingFindings ??= []).Add(new Finding(FindingCodes.ReadWithoutHeader, FindingSeverity.Warning, SourceLocation.File, null,
                    _schema.Columns.Count.ToString(CultureInfo.InvariantCulture)));
            }

            return false;
        }

        HeaderLineNumber = line;
        if (IsTolerant)
        {
            List<Finding> inexact = [];
            _map = HeaderMap.FromNames(_schema, names, line, name =>
            {
                var column = Lenient.MatchHeader(_schema, name);
                if (column is not null && !string.Equals(column.Name, name, StringComparison.Ordinal))
                {
                    inexact.Add(new Finding(FindingCodes.HeaderNameNotExact, FindingSeverity.Warning, new SourceLocation(line, column.Name), name, column.Name));
                }

                return column?.Name;
            });
            _dialectFindings = [.. _dialectFindings, .. inexact];
        }
        else
        {
            _map = HeaderMap.FromNames(_schema, names, line);
        }

        _typer = new RecordTyper(_schema, _map, _options.ColumnConvention, Tolerance());
        return true;
    }

    private string DecodeHeaderName(int index, long line)
    {
        var span = _csv!.GetSpan(index);
        return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : throw InvalidEncoding(line, new DecoderFallbackException("Invalid UTF-8."));
    }

    private RecordTyper.Tolerance? Tolerance() => IsTolerant ? new RecordTyper.Tolerance(Dialect?.DecimalSeparator ?? '.') : null;

    private bool IsEmptyLine() => _csv!.FieldCount <= 1 && _csv.IsEmpty(0);

    private BudgetRecord TypeCurrent()
    {
        var line = _csv!.LineNumber;
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

        IsOnDataRecord = !RecordTyper.IsBlank(_csv, _csv.FieldCount);
        _dataRecords += IsOnDataRecord ? 1 : 0;
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
        (_leadingFindings ??= []).Add(IsTolerant
            ? new Finding(FindingCodes.BlankLineSkipped, FindingSeverity.Info, new SourceLocation(_csv!.LineNumber, null))
            : new Finding(FindingCodes.BlankRow, FindingSeverity.Error, new SourceLocation(_csv!.LineNumber, null)));

    private static ScdlFormatException EmptyInput() => new(FindingCodes.EmptyInput, 0, null, []);

    private BudgetRecord? HeaderRecord() =>
        _map is { Findings.Count: > 0 } || _leadingFindings is not null || _dialectFindings.Count > 0
            ? new BudgetRecord(null, HeaderLineNumber, [.. _dialectFindings, .. TakeLeading(), .. _map!.Findings])
            : null;

    /// <summary>The record that says a tolerant read found no data line, or <see langword="null"/>.</summary>
    private BudgetRecord? NoDataRecord() =>
        IsTolerant && _dataRecords == 0 && _map is not null
            ? new BudgetRecord(null, HeaderLineNumber, [new Finding(FindingCodes.NoDataLines, FindingSeverity.Warning, new SourceLocation(HeaderLineNumber, null))])
            : null;

    /// <summary>Gets a value indicating whether the record last returned holds data (not the header's findings, not a blank line).</summary>
    internal bool IsOnDataRecord { get; private set; }

    /// <summary>
    /// Hashes the text of the record last returned, as it stands in the input (after any transcoding to UTF-8): two
    /// records with the same hash are, but for a chance of one in 2^128, the same line. Valid until the next read.
    /// </summary>
    internal UInt128 HashCurrentRecord() => System.IO.Hashing.XxHash128.HashToUInt128(_csv!.RawRecord);

    /// <summary>Copies the raw cells of the current record into <paramref name="cells"/>, in the schema's column order (null for a column the file lacks).</summary>
    internal void CopyCells(string?[] cells)
    {
        var csv = _csv!;
        var fieldCount = csv.FieldCount;
        for (var i = 0; i < cells.Length; i++)
        {
            var index = _map!.FileIndexOfColumn[i];
            cells[i] = index < 0 || index >= fieldCount ? null : csv.GetString(index) ?? string.Empty;
        }
    }

    /// <summary>Gets the header names as they appear in the file, or <see langword="null"/> without a header.</summary>
    internal IReadOnlyList<string>? FileHeader => HeaderLineNumber > 0 ? _map?.Names : null;

    /// <summary>Gets the schema.</summary>
    internal ScdlSchema Schema => _schema;

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
