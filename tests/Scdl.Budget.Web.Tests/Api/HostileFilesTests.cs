using System.Net;
using System.Text;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Api;

/// <summary>
/// Hostile uploads get the library's guarantees through HTTP: a DTD (entity expansion, external entities) is refused,
/// a huge value or a zip bomb is refused before it costs memory; each with 422 and the finding code that says why.
/// </summary>
public sealed class HostileFilesTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task Convert_EntityExpansion_Is422DtdRefused()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE DocumentBudgetaire [\n<!ENTITY l0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">\n");
        }

        laughs.Append("]>\n<DocumentBudgetaire><EnTeteDocBudgetaire><LibelleColl V=\"&l9;\"/></EnTeteDocBudgetaire></DocumentBudgetaire>\n");

        using var response = await app.Client.PostAsync("/api/v1/convert?lang=en", Uploads.Body(Encoding.UTF8.GetBytes(laughs.ToString()), "application/xml"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(FindingCodes.TotemDtdRefused);
        problem.RootElement.GetProperty("findings")[0].GetProperty("line").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Convert_ExternalEntity_Is422AndNothingIsResolved()
    {
        var secret = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(secret, "SECRET-OF-THE-SERVER");
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE DocumentBudgetaire [<!ENTITY x SYSTEM "file://{secret}">]>
                <DocumentBudgetaire><EnTeteDocBudgetaire><LibelleColl V="&x;"/></EnTeteDocBudgetaire></DocumentBudgetaire>
                """;

            using var response = await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(Encoding.UTF8.GetBytes(xml), "xxe.xml"));
            var body = await response.Content.ReadAsStringAsync();
            using var problem = await Problems.ReadAsync(response);

            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            problem.RootElement.GetProperty("code").GetString().ShouldBe(FindingCodes.TotemDtdRefused);
            body.ShouldNotContain("SECRET-OF-THE-SERVER");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Convert_HugeXmlValue_Is422ValueTooLarge()
    {
        var xml = "<?xml version=\"1.0\"?>\n<DocumentBudgetaire><EnTeteDocBudgetaire><LibelleColl V=\"" + new string('A', 8 << 20) + "\"/></EnTeteDocBudgetaire></DocumentBudgetaire>\n";

        using var response = await app.Client.PostAsync("/api/v1/convert", Uploads.Multipart(Encoding.ASCII.GetBytes(xml), "huge.xml"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(FindingCodes.TotemValueTooLarge);
    }

    [Fact]
    public async Task Validate_HugeCsvValue_Is422RecordTooLarge()
    {
        var header = Encoding.UTF8.GetString(TestFiles.Bytes(TestFiles.BocenoBpCsv)).Split('\n')[0];
        var csv = Encoding.UTF8.GetBytes(header + "\n\"" + new string('9', 4 << 20) + "\n");

        using var response = await app.Client.PostAsync("/api/v1/validate?lang=en", Uploads.Multipart(csv, "huge.csv"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(FindingCodes.RecordTooLarge);
        problem.RootElement.GetProperty("findings")[0].GetProperty("line").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Validate_ZipBomb_Is422SpreadsheetTooLarge()
    {
        await using var small = await TestApp.StartAsync("Scdl:MaxSpreadsheetUncompressedBytes=1000000");
        var bomb = Workbooks.Bomb();
        bomb.Length.ShouldBeLessThan(100_000);

        using var response = await small.Client.PostAsync("/api/v1/validate", Uploads.Multipart(bomb, "bomb.xlsx"));
        using var problem = await Problems.ReadAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(FindingCodes.SpreadsheetTooLarge);
    }

    [Fact]
    public async Task Page_HostileNamesAndValues_AreEscaped()
    {
        var header = Encoding.UTF8.GetString(TestFiles.Bytes(TestFiles.BocenoBpCsv)).Split('\n')[0].TrimEnd('\r');
        var csv = Encoding.UTF8.GetBytes(header + "\n<script>alert(1)</script>,2022\n");
        var form = Uploads.Multipart(csv, "<img src=x onerror=alert(1)>.csv");

        using var response = await app.Client.PostAsync("/", form);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;.csv");
    }
}
