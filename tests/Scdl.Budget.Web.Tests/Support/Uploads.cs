using System.Net.Http.Headers;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>Request bodies as clients send them: a multipart form (as curl -F and browsers do) or the file as the body.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Multipart(byte[] content, string fileName, string? mediaType = null, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType ?? "application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    public static MultipartFormDataContent Multipart(string testFile, string? mediaType = null) => Multipart(TestFiles.Bytes(testFile), TestFiles.Name(testFile), mediaType);

    public static ByteArrayContent Body(byte[] content, string mediaType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return body;
    }
}
