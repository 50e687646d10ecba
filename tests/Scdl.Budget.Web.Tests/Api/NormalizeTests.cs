using System.Net;
using System.Text.Json;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

public sealed class NormalizeTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    public static TheoryData<string> CsvFiles => [.. TestFiles.CsvFiles.Where(f => !f.Contains("noheader", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(CsvFiles))]
    public async Task Normalize_RealCsv_AnswersTheLibrarysStandardCsv(string file)
    {
        var input = TestFiles.Bytes(file);

        using var response = await app.Client.PostAsync("/api/v1/normalize", Uploads.Multipart(file));
        var csv = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(Path.GetFileNameWithoutExtension(file) + ".normalized.csv");
        csv.ShouldBe(Library.NormalizedCsv(input));
        response.Headers.GetValues("Scdl-Verdict").Single().ShouldBe(Library.Validate(csv, "x.csv").IsValid ? "valid" : "invalid");
    }

    [Fact]
    public async Task Normalize_FormatJson_AnswersTheNormalizationReport()
    {
        using var response = await app.Client.PostAsync("/api/v1/normalize?format=json", Uploads.Multipart(TestFiles.BocenoBpCsv));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        json.RootElement.GetProperty("kind").GetString().ShouldBe("normalization");
        json.RootElement.GetProperty("changeCount").GetInt64().ShouldBeGreaterThan(0);
        ReportSchema.ShouldMatch(json.RootElement);
    }

    [Fact]
    public async Task Normalize_WorkbookOfACsv_AnswersTheSameStandardCsvAsTheCsv()
    {
        var input = TestFiles.Bytes(TestFiles.BocenoBpCsv);

        using var response = await app.Client.PostAsync("/api/v1/normalize", Uploads.Multipart(Workbooks.FromCsv(input), "budget.xlsx"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Library.NormalizedCsv(input));
    }

    [Fact]
    public async Task Normalize_Xml_Is415()
    {
        using var response = await app.Client.PostAsync("/api/v1/normalize", Uploads.Body(TestFiles.Bytes(TestFiles.BocenoBpXml), "application/xml"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
