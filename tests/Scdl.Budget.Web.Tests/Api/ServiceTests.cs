using System.Net;
using System.Text.Json;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

/// <summary>What a client or an operator looks at first: health, the OpenAPI document, the report schema, unknown routes.</summary>
public sealed class ServiceTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task Health_IsHealthy()
    {
        using var response = await app.Client.GetAsync("/api/v1/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/validate", "/api/v1/convert", "/api/v1/normalize", "/api/v1/summary" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            var body = post.GetProperty("requestBody").GetProperty("content");
            body.TryGetProperty("multipart/form-data", out _).ShouldBeTrue(path);
            post.GetProperty("responses").TryGetProperty("422", out _).ShouldBeTrue(path);
            post.GetProperty("responses").TryGetProperty("413", out _).ShouldBeTrue(path);
        }

        paths.GetProperty("/api/v1/convert").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/xml", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/explain/{code}").TryGetProperty("get", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/explain").TryGetProperty("get", out _).ShouldBeTrue();
        paths.TryGetProperty("/", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task ReportSchema_IsTheDocumentedOne()
    {
        var schema = await app.Client.GetStringAsync("/api/v1/report.schema.json");

        schema.ShouldBe(await File.ReadAllTextAsync(TestFiles.PathOf("report.schema.json")));
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        using var response = await app.Client.GetAsync("/api/v1/nothing");
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validate_ContentTypeItDoesNotRead_Is415Problem()
    {
        using var response = await app.Client.PostAsync("/api/v1/validate", Uploads.Body([1, 2, 3], "image/png"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
