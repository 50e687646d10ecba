using System.Globalization;
using System.Text;
using CsvHelper;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// The input of a <see cref="BudgetCsvReader"/>, opened: a bounded prefix read once and sniffed for the dialect, then
/// CsvHelper's reader over the prefix replayed and the rest, transcoded to UTF-8 when needed. It reads records one at
/// a time and enforces the record size limit exactly.
/// </summary>
internal sealed class CsvInput : IDisposable, IAsyncDisposable
{
    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private readonly bool _leaveOpen;
    private readonly BudgetCsvReaderOptions _options;
    private readonly ScdlSchema _schema;
    private CsvReader? _reader;
    private bool _disposed;

    public CsvInput(Stream? stream, TextReader? text, bool leaveOpen, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        _stream = stream;
        _text = text;
        _leaveOpen = leaveOpen;
        _options = options;
        _schema = schema;
    }

    /// <summary>Gets CsvHelper's reader; valid once opened.</summary>
    public CsvReader Reader => _reader!;

    /// <summary>Gets the dialect detected (or forced), or <see langword="null"/> before the input is opened.</summary>
    public CsvDialect? Dialect { get; set; }

    /// <summary>Gets the findings about the dialect: encoding, byte order mark, separator, line breaks.</summary>
    public IReadOnlyList<Finding> DialectFindings { get; private set; } = [];

    /// <summary>Gets a value indicating whether a record that is not valid UTF-8 may be re-read as Windows-1252.</summary>
    public bool CanRecoverEncoding { get; private set; }

    /// <summary>Gets the records CsvHelper recovered from malformed quoting since they were last taken.</summary>
    public List<(long Line, CsvMalformedReason Reason)> Malformed { get; } = [];

    public void Open()
    {
        if (_reader is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_stream is not null)
        {
            var prefix = new byte[Math.Max(_options.SniffSize, 4)];
            var length = DialectSniffer.ReadPrefix(_stream, prefix);
            OpenStream(prefix, length);
        }
        else
        {
            var prefix = new char[Math.Max(_options.SniffSize, 4)];
            var length = DialectSniffer.ReadPrefix(_text!, prefix);
            OpenText(prefix, length);
        }
    }

    public async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_reader is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_stream is not null)
        {
            var prefix = new byte[Math.Max(_options.SniffSize, 4)];
            var length = await DialectSniffer.ReadPrefixAsync(_stream, prefix, cancellationToken).ConfigureAwait(false);
            OpenStream(prefix, length);
        }
        else
        {
            var prefix = new char[Math.Max(_options.SniffSize, 4)];
            var length = await DialectSniffer.ReadPrefixAsync(_text!, prefix, cancellationToken).ConfigureAwait(false);
            OpenText(prefix, length);
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <exception cref="ScdlFormatException">The record is larger than <see cref="BudgetCsvReaderOptions.MaxRecordSize"/>.</exception>
    public bool Read()
    {
        try
        {
            return Checked(_reader!.Read());
        }
        catch (CsvFormatException exception)
        {
            throw TooLarge(exception.LineNumber, exception);
        }
    }

    /// <summary>Reads the next record asynchronously. See <see cref="Read"/>.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Checked(await _reader!.ReadAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (CsvFormatException exception)
        {
            throw TooLarge(exception.LineNumber, exception);
        }
    }

    /// <summary>
    /// Opens a reader over the current record's bytes decoded as Windows-1252, positioned on that record: the recovery
    /// for a record that is not valid UTF-8 in input whose start was.
    /// </summary>
    public CsvReader Redecode()
    {
        var raw = _reader!.RawRecord;
        var utf8 = Encoding.UTF8.GetBytes(DialectSniffer.Windows1252.GetString(raw));
        var reader = CsvReader.Create(utf8, CsvOptions(Dialect!.Separator, null, onMalformed: false));
        reader.Read();
        return reader;
    }

    public void Dispose()
    {
        _disposed = true;
        if (_reader is not null)
        {
            _reader.Dispose();
        }
        else if (!_leaveOpen)
        {
            _stream?.Dispose();
            _text?.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_reader is not null)
        {
            await _reader.DisposeAsync().ConfigureAwait(false);
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

    private void OpenStream(byte[] prefix, int length)
    {
        var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, _options, _schema);
        Accept(sniff);
        var options = CsvOptions(sniff.Dialect.Separator, sniff.TranscodeFrom, onMalformed: true);
        Stream stream = new PrefixedStream(prefix, length, _stream!, _leaveOpen);
        if (sniff.TranscodeFrom is { } encoding && SingleByteTranscodingStream.Supports(encoding))
        {
            // Faster than CsvHelper's own transcoding, same text.
            options = options with { Encoding = null };
            stream = new SingleByteTranscodingStream(stream, encoding, leaveOpen: false);
        }

        _reader = CsvReader.Create(stream, options, leaveOpen: false);
    }

    private void OpenText(char[] prefix, int length)
    {
        var sniff = DialectSniffer.Sniff(prefix.AsSpan(0, length), length < prefix.Length, (_text as StreamReader)?.CurrentEncoding, _options, _schema);
        Accept(sniff);
        _reader = CsvReader.Create(new PrefixedTextReader(prefix, length, _text!, _leaveOpen), CsvOptions(sniff.Dialect.Separator, null, onMalformed: true), leaveOpen: false);
    }

    private void Accept(SniffResult sniff)
    {
        Dialect = sniff.Dialect;
        DialectFindings = sniff.Findings;
        CanRecoverEncoding = sniff.CanRecoverEncoding;
    }

    private CsvReaderOptions CsvOptions(char separator, Encoding? encoding, bool onMalformed) => new()
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
        OnMalformedRecord = onMalformed ? record => Malformed.Add((record.LineNumber, record.Reason)) : null,
    };

    /// <summary>
    /// Makes the size limit exact: CsvHelper refuses a record longer than the limit only when it must read more input
    /// to complete it, and reads a longer one that is already in its buffer.
    /// </summary>
    private bool Checked(bool read) =>
        read && _reader!.RawRecord.Length > _options.MaxRecordSize ? throw TooLarge(_reader.LineNumber, null) : read;

    private ScdlFormatException TooLarge(long line, Exception? cause) =>
        new(FindingCodes.RecordTooLarge, line, null, [_options.MaxRecordSize.ToString(CultureInfo.InvariantCulture)], cause);
}
