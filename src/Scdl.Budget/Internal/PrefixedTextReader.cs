namespace Scdl.Budget.Internal;

/// <summary>A text reader that replays characters already read from a reader (the sniffed prefix), then reads the rest of it.</summary>
internal sealed class PrefixedTextReader(char[] prefix, int prefixLength, TextReader inner, bool leaveOpen) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefixLength ? prefix[_position] : inner.Peek();

    public override int Read() => _position < prefixLength ? prefix[_position++] : inner.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return inner.Read(buffer);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        _position < prefixLength ? new ValueTask<int>(Read(buffer.Span)) : inner.ReadAsync(buffer, cancellationToken);

    public override int ReadBlock(Span<char> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
