using System.Net;
using System.Text.Json;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

public sealed class ValidateTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    public static TheoryData<string> CsvFiles => [.. TestFiles.CsvFiles.Where(f => !f.Contains("noheader", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(CsvFiles))]
    public async Task Validate_RealCsv_AnswersTheLibrarysJsonReport(string file)
    {
        using var response = await app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(file));
        var json = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        json.ShouldBe(Library.ValidationJson(TestFiles.Bytes(file), TestFiles.Name(file), Library.French));
        using var document = JsonDocument.Parse(json);
        ReportSchema.ShouldMatch(document.RootElement);
    }

    [Fact]
    public async Task Validate_FileWithoutHeader_Is422UnlessNoHeaderIsSaid()
    {
        const string file = "scdl-csv/crach-budget-principal-bp2022.megalis-xsl.noheader.csv";
        var bytes = TestFiles.Bytes(file);

        using var refused = await app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(file));
        using var accepted = await app.Client.PostAsync("/api/v1/validate?noHeader=true", Uploads.Multipart(file));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using (var problem = await Problems.ReadAsync(refused))
        {
            problem.RootElement.GetProperty("code").GetString().ShouldBe("SCDL108");
        }

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var options = Library.Validation() with { Reader = Scdl.Budget.Csv.BudgetCsvReaderOptions.Default with { HasHeader = false } };
        var report = new Scdl.Budget.Validation.BudgetValidator(options).Validate(new MemoryStream(bytes), TestFiles.Name(file));
        (await accepted.Content.ReadAsStringAsync()).ShouldBe(Library.Json(w => Scdl.Budget.Reports.JsonReport.Write(w, report, new() { Culture = Library.French }), Library.French));
    }

    [Fact]
    public async Task Validate_BodyWithItsContentType_AnswersAsMultipart()
    {
        var bytes = TestFiles.Bytes(TestFiles.BocenoBpCsv);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/validate?name=" + TestFiles.Name(TestFiles.BocenoBpCsv)) { Content = Uploads.Body(bytes, "text/csv; charset=utf-8") };

        using var response = await app.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe(Library.ValidationJson(bytes, TestFiles.Name(TestFiles.BocenoBpCsv), Library.French));
    }

    [Fact]
    public async Task Validate_LangEn_AnswersInEnglish()
    {
        var bytes = TestFiles.Bytes(TestFiles.BocenoBpCsv);

        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en", Uploads.Multipart(TestFiles.BocenoBpCsv));

        (await response.Content.ReadAsStringAsync()).ShouldBe(Library.ValidationJson(bytes, TestFiles.Name(TestFiles.BocenoBpCsv), Library.English));
    }

    [Fact]
    public async Task Validate_AcceptLanguageEnglish_AnswersInEnglish()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/validate") { Content = Uploads.Multipart(TestFiles.BocenoBpCsv) };
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,fr;q=0.5");

        using var response = await app.Client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).ShouldContain("is not an allowed value");
    }

    [Fact]
    public async Task Validate_FormatHtml_AnswersTheHtmlReportAlone()
    {
        using var response = await app.Client.PostAsync("/api/v1/validate?format=html", Uploads.Multipart(TestFiles.BocenoBpCsv));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<section class=\"verdict bad\"");
        html.ShouldContain("SCDL202");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
    }

    [Fact]
    public async Task Validate_AcceptHtml_AnswersHtml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/validate") { Content = Uploads.Multipart(TestFiles.BocenoBpCsv) };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        using var response = await app.Client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Validate_Options_ReachTheValidation()
    {
        var content = Uploads.Multipart(TestFiles.Bytes(TestFiles.BocenoBpCsv), "budget.csv", "text/csv", ("schemaVersion", "0.8.1"), ("convention", "totem"));

        using var response = await app.Client.PostAsync("/api/v1/validate", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        json.RootElement.GetProperty("schema").GetProperty("version").GetString().ShouldBe("0.8.1");
        json.RootElement.GetProperty("columnConvention").GetString().ShouldBe("totem-converters");
    }

    [Theory]
    [InlineData("schemaVersion=0.9", "0.8.1, 0.8.2, 0.8.3")]
    [InlineData("convention=chapter", "schema, totem")]
    [InlineData("format=xml", "json, html")]
    public async Task Validate_WrongOption_Is400WithTheAllowedValues(string query, string allowed)
    {
        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en&" + query, Uploads.Multipart(TestFiles.BocenoBpCsv));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain(allowed);
    }

    [Fact]
    public async Task Validate_Workbook_IsNotInTheStandardFormat()
    {
        var xlsx = Workbooks.FromCsv(TestFiles.Bytes(TestFiles.BocenoBpCsv));

        using var response = await app.Client.PostAsync("/api/v1/validate", Uploads.Multipart(xlsx, "budget.xlsx"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.RootElement.GetProperty("stats").GetProperty("codes").TryGetProperty("SCDL620", out _).ShouldBeTrue();
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        ReportSchema.ShouldMatch(json.RootElement);
    }

    [Fact]
    public async Task Validate_NoFile_Is400()
    {
        var form = new MultipartFormDataContent { { new StringContent("0.8.3"), "schemaVersion" } };

        using var response = await app.Client.PostAsync("/api/v1/validate", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Validate_Binary_Is422WithTheFindingCodeAndTheReport()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en", Uploads.Multipart(png, "budget.csv", "text/csv"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var code = problem.RootElement.GetProperty("code").GetString()!;
        code.ShouldStartWith("SCDL1");
        problem.RootElement.GetProperty("type").GetString().ShouldBe("/api/v1/explain/" + code);
        problem.RootElement.GetProperty("findings")[0].GetProperty("code").GetString().ShouldBe(code);
        var report = problem.RootElement.GetProperty("report");
        report.GetProperty("verdict").GetString().ShouldBe("unreadable");
        ReportSchema.ShouldMatch(report);
    }
}
