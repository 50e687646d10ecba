using System.Net;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

/// <summary>The limits an operator configures: upload size, time-out, operations at once; and temporary files that never stay.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task Upload_LargerThanTheLimit_Is413()
    {
        await using var app = await TestApp.StartAsync("Scdl:MaxUploadBytes=2000");

        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en", Uploads.Multipart(TestFiles.BocenoBpCsv));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("1 KB");
    }

    [Fact]
    public async Task Upload_ChunkedBodyLargerThanTheLimit_Is413()
    {
        await using var app = await TestApp.StartAsync("Scdl:MaxUploadBytes=2000");
        var body = new StreamContent(new MemoryStream(TestFiles.Bytes(TestFiles.BocenoBpXml)));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/convert") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await Problems.ReadAsync(response)).Dispose();
    }

    [Fact]
    public async Task Upload_DeclaredLargerThanTheLimit_Is413BeforeReading()
    {
        await using var app = await TestApp.StartAsync("Scdl:MaxUploadBytes=2000");
        var content = StalledContent.Multipart(new byte[200_000], "big.csv", 10);

        using var response = await app.Client.PostAsync("/api/v1/validate", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        content.Release();
    }

    [Fact]
    public async Task Request_SlowerThanTheTimeOut_Is503()
    {
        await using var app = await TestApp.StartAsync("Scdl:RequestTimeout=00:00:00.300");
        var file = TestFiles.Bytes(TestFiles.BocenoBpCsv);
        var content = StalledContent.Multipart(file, "slow.csv", 100);

        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en", content);
        content.Release();
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("0 seconds");
    }

    [Fact]
    public async Task Operations_BeyondTheBoundAndTheQueue_Are429()
    {
        await using var app = await TestApp.StartAsync("Scdl:MaxConcurrentOperations=1", "Scdl:QueueLength=0");
        var file = TestFiles.Bytes(TestFiles.BocenoBpCsv);
        var slow = StalledContent.Multipart(file, "slow.csv", 100);
        var first = app.Client.PostAsync("/api/v1/validate", slow);
        await slow.FirstBytesSent;
        await Task.Delay(100); // the first request holds the one permit

        using var second = await app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(TestFiles.BocenoBpCsv));
        slow.Release();
        using var firstResponse = await first;

        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        second.Headers.RetryAfter.ShouldNotBeNull();
        (await Problems.ReadAsync(second)).Dispose();
        firstResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Operations_WithinTheQueue_AllAnswered()
    {
        await using var app = await TestApp.StartAsync("Scdl:MaxConcurrentOperations=1", "Scdl:QueueLength=8");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(TestFiles.BocenoBpCsv))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task TemporaryFiles_NeverLeftInTheirDirectory_NorVisibleWhileInUse()
    {
        var directory = Directory.CreateTempSubdirectory("scdl-web-test-");
        try
        {
            await using var app = await TestApp.StartAsync("Scdl:TempDirectory=" + directory.FullName);
            using (await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(TestFiles.BocenoBpXml)))
            using (await app.Client.PostAsync("/api/v1/normalize", Uploads.Multipart(TestFiles.BocenoBpCsv)))
            using (await app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(Workbooks.FromCsv(TestFiles.Bytes(TestFiles.BocenoBpCsv)), "b.xlsx")))
            using (await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(TestFiles.NoBudgetXml)))
            {
            }

            // A page post whose second file is still arriving: the first one is held in a temporary file, already without a name.
            var slow = StalledContent.Multipart(TestFiles.Bytes(TestFiles.BocenoBpCsv), "second.csv", 100, ("first.xml", TestFiles.Bytes(TestFiles.BocenoBpXml)));
            var page = app.Client.PostAsync("/", slow);
            await slow.FirstBytesSent;
            await Task.Delay(200);
            var whileInUse = directory.GetFiles();
            slow.Release();
            using var pageResponse = await page;

            pageResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
            whileInUse.ShouldBeEmpty();
            directory.GetFiles().ShouldBeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
