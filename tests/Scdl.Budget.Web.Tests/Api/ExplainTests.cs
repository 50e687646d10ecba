using System.Net;
using System.Text.Json;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

public sealed class ExplainTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task Explain_All_ListsEveryCode()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/v1/explain"));

        json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(FindingCodes.All.Select(d => d.Code));
    }

    [Theory]
    [InlineData("fr", "SCDL202")]
    [InlineData("en", "scdl202")]
    public async Task Explain_Code_SaysWhatItMeansAndHowToFixIt(string lang, string code)
    {
        var culture = lang == "en" ? Library.English : Library.French;
        var descriptor = FindingCodes.Describe("SCDL202")!;

        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/v1/explain/{code}?lang={lang}"));

        json.RootElement.GetProperty("code").GetString().ShouldBe("SCDL202");
        json.RootElement.GetProperty("severity").GetString().ShouldBe("error");
        json.RootElement.GetProperty("category").GetString().ShouldBe("content");
        json.RootElement.GetProperty("title").GetString().ShouldBe(descriptor.GetTitle(culture));
        json.RootElement.GetProperty("fix").GetString().ShouldBe(descriptor.GetFix(culture));
    }

    [Fact]
    public async Task Explain_Text_IsEscapedAsTheReportsAre()
    {
        var body = await app.Client.GetStringAsync("/api/v1/explain/SCDL201?lang=fr");

        body.ShouldContain("`scdl-budget convert`");
        body.ShouldContain("é");
        body.ShouldNotContain("\\u00");
    }

    [Fact]
    public async Task Explain_UnknownCode_Is404Problem()
    {
        using var response = await app.Client.GetAsync("/api/v1/explain/SCDL999");
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("SCDL999");
    }
}
