using System.Net;
using System.Text.Json;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

public sealed class ConvertTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    public static TheoryData<string> TotemFiles => [.. TestFiles.TotemFiles];

    [Theory]
    [MemberData(nameof(TotemFiles))]
    public async Task Convert_RealTotem_AnswersTheLibrarysCsv(string file)
    {
        var xml = TestFiles.Bytes(file);

        using var response = await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(file));
        var csv = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith(".csv");
        csv.ShouldBe(Library.ConvertedCsv(xml));
        var verdict = response.Headers.GetValues("Scdl-Verdict").Single();
        var validation = Library.Validate(csv, "budget.csv");
        verdict.ShouldBe(validation.IsValid ? "valid" : "invalid");
        response.Headers.GetValues("Scdl-Errors").Single().ShouldBe(validation.Findings.ErrorCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(TotemFiles))]
    public async Task Convert_FormatJson_AnswersTheConversionReport(string file)
    {
        using var response = await app.Client.PostAsync("/api/v1/convert?format=json", Uploads.Multipart(file));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.RootElement.GetProperty("kind").GetString().ShouldBe("conversion");
        json.RootElement.GetProperty("source").GetString().ShouldBe(TestFiles.Name(file));
        json.RootElement.GetProperty("validation").GetProperty("kind").GetString().ShouldBe("validation");
        ReportSchema.ShouldMatch(json.RootElement);
    }

    [Fact]
    public async Task Convert_BodyAsXml_NamesTheCsvAfterTheFile()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/convert") { Content = Uploads.Body(TestFiles.Bytes(TestFiles.BocenoBpXml), "application/xml") };
        request.Content.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = "boceno.totem.xml" };

        using var response = await app.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("boceno.csv");
    }

    [Fact]
    public async Task Convert_FormatHtml_AnswersTheHtmlReport()
    {
        using var response = await app.Client.PostAsync("/api/v1/convert?format=html&lang=en", Uploads.Multipart(TestFiles.BocenoBpXml));
        var html = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("verdict ok");
    }

    [Fact]
    public async Task Convert_ConventionTotem_WritesTheChapterInContNat()
    {
        using var schema = await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(TestFiles.BocenoBpXml));
        using var totem = await app.Client.PostAsync("/api/v1/convert?convention=totem", Uploads.Multipart(TestFiles.BocenoBpXml));

        var schemaLine = (await schema.Content.ReadAsStringAsync()).Split("\r\n")[1].Split(',');
        var totemLine = (await totem.Content.ReadAsStringAsync()).Split("\r\n")[1].Split(',');
        totemLine[4].ShouldBe(schemaLine[6]); // BGT_CONTNAT ↔ BGT_NATURE
        totemLine[6].ShouldBe(schemaLine[4]);
    }

    [Fact]
    public async Task Convert_NotABudgetDocument_Is422WithItsFindingCode()
    {
        using var response = await app.Client.PostAsync("/api/v1/convert?lang=en", Uploads.Multipart(TestFiles.NoBudgetXml));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var code = problem.RootElement.GetProperty("code").GetString()!;
        code.ShouldStartWith("SCDL5");
        problem.RootElement.GetProperty("type").GetString().ShouldBe("/api/v1/explain/" + code);
        problem.RootElement.GetProperty("title").GetString().ShouldBe(FindingCodes.Describe(code)!.GetTitle(Library.English));
    }

    [Fact]
    public async Task Convert_Csv_Is415()
    {
        using var response = await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(TestFiles.BocenoBpCsv));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
