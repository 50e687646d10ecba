using System.Net;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>
/// A request body that sends its first bytes, then waits until released (or cancelled): a slow client, to hold a
/// request open for the tests of the time-out, the bound on operations at once and the temporary files.
/// </summary>
internal sealed class StalledContent : HttpContent
{
    private readonly byte[] _first;
    private readonly byte[] _rest;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StalledContent(byte[] first, byte[] rest, string contentType)
    {
        _first = first;
        _rest = rest;
        Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
    }

    public Task FirstBytesSent => _sent.Task;

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_first);
        await stream.FlushAsync();
        _sent.TrySetResult();
        await _release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stream.WriteAsync(_rest);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _first.Length + _rest.Length;
        return true;
    }

    /// <summary>A multipart form whose file part stalls after <paramref name="firstLength"/> bytes of the file.</summary>
    public static StalledContent Multipart(byte[] file, string fileName, int firstLength, params (string Name, byte[] Content)[] before)
    {
        const string boundary = "scdl-test-boundary";
        using var head = new MemoryStream();
        void Write(string text) => head.Write(System.Text.Encoding.UTF8.GetBytes(text));
        foreach (var (name, content) in before)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            head.Write(content);
            Write("\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        head.Write(file.AsSpan(0, firstLength));
        var tail = file.AsSpan(firstLength).ToArray().Concat(System.Text.Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")).ToArray();
        return new StalledContent(head.ToArray(), tail, $"multipart/form-data; boundary={boundary}");
    }
}
