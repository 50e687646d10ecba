namespace Scdl.Budget.Tests.Csv;

/// <summary>A read-only stream of a head, then <c>fillLength</c> bytes of a filler pattern, then a tail: large inputs without large arrays.</summary>
internal sealed class GeneratedStream(byte[] head, byte[] filler, long fillLength, byte[] tail) : Stream
{
    private long _position;

    public long TotalLength => head.Length + fillLength + tail.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => TotalLength;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < TotalLength)
        {
            buffer[written++] = ByteAt(_position++);
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position) =>
        position < head.Length ? head[position]
        : position < head.Length + fillLength ? filler[(position - head.Length) % filler.Length]
        : tail[position - head.Length - fillLength];
}
