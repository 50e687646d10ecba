using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scdl.Budget.Cli.Tests.Support;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class ConvertCommandTests
{
    private const string Totem = "crach-lotissement-boceno-bp2022.totem.xml";
    private const string Broken = "invalid-no-budget-element.totem.xml";
    private const string Mohon = "mohon-cfu2023.cfu.xml";

    [Fact]
    public async Task Convert_RealTotem_WritesAValidCsvAndExitsWith0()
    {
        var fileSystem = Tool.WithTestData(Totem);
        var csv = Tool.Path("out/boceno.csv");

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", csv);

        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        var records = BudgetCsv.Read(fileSystem, csv).ToList();
        records.Count.ShouldBe(21);
        records.ShouldAllBe(r => r.Line != null && r.Findings.Count == 0);
        result.Out.ShouldMatchApproved(c => c.NoDiff());
    }

    [Fact]
    public async Task Convert_WithoutOutput_WritesBesideTheInput()
    {
        var fileSystem = Tool.WithTestData(Totem);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "--quiet");

        result.ExitCode.ShouldBe(0);
        fileSystem.File.Exists(Tool.Path("crach-lotissement-boceno-bp2022.csv")).ShouldBeTrue();
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Convert_ExistingCsv_IsRefusedWithoutForce_AndReplacedWithIt()
    {
        var fileSystem = Tool.WithTestData(Totem);
        var csv = Tool.Path("boceno.csv");
        fileSystem.AddFile(csv, new MockFileData("old"));

        var refused = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", csv);
        fileSystem.File.ReadAllText(csv).ShouldBe("old");
        var forced = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", csv, "--force");

        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("--force");
        forced.ExitCode.ShouldBe(0);
        fileSystem.File.ReadAllText(csv).ShouldStartWith("BGT_NATDEC,");
    }

    [Fact]
    public async Task Convert_BrokenTotem_ExitsWith2AndLeavesNoFile()
    {
        var fileSystem = Tool.WithTestData(Broken);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Broken), "-o", Tool.Path("x.csv"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(Broken);
        fileSystem.AllFiles.ShouldBe([Tool.Path(Broken)]);
    }

    [Fact]
    public async Task Convert_DirectoryWithOneBrokenFile_ConvertsTheOthers()
    {
        var fileSystem = Tool.WithTestData(Totem, Broken, "crach-budget-principal-ca2021.totem.xml");
        var output = Tool.Path("csv");

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(string.Empty), "-o", output, "--format", "json");

        result.ExitCode.ShouldBe(2);
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(3);
        files.Count(f => f.GetProperty("exitCode").GetInt32() == 0).ShouldBe(2);
        files.Single(f => f.GetProperty("exitCode").GetInt32() == 2).GetProperty("path").GetString().ShouldEndWith(Broken);
        fileSystem.Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["crach-budget-principal-ca2021.csv", "crach-lotissement-boceno-bp2022.csv"]);
    }

    [Fact]
    public async Task Convert_HtmlReport_IsWrittenWithTheBudgetCharts()
    {
        var fileSystem = Tool.WithTestData(Totem);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", Tool.Path("b.csv"), "--report", Tool.Path("b.html"), "--format", "html", "--lang", "fr");

        result.ExitCode.ShouldBe(0);
        var html = fileSystem.File.ReadAllText(Tool.Path("b.html"));
        html.ShouldContain("Valide : prêt à publier");
        html.ShouldContain("<svg");
        html.ShouldContain("Section de fonctionnement équilibrée");
    }

    [Fact]
    public async Task Convert_TotemConvention_PutsTheChapterInContnat()
    {
        var fileSystem = Tool.WithTestData(Totem);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", Tool.Path("b.csv"), "--convention", "totem", "--quiet");

        result.ExitCode.ShouldBe(0);
        var options = BudgetCsvReaderOptions.Default with { ColumnConvention = ColumnConvention.TotemConverters };
        BudgetCsv.Read(fileSystem, Tool.Path("b.csv"), options).First().Line!.ChapterCode.ShouldBe("16");
        fileSystem.File.ReadAllLines(Tool.Path("b.csv"))[1].ShouldContain(",16,Emprunts et dettes assimilées,168748,");
    }

    [Fact]
    public async Task Convert_MissingPlansDirectory_IsAUsageError()
    {
        var fileSystem = Tool.WithTestData(Totem);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "--plans", Tool.Path("nope"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("nope");
    }

    [Fact]
    public async Task Convert_ReportsOnItsCsvWhatValidateReports()
    {
        // The Mohon CFU uses accounts 6061, 6062 and 6063, deleted from the 2023 plan: validate warns, so must convert.
        var fileSystem = Tool.WithTestData(Mohon);
        var csv = Tool.Path("mohon.csv");

        var convert = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Mohon), "-o", csv, "--format", "json");
        var validate = await Tool.RunAsync(fileSystem, "validate", csv, "--format", "json");

        using var converted = JsonDocument.Parse(convert.Out);
        using var validated = JsonDocument.Parse(validate.Out);
        var ofConvert = converted.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("validation");
        var ofValidate = validated.RootElement.GetProperty("files")[0].GetProperty("report");

        // The same report, plus the analysis that only the conversion can complete: the debt of the loans annex.
        var withoutAnalysis = JsonNode.Parse(ofConvert.GetRawText())!.AsObject();
        withoutAnalysis.Remove("analysis").ShouldBeTrue();
        JsonNode.DeepEquals(withoutAnalysis, JsonNode.Parse(ofValidate.GetRawText())).ShouldBeTrue();
        var epargne = ofConvert.GetProperty("analysis").GetProperty("documents")[0].GetProperty("epargne");
        epargne.GetProperty("encoursDeLaDette").GetProperty("value").GetDecimal().ShouldBe(249941.48m);
        var brute = epargne.GetProperty("epargneBrute").GetProperty("value").GetDecimal();
        epargne.GetProperty("capaciteDeDesendettement").GetProperty("value").GetDecimal().ShouldBe(Math.Round(249941.48m / brute, 2, MidpointRounding.AwayFromZero));
        ofConvert.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("code").GetString() == FindingCodes.DeletedAccount)
            .Select(e => e.GetProperty("cell").GetString())
            .ShouldBe(["6061", "6062", "6063"], ignoreOrder: true);
        ofConvert.GetProperty("stats").GetProperty("warnings").GetInt64().ShouldBeGreaterThan(0);
        convert.ExitCode.ShouldBe(validate.ExitCode);
    }

    [Fact]
    public async Task Convert_Text_ShowsTheCapaciteDeDesendettementFromTheLoansAnnex()
    {
        var fileSystem = Tool.WithTestData(Mohon);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Mohon), "-o", Tool.Path("mohon.csv"), "--lang", "fr");

        result.Out.ShouldContain("Analyse budgétaire — ");
        result.Out.ShouldMatch(@"Encours de la dette au 31 décembre\s+249 941,48");
        result.Out.ShouldMatch(@"Capacité de désendettement\s+1,11 an\n");
    }

    [Fact]
    public async Task Convert_Text_ListsTheConversionThenTheValidationOfTheCsv()
    {
        var fileSystem = Tool.WithTestData(Mohon);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Mohon), "-o", Tool.Path("mohon.csv"), "--lang", "fr");

        result.Out.ShouldContain("mohon-cfu2023.cfu.xml → /work/data/mohon.csv : 163 lignes budgétaires lues, 633 lignes calculées ignorées, 163 lignes écrites");
        result.Out.ShouldContain("La conversion a trouvé 0 erreur, 1 avertissement, 5 informations (lignes du fichier XML) :");
        result.Out.ShouldContain("Validation de mohon.csv selon scdl/budget 0.8.3 : ");
        result.Out.ShouldContain("SCDL410 ");
    }
}
