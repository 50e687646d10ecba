namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Passes a stream through, keeping a copy of its first bytes, so that a refusal the XML parser reports without a
/// line (a DTD, always in the prolog) can still be located.
/// </summary>
internal sealed class PrologRecordingStream : Stream
{
    private const int Capacity = 64 * 1024;
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private readonly byte[] _prolog = new byte[Capacity];
    private int _recorded;

    public PrologRecordingStream(Stream inner, bool leaveOpen)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Finds the 1-based line where an ASCII marker first occurs in the recorded prolog, or 0.</summary>
    public long LineOf(ReadOnlySpan<byte> marker)
    {
        var recorded = _prolog.AsSpan(0, _recorded);
        var index = recorded.IndexOf(marker);
        return index < 0 ? 0 : recorded[..index].Count((byte)'\n') + 1;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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

    private void Record(ReadOnlySpan<byte> read)
    {
        if (_recorded < Capacity && read.Length > 0)
        {
            var take = Math.Min(read.Length, Capacity - _recorded);
            read[..take].CopyTo(_prolog.AsSpan(_recorded));
            _recorded += take;
        }
    }
}
