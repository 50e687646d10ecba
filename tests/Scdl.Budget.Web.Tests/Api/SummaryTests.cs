using System.Net;
using System.Text.Json;
using Scdl.Budget.Reports;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

public sealed class SummaryTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task Summary_RealCsv_AnswersTheLibrarysSummary()
    {
        var bytes = TestFiles.Bytes(TestFiles.MorbihanCsv);
        var report = Library.Validate(bytes, TestFiles.Name(TestFiles.MorbihanCsv));

        using var response = await app.Client.PostAsync("/api/v1/summary", Uploads.Multipart(TestFiles.MorbihanCsv));
        var json = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.ShouldBe(Library.Json(w => JsonReport.WriteSummary(w, report, new ReportOptions { Culture = Library.French }), Library.French));
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("kind").GetString().ShouldBe("summary");
        document.RootElement.GetProperty("summary").GetProperty("documents").GetArrayLength().ShouldBeGreaterThan(0);
        ReportSchema.ShouldMatch(document.RootElement);
    }
}
