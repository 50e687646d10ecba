namespace Scdl.Budget.Web.Processing;

/// <summary>
/// The bytes a request may upload, shared by its files: every <see cref="LimitedReadStream"/> of the request counts
/// into it. <see cref="Exceeded"/> stays set once the limit was passed, so that the answer is 413 whatever the library
/// made of the exception (a reader may report a broken stream as an unreadable file).
/// </summary>
internal sealed class UploadLimit(long maxBytes)
{
    private long _read;

    /// <summary>Gets the most bytes the request may upload.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Gets the bytes read so far.</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Gets a value indicating whether the request tried to upload more than <see cref="MaxBytes"/>.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Counts bytes read; throws once the limit is passed.</summary>
    /// <exception cref="UploadTooLargeException">More than <see cref="MaxBytes"/> were read.</exception>
    public void Add(int count)
    {
        if (Interlocked.Add(ref _read, count) > MaxBytes)
        {
            Exceeded = true;
            throw new UploadTooLargeException(MaxBytes);
        }
    }
}
