using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class SummaryCommandTests
{
    private const string Budget =
        "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE\n"
        + "budget primitif,2022,21560046100085,CRACH,60611,Eau et assainissement,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,1500.50,,,non spécialisé\n"
        + "budget primitif,2022,21560046100085,CRACH,6411,Personnel titulaire,012,Charges de personnel et frais assimilés,,,,fonctionnement,réel,dépense,,,,,8000,,,non spécialisé\n"
        + "budget primitif,2022,21560046100085,CRACH,7311,Contributions directes,73,Impôts et taxes,,,,fonctionnement,réel,recette,,,,,9500.50,,,non spécialisé\n";

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Summary_Text_IsApproved(string lang)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("bp.csv"), new MockFileData(Budget));

        var result = await Tool.RunAsync(fileSystem, "summary", Tool.Path("bp.csv"), "--lang", lang, "--no-plan");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldMatchApproved(c => c.WithDiscriminator(lang).NoDiff());
    }

    [Fact]
    public async Task Summary_Json_GivesTheTotalsAndChecks()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("bp.csv"), new MockFileData(Budget));

        var result = await Tool.RunAsync(fileSystem, "summary", Tool.Path("bp.csv"), "--format", "json", "--no-plan");

        using var json = JsonDocument.Parse(result.Out);
        var document = json.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("summary").GetProperty("documents")[0];
        document.GetProperty("year").GetInt32().ShouldBe(2022);
        var totals = document.GetProperty("totals").EnumerateArray().ToList();
        decimal Total(string direction) => totals
            .Where(t => t.GetProperty("direction").GetString() == direction && t.GetProperty("section").GetString() == "fonctionnement")
            .Sum(t => t.GetProperty("amount").GetDecimal());
        Total("dépense").ShouldBe(9500.50m);
        Total("recette").ShouldBe(9500.50m);
        document.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("kind").GetString() == "fonctionnement-balance")
            .GetProperty("holds").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Summary_Html_DrawsTheCharts()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("bp.csv"), new MockFileData(Budget));

        var result = await Tool.RunAsync(fileSystem, "summary", Tool.Path("bp.csv"), "--format", "html", "-o", Tool.Path("bp.html"), "--lang", "fr", "--no-plan");

        result.ExitCode.ShouldBe(0);
        var html = fileSystem.File.ReadAllText(Tool.Path("bp.html"));
        html.ShouldContain("012 Charges de personnel");
        html.ShouldContain("73 Impôts et taxes");
        html.ShouldContain("✓ équilibré");
    }

    /// <summary>The shared Crach documents of the budget principal: budget primitif 2022, décision modificative 2 of 2021, compte administratif 2021.</summary>
    private static readonly string[] Crach = ["crach-budget-principal-bp2022.totem.xml", "crach-budget-principal-dm2-2021.totem.xml", "crach-budget-principal-ca2021.totem.xml"];

    /// <summary>Converts the Crach TOTEM files to SCDL CSV in <c>csv/</c>, as a user would before <c>summary</c>.</summary>
    private static async Task<(MockFileSystem FileSystem, string[] Csv)> CrachCsvAsync()
    {
        var fileSystem = Tool.WithTestData(Crach);
        var conversion = await Tool.RunAsync(fileSystem, ["convert", .. Crach.Select(Tool.Path), "-o", Tool.Path("csv"), "--quiet"]);
        conversion.ExitCode.ShouldBeLessThan(2, conversion.Error);
        return (fileSystem, [.. Crach.Select(f => Tool.Path("csv/" + f.Replace(".totem.xml", ".csv", StringComparison.Ordinal)))]);
    }

    [Fact]
    public async Task Summary_SeveralFiles_Text_LinesUpTheDocuments()
    {
        var (fileSystem, csv) = await CrachCsvAsync();

        var result = await Tool.RunAsync(fileSystem, ["summary", .. csv, "--lang", "fr"]);

        var text = result.Out;
        text.ShouldContain("Analyse budgétaire — CRACH, budget primitif 2022");
        var side = text.IndexOf("Documents côte à côte", StringComparison.Ordinal);
        side.ShouldBeGreaterThan(text.LastIndexOf("Analyse budgétaire — ", StringComparison.Ordinal));
        text.ShouldContain("budget voté (décision modificative, budget voté à ce jour) et réalisé (compte administratif) en 2021", Case.Sensitive);
        text.ShouldContain("Épargne brute : voté 408 895,11, réalisé 772 998,44, écart +364 103,33");
        text.ShouldContain("voté 2021 (décision modificative) et 2022 (budget primitif)");
        text.ShouldContain("Épargne brute : 408 895,11 → 565 426,00, évolution +156 530,89 (+38,3 %)");
        text.IndexOf("3 fichiers", StringComparison.Ordinal).ShouldBeGreaterThan(side);
    }

    [Fact]
    public async Task Summary_SeveralFiles_Json_HasThemTogether()
    {
        var (fileSystem, csv) = await CrachCsvAsync();

        var result = await Tool.RunAsync(fileSystem, ["summary", .. csv, "--format", "json"]);

        using var json = JsonDocument.Parse(result.Out);
        var together = json.RootElement.GetProperty("together");
        together.GetProperty("kind").GetString().ShouldBe("analysis");
        together.GetProperty("documents").GetArrayLength().ShouldBe(3);
        var voted = together.GetProperty("votedVsRealised").EnumerateArray().ShouldHaveSingleItem();
        voted.GetProperty("year").GetInt32().ShouldBe(2021);
        var brute = voted.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "epargneBrute");
        (brute.GetProperty("voted").GetProperty("value").GetDecimal(), brute.GetProperty("realised").GetProperty("value").GetDecimal()).ShouldBe((408895.11m, 772998.44m));
        var evolution = together.GetProperty("evolutions").EnumerateArray().ShouldHaveSingleItem();
        (evolution.GetProperty("previousYear").GetInt32(), evolution.GetProperty("year").GetInt32(), evolution.GetProperty("realised").GetBoolean()).ShouldBe((2021, 2022, false));
    }

    [Fact]
    public async Task Summary_SeveralFiles_Html_WritesThePageOfThemTogether()
    {
        var (fileSystem, csv) = await CrachCsvAsync();

        var result = await Tool.RunAsync(fileSystem, ["summary", .. csv, "--format", "html", "-o", Tool.Path("reports"), "--lang", "fr"]);

        result.ExitCode.ShouldBeLessThan(2, result.Error);
        var page = fileSystem.Path.Combine(Tool.Path("reports"), "side-by-side.report.html");
        result.Out.ShouldContain("Documents côte à côte → " + page);
        var html = fileSystem.File.ReadAllText(page);
        html.ShouldContain("<h1>Analyse budgétaire de plusieurs documents</h1>");
        html.ShouldContain(">Documents côte à côte</h2>");
        html.ShouldContain("role=\"img\" aria-labelledby=\"analysis-vr-0-title analysis-vr-0-desc\"");
        html.ShouldContain("role=\"img\" aria-labelledby=\"analysis-ev-1-title analysis-ev-1-desc\"");
        html.ShouldContain("Épargne brute : 2021 408 895,11 €, 2022 565 426,00 €");
        fileSystem.File.ReadAllText(fileSystem.Path.Combine(Tool.Path("reports"), "crach-budget-principal-ca2021.report.html")).ShouldContain("class=\"analysis\"");
    }

    [Fact]
    public async Task Summary_OneFile_HasNoSideBySideOfItsOwn()
    {
        var (fileSystem, csv) = await CrachCsvAsync();

        var result = await Tool.RunAsync(fileSystem, "summary", csv[2], "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.TryGetProperty("together", out _).ShouldBeFalse();
        json.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("analysis").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Summary_OneFileOfSeveralDocuments_LinesThemUpInItsOwnReport()
    {
        var (fileSystem, csv) = await CrachCsvAsync();
        var lines = csv.SelectMany((path, i) => fileSystem.File.ReadAllLines(path).Skip(i == 0 ? 0 : 1));
        fileSystem.File.WriteAllText(Tool.Path("crach.csv"), string.Join("\n", lines) + "\n");

        var text = await Tool.RunAsync(fileSystem, "summary", Tool.Path("crach.csv"), "--lang", "fr");
        var json = await Tool.RunAsync(fileSystem, "summary", Tool.Path("crach.csv"), "--format", "json");
        var html = await Tool.RunAsync(fileSystem, "summary", Tool.Path("crach.csv"), "--format", "html", "--lang", "fr");

        text.Out.ShouldContain("Épargne brute : voté 408\u202f895,11, réalisé 772\u202f998,44, écart +364\u202f103,33");
        using var document = JsonDocument.Parse(json.Out);
        document.RootElement.TryGetProperty("together", out _).ShouldBeFalse();
        var analysis = document.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("analysis");
        (analysis.GetProperty("documents").GetArrayLength(), analysis.GetProperty("votedVsRealised").GetArrayLength(), analysis.GetProperty("evolutions").GetArrayLength()).ShouldBe((3, 1, 1));
        html.Out.ShouldContain(">Documents côte à côte</h2>");
        html.Out.ShouldContain("aria-labelledby=\"analysis-ev-1-title analysis-ev-1-desc\"");
    }
}
