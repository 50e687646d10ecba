using System.Text.Json;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>Reads RFC 9457 problem details, checking their media type and members.</summary>
internal static class Problems
{
    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        root.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        root.GetProperty("type").GetString().ShouldNotBeNullOrEmpty();
        root.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        root.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
        return document;
    }
}
