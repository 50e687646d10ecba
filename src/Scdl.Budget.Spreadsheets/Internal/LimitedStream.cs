namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Reads a part of the workbook and refuses it (<c>SCDL634</c>) once it yields more bytes than <paramref name="limit"/>:
/// its size declared in the ZIP directory, which <see cref="PackageGuard"/> checked against the limits, or less for a
/// part held in memory. Damaged compressed data (the ZIP library's <see cref="InvalidDataException"/>) is a damaged
/// part (<c>SCDL633</c>).
/// </summary>
internal sealed class LimitedStream(Stream inner, string part, long limit, SpreadsheetReaderOptions options) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Count(inner.Read(buffer));
        }
        catch (InvalidDataException exception)
        {
            throw SheetThrow.Damaged(part, exception.Message, cause: exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidDataException exception)
        {
            throw SheetThrow.Damaged(part, exception.Message, cause: exception);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            throw SheetThrow.TooLarge(part, _read, 0, limit, options);
        }

        return read;
    }
}
