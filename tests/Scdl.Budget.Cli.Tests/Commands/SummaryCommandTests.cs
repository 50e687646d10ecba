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
}
