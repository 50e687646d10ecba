using Microsoft.Playwright;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Tests.Support;
using Xunit.Abstractions;

namespace Scdl.Budget.Web.Tests.Browser;

/// <summary>
/// The page in a real browser, used as people use it: choose a file, press the button, read the verdict and the report,
/// download the standard CSV. Each result page is kept as a screenshot (the path is printed).
/// </summary>
[Trait("Category", "Browser")]
public sealed class PageInBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Totem_ShowsTheVerdict_AndDownloadsTheLibrarysCsv()
    {
        var (page, outside, errors) = await OpenAsync();

        await page.GotoAsync(fixture.Server.Address.ToString());
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("fr");
        await page.GetByLabel("Fichiers à vérifier").SetInputFilesAsync(TestFiles.PathOf(TestFiles.BocenoBpXml));
        (await page.Locator("#file-list li").InnerTextAsync()).ShouldBe("crach-lotissement-boceno-bp2022.totem.xml");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier", Exact = true }).ClickAsync();

        var verdict = page.Locator("#resultats .verdict");
        await verdict.WaitForAsync();
        var converted = Library.ConvertedCsv(TestFiles.Bytes(TestFiles.BocenoBpXml));
        var valid = Library.Validate(converted, "x.csv").IsValid;
        (await verdict.InnerTextAsync()).ShouldContain(valid ? "Converti : le fichier CSV écrit est au format standard et sans erreur." : "Converti, mais");
        (await page.FrameLocator("iframe.report").Locator("body").InnerTextAsync()).ShouldContain("crach-lotissement-boceno-bp2022");
        (await DownloadAsync(page, "a.download.csv", "crach-lotissement-boceno-bp2022.csv")).ShouldBe(converted);
        await ScreenshotAsync(page, "totem-result.png");
        outside.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task InvalidCsv_ShowsTheVerdictAFinding_AndDownloadsTheStandardCsv()
    {
        var csv = TestFiles.Bytes(TestFiles.BocenoBpCsv);
        var library = Library.Validate(csv, "x.csv");
        library.Verdict.ShouldBe(ValidationVerdict.Invalid);
        var finding = library.Findings.Groups.First(g => g.Severity == FindingSeverity.Error).Finding;
        var (page, outside, errors) = await OpenAsync();

        await page.GotoAsync(fixture.Server.Address.ToString());
        await page.GetByLabel("Fichiers à vérifier").SetInputFilesAsync(TestFiles.PathOf(TestFiles.BocenoBpCsv));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier", Exact = true }).ClickAsync();

        var verdict = page.Locator("#resultats .verdict");
        await verdict.WaitForAsync();
        (await verdict.InnerTextAsync()).ShouldContain("Non valide : le contenu a des erreurs à corriger avant publication");
        var report = await page.FrameLocator("iframe.report").Locator("body").InnerTextAsync();
        report.ShouldContain(finding.Code);
        report.ShouldContain(finding.GetMessage(Library.French));
        (await DownloadAsync(page, "a.download.csv", "crach-lotissement-boceno-bp2022.yatotem2scdl.normalized.csv")).ShouldBe(Library.NormalizedCsv(csv));
        await ScreenshotAsync(page, "invalid-csv-result.png");
        outside.ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task WithoutJavaScript_ThePlainFormPostGivesTheSameResult()
    {
        var (page, outside, _) = await OpenAsync();
        var cdp = await fixture.Browser.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setScriptExecutionDisabled", new Dictionary<string, object> { ["value"] = true });

        await page.GotoAsync(fixture.Server.Address + "?lang=en");
        await page.GetByLabel("Files to check").SetInputFilesAsync([TestFiles.PathOf(TestFiles.BocenoBpXml), TestFiles.PathOf(TestFiles.BocenoBpCsv)]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        // The answer's own elements, not the page's load event: that one also waits for the report's frame, which a loaded
        // machine can take long to lay out (seen once in CI).
        await page.WaitForURLAsync(url => url.EndsWith("#resultats", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#resultats .verdict").Nth(1).WaitForAsync();
        var verdicts = await page.Locator("#resultats .verdict").AllInnerTextsAsync();
        verdicts.Count.ShouldBe(2);
        verdicts[0].ShouldContain("Converted");
        verdicts[1].ShouldContain("Not valid: the content has errors");
        (await DownloadAsync(page, "a.download.csv >> nth=0", "crach-lotissement-boceno-bp2022.csv")).ShouldBe(Library.ConvertedCsv(TestFiles.Bytes(TestFiles.BocenoBpXml)));
        await ScreenshotAsync(page, "without-javascript-result.png");
        outside.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_ReachesTheSkipLinkTheFilesAndTheButton()
    {
        var (page, _, _) = await OpenAsync();
        await page.GotoAsync(fixture.Server.Address.ToString());

        var focused = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id || e.className || e.tagName; }"));
        }

        focused[0].ShouldBe("skip");
        focused.ShouldContain("files");
        focused.IndexOf("files").ShouldBeLessThan(focused.IndexOf("BUTTON"));
    }

    /// <summary>Opens a page that records every request to another address than the server's, and every console error.</summary>
    private async Task<(IPage Page, List<string> Outside, List<string> Errors)> OpenAsync()
    {
        var page = await fixture.Browser.NewPageAsync();
        var outside = new List<string>();
        var errors = new List<string>();
        var server = fixture.Server.Address.ToString();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal) && request.Url != "about:srcdoc")
            {
                outside.Add(request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return (page, outside, errors);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string selector, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        download.SuggestedFilename.ShouldBe(expectedName);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Artifacts.Directory("screenshots"), name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
        output.WriteLine("Screenshot of the result page: " + path);
    }
}
