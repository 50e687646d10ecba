using System.Net;
using System.Text;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Page;

/// <summary>
/// The page as a browser without script sees it: the form, a plain form post, the verdict of each file, the downloads
/// (the bytes the library writes), French by default and English on request, nothing loaded from elsewhere.
/// </summary>
public sealed class PageTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task Get_ByDefault_IsTheFrenchForm()
    {
        using var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain("<form id=\"upload-form\" method=\"post\" action=\"/?lang=fr#resultats\" enctype=\"multipart/form-data\">");
        html.ShouldContain("<label for=\"files\">Fichiers à vérifier</label>");
        html.ShouldContain("Vérifier</button>");
        html.ShouldContain("<option value=\"0.8.3\" selected>");
    }

    [Theory]
    [InlineData("/?lang=en", null)]
    [InlineData("/", "en-GB,en;q=0.8")]
    public async Task Get_EnglishAsked_IsTheEnglishForm(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await app.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("<label for=\"files\">Files to check</label>");
        html.ShouldContain("href=\"/?lang=fr\" lang=\"fr\" hreflang=\"fr\">Français</a>");
    }

    [Fact]
    public async Task Get_EveryField_HasALabel()
    {
        var html = await app.Client.GetStringAsync("/");

        var ids = System.Text.RegularExpressions.Regex.Matches(html, "<(?:input|select) type=\"(?!hidden)[^\"]*\" id=\"(?<id>[^\"]+)\"|<select id=\"(?<id>[^\"]+)\"")
            .Select(m => m.Groups["id"].Value)
            .ToList();

        ids.ShouldBe(["files", "schemaVersion", "convention-schema", "convention-totem", "noHeader", "sheet"], ignoreOrder: true);
        ids.ShouldAllBe(id => html.Contains($"<label for=\"{id}\">", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_SecurityHeaders_AllowNothingFromElsewhere()
    {
        using var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldNotContain("http");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        PageHtml.Urls(html).ShouldAllBe(url => url.StartsWith('/') || url.StartsWith('#') || url == "data:,");
    }

    [Theory]
    [InlineData("/site.css", "text/css")]
    [InlineData("/site.js", "text/javascript")]
    public async Task Assets_AreServedFromTheApplication(string path, string mediaType)
    {
        using var response = await app.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        text.ShouldNotContain("http://");
        text.ShouldNotContain("https://");
        text.ShouldNotContain("@import");
    }

    [Fact]
    public async Task Post_Totem_ShowsTheVerdictAndOffersTheLibrarysCsv()
    {
        var xml = TestFiles.Bytes(TestFiles.BocenoBpXml);

        using var response = await app.Client.PostAsync("/", Form((TestFiles.Name(TestFiles.BocenoBpXml), xml)));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var converted = Library.ConvertedCsv(xml);
        var valid = Library.Validate(converted, "x.csv").IsValid;
        PageHtml.Verdicts(html).ShouldHaveSingleItem().ShouldStartWith(valid ? "Converti : le fichier CSV écrit est au format standard" : "Converti, mais");
        var downloads = PageHtml.Downloads(html);
        downloads.Select(d => d.Name).ShouldBe(["crach-lotissement-boceno-bp2022.csv", "crach-lotissement-boceno-bp2022.totem.report.json", "crach-lotissement-boceno-bp2022.totem.report.html"]);
        downloads[0].MediaType.ShouldBe("text/csv");
        downloads[0].Content.ShouldBe(converted);
        using var report = System.Text.Json.JsonDocument.Parse(downloads[1].Content);
        report.RootElement.GetProperty("kind").GetString().ShouldBe("conversion");
        ReportSchema.ShouldMatch(report.RootElement);
        html.ShouldContain("<iframe class=\"report\"");

        // The budget's analysis travels with the report, the debt of the loans annex included.
        report.RootElement.GetProperty("validation").TryGetProperty("analysis", out _).ShouldBeTrue();
        Encoding.UTF8.GetString(downloads[2].Content).ShouldContain("Épargne brute");
    }

    [Fact]
    public async Task Post_InvalidCsv_ShowsTheVerdictAFindingAndOffersTheStandardCsv()
    {
        var csv = TestFiles.Bytes(TestFiles.BocenoBpCsv);
        var library = Library.Validate(csv, "x.csv");

        using var response = await app.Client.PostAsync("/", Form((TestFiles.Name(TestFiles.BocenoBpCsv), csv)));
        var html = await response.Content.ReadAsStringAsync();

        library.Verdict.ShouldBe(ValidationVerdict.Invalid);
        PageHtml.Verdicts(html).ShouldHaveSingleItem().ShouldBe("Non valide : le contenu a des erreurs à corriger avant publication (voir le rapport).");
        html.ShouldContain(library.Findings.Groups.First(g => g.Severity == FindingSeverity.Error).Code);
        var downloads = PageHtml.Downloads(html);
        downloads[0].Name.ShouldBe("crach-lotissement-boceno-bp2022.yatotem2scdl.normalized.csv");
        downloads[0].Content.ShouldBe(Library.NormalizedCsv(csv));
        downloads.Select(d => d.Name).ShouldContain("crach-lotissement-boceno-bp2022.yatotem2scdl.report.json");
        downloads.Select(d => d.Name).ShouldContain("crach-lotissement-boceno-bp2022.yatotem2scdl.normalization.json");
    }

    [Fact]
    public async Task Post_SeveralFilesInEnglish_ShowsEachInOrder()
    {
        var form = Form(
            [("lang", "en")],
            (TestFiles.Name(TestFiles.BocenoBpXml), TestFiles.Bytes(TestFiles.BocenoBpXml)),
            (TestFiles.Name(TestFiles.BocenoBpCsv), TestFiles.Bytes(TestFiles.BocenoBpCsv)),
            ("notes.pdf", Encoding.ASCII.GetBytes("%PDF-1.4")));

        using var response = await app.Client.PostAsync("/", form);
        var html = await response.Content.ReadAsStringAsync();

        var verdicts = PageHtml.Verdicts(html);
        verdicts.Count.ShouldBe(3);
        verdicts[0].ShouldStartWith("Converted");
        verdicts[1].ShouldStartWith("Not valid: the content has errors");
        verdicts[2].ShouldStartWith("Not checked");
        html.ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task Post_WorkbookOfAValidFile_IsNotInTheStandardFormat_AndOffersTheCsv()
    {
        var csv = Library.NormalizedCsv(TestFiles.Bytes(TestFiles.BocenoBpCsv));

        using var response = await app.Client.PostAsync("/", Form(("budget.xlsx", Workbooks.FromCsv(csv))));
        var html = await response.Content.ReadAsStringAsync();

        PageHtml.Verdicts(html).ShouldHaveSingleItem().ShouldStartWith(
            Library.Validate(csv, "x.csv").Verdict == ValidationVerdict.Valid ? "Non valide : lisible, mais pas au format standard" : "Non valide : le contenu a des erreurs");
        PageHtml.Downloads(html)[0].Content.ShouldBe(csv);
    }

    [Fact]
    public async Task Post_ConventionTotem_ReachesTheConversion()
    {
        var xml = TestFiles.Bytes(TestFiles.BocenoBpXml);

        using var response = await app.Client.PostAsync("/", Form([("convention", "totem")], ("b.xml", xml)));
        var html = await response.Content.ReadAsStringAsync();

        PageHtml.Downloads(html)[0].Content.ShouldNotBe(Library.ConvertedCsv(xml));
        html.ShouldContain("id=\"convention-totem\" name=\"convention\" value=\"totem\" checked");
    }

    [Fact]
    public async Task Post_NoFile_Is400WithTheFormAndAMessage()
    {
        using var response = await app.Client.PostAsync("/", Form([("schemaVersion", "0.8.3")]));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("<p class=\"error\" role=\"alert\">Choisissez au moins un fichier à vérifier.</p>");
        html.ShouldContain("<form id=\"upload-form\"");
    }

    [Fact]
    public async Task Post_NotAForm_Is415WithTheForm()
    {
        using var response = await app.Client.PostAsync("/", new StringContent("x", Encoding.UTF8, "text/plain"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("<form id=\"upload-form\"");
    }

    [Fact]
    public async Task Post_TooManyFiles_Is400()
    {
        await using var small = await TestApp.StartAsync("Scdl:MaxFilesPerPage=2");
        var csv = TestFiles.Bytes(TestFiles.BocenoBpCsv);

        using var response = await small.Client.PostAsync("/", Form(("a.csv", csv), ("b.csv", csv), ("c.csv", csv)));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Donnez au plus 2 fichiers à la fois.");
    }

    [Fact]
    public async Task Post_TooLarge_Is413WithTheForm()
    {
        await using var small = await TestApp.StartAsync("Scdl:MaxUploadBytes=5000");
        var csv = TestFiles.Bytes(TestFiles.BocenoBpCsv);

        using var response = await small.Client.PostAsync("/", Form(("a.csv", csv), ("b.csv", csv)));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        html.ShouldContain("Les fichiers sont trop volumineux : 4 ko au plus en tout.");
    }

    [Fact]
    public async Task Post_BadOption_Is400WithTheAllowedValues()
    {
        using var response = await app.Client.PostAsync("/", Form([("schemaVersion", "9.9")], ("a.csv", TestFiles.Bytes(TestFiles.BocenoBpCsv))));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("« 9.9 » n&#39;est pas une valeur permise de schemaVersion");
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files) => Form([], files);

    private static MultipartFormDataContent Form((string Name, string Value)[] fields, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }
}
