namespace Scdl.Budget.Web.Processing;

/// <summary>The exception thrown when an upload passes the configured size (answered with 413).</summary>
internal sealed class UploadTooLargeException : IOException
{
    public UploadTooLargeException()
    {
    }

    public UploadTooLargeException(string message)
        : base(message)
    {
    }

    public UploadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UploadTooLargeException(long maxBytes)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The upload is larger than {maxBytes} bytes."))
    {
        MaxBytes = maxBytes;
    }

    /// <summary>Gets the limit that was passed, in bytes.</summary>
    public long MaxBytes { get; }
}
