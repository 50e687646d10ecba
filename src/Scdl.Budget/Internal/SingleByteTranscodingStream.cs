using System.Text;

namespace Scdl.Budget.Internal;

/// <summary>
/// Transcodes a single-byte, ASCII-compatible encoding (Windows-1252, ISO-8859-1) to UTF-8 in one pass: runs of
/// ASCII are copied with vectorised searches, other bytes through a 256-entry table built from the encoding itself.
/// CsvHelper's own transcoding (through UTF-16) gives the same text; this is about twice as fast on mostly-ASCII data.
/// </summary>
internal sealed class SingleByteTranscodingStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[][] _table;
    private readonly byte[] _source = new byte[32 * 1024];
    private readonly byte[] _pending = new byte[4];
    private int _sourceStart;
    private int _sourceEnd;
    private int _pendingStart;
    private int _pendingEnd;
    private bool _ended;

    public SingleByteTranscodingStream(Stream inner, Encoding encoding, bool leaveOpen)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _table = new byte[256][];
        for (var b = 0; b < 256; b++)
        {
            _table[b] = Encoding.UTF8.GetBytes(encoding.GetString([(byte)b]));
        }
    }

    /// <summary>Whether an encoding can be transcoded here: one byte per character, ASCII as ASCII.</summary>
    public static bool Supports(Encoding encoding)
    {
        if (!encoding.IsSingleByte)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[128];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = (byte)i;
        }

        return encoding.GetString(ascii).AsSpan().SequenceEqual(Encoding.ASCII.GetString(ascii));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            var written = Transcode(buffer);
            if (written > 0 || _ended)
            {
                return written;
            }

            var n = _inner.Read(_source, 0, _source.Length);
            (_sourceStart, _sourceEnd, _ended) = (0, n, n == 0);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            var written = Transcode(buffer.Span);
            if (written > 0 || _ended)
            {
                return written;
            }

            var n = await _inner.ReadAsync(_source, cancellationToken).ConfigureAwait(false);
            (_sourceStart, _sourceEnd, _ended) = (0, n, n == 0);
        }
    }

    /// <summary>Transcodes what the source buffer holds into <paramref name="destination"/>; returns the bytes written.</summary>
    private int Transcode(Span<byte> destination)
    {
        var written = 0;
        while (_pendingStart < _pendingEnd && written < destination.Length)
        {
            destination[written++] = _pending[_pendingStart++];
        }

        while (written < destination.Length && _sourceStart < _sourceEnd)
        {
            var source = _source.AsSpan(_sourceStart, _sourceEnd - _sourceStart);
            var ascii = source.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                ascii = source.Length;
            }

            var run = Math.Min(ascii, destination.Length - written);
            source[..run].CopyTo(destination[written..]);
            written += run;
            _sourceStart += run;
            if (run < ascii || _sourceStart == _sourceEnd)
            {
                break;
            }

            var sequence = _table[_source[_sourceStart++]];
            var room = destination.Length - written;
            if (sequence.Length <= room)
            {
                sequence.CopyTo(destination[written..]);
                written += sequence.Length;
            }
            else
            {
                sequence.AsSpan(0, room).CopyTo(destination[written..]);
                written += room;
                sequence.AsSpan(room).CopyTo(_pending);
                (_pendingStart, _pendingEnd) = (0, sequence.Length - room);
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}
