using System.IO.Abstractions.TestingHelpers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scdl.Budget.Cli.Tests.Support;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class NormalizeCommandTests
{
    private static readonly string Messy =
        "bgt_natdec;bgt_annee;bgt_siret;bgt_nom;bgt_contnat;bgt_contnat_label;bgt_nature;bgt_nature_label;bgt_fonction;bgt_fonction_label;bgt_operation;bgt_section;bgt_opbudg;bgt_codrd;bgt_mtreal;bgt_mtbudgprec;bgt_mtrarprec;bgt_mtpropnouv;bgt_mtprev;bgt_credouv;bgt_mtrar3112;bgt_artspe\r\n"
        + "Budget primitif;2022;21560046100085;CRACH;60611;Eau et assainissement;011;Charges à caractère général;;;;Fonctionnement;Reel;Depense;;;;;1500,50;;;non spécialisé\r\n";

    [Fact]
    public async Task Normalize_MessyFile_WritesTheCanonicalFileAndListsTheChanges()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("messy.csv"), new MockFileData(Encoding.Latin1.GetBytes(Messy)));

        var result = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("messy.csv"), "-o", Tool.Path("clean.csv"));

        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldContain("BGT_NATDEC: 'Budget primitif' → 'budget primitif' (line 2)");
        result.Out.ShouldContain("separator ';'");
        result.Out.ShouldContain("  separator: ';' → ','");
        result.Out.ShouldContain("  encoding: 'windows-1252' → 'utf-8'");
        var record = BudgetCsv.Read(fileSystem, Tool.Path("clean.csv")).Single();
        record.Findings.ShouldBeEmpty();
        record.Line!.MontantVote.ShouldBe(1500.50m);
        fileSystem.File.ReadAllText(Tool.Path("messy.csv"), Encoding.Latin1).ShouldBe(Messy, "the input is never touched");
    }

    [Fact]
    public async Task Normalize_DefaultOutput_IsBesideTheInput()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("messy.csv"), new MockFileData(Encoding.Latin1.GetBytes(Messy)));

        var result = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("messy.csv"), "--format", "json");

        result.ExitCode.ShouldBe(0);
        fileSystem.File.Exists(Tool.Path("messy.normalized.csv")).ShouldBeTrue();
        using var json = JsonDocument.Parse(result.Out);
        var normalization = json.RootElement.GetProperty("files")[0].GetProperty("report");
        normalization.GetProperty("kind").GetString().ShouldBe("normalization");
        normalization.GetProperty("dialect").GetProperty("separator").GetString().ShouldBe(";");
        normalization.GetProperty("dialectChanges").EnumerateArray().Select(c => c.GetProperty("aspect").GetString()).ShouldContain("separator");
        normalization.GetProperty("changeCount").GetInt64().ShouldBeGreaterThan(5);
    }

    [Fact]
    public async Task Normalize_RealFile_LeavesWhatItCannotFixToTheReport()
    {
        var fileSystem = Tool.WithTestData("crach-lotissement-boceno-bp2022.yatotem2scdl.csv");

        var result = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("crach-lotissement-boceno-bp2022.yatotem2scdl.csv"), "--convention", "totem");

        result.ExitCode.ShouldBe(1, "empty chapters and sections cannot be guessed by normalisation");
        result.Out.ShouldContain("'Budget primitif' → 'budget primitif'");
        result.Out.ShouldContain("SCDL201");
    }

    [Fact]
    public async Task Validate_BothModes_ReadTheMessyFile_AndNeitherCallsItValid()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("messy.csv"), new MockFileData(Encoding.Latin1.GetBytes(Messy)));

        var strict = await Tool.RunAsync(fileSystem, "validate", Tool.Path("messy.csv"), "--no-plan", "--format", "json");
        var tolerant = await Tool.RunAsync(fileSystem, "validate", Tool.Path("messy.csv"), "--no-plan", "--tolerant", "--format", "json");

        strict.ExitCode.ShouldBe(1, "the header is there, in another dialect and case: a diagnosis, not an unreadable file");
        tolerant.ExitCode.ShouldBe(1, "the content is right, but the file is not in the standard format");
        foreach (var run in new[] { strict, tolerant })
        {
            using var json = JsonDocument.Parse(run.Out);
            var report = json.RootElement.GetProperty("files")[0].GetProperty("report");
            report.GetProperty("stats").GetProperty("rows").GetInt64().ShouldBe(1);
            run.Out.ShouldContain("SCDL600");
            run.Out.ShouldContain("SCDL601");
            run.Out.ShouldContain("SCDL603");
        }

        strict.Out.ShouldContain("SCDL202");
        tolerant.Out.ShouldContain("SCDL604");
        tolerant.Out.ShouldNotContain("SCDL202");
    }

    [Theory]
    [InlineData("messy")]
    [InlineData("morbihan-departement-ca2021.yatotem2scdl.csv")]
    public async Task Normalize_ReportsOnItsOutputWhatValidateReports(string input)
    {
        var fileSystem = input == "messy" ? new MockFileSystem() : Tool.WithTestData(input);
        if (input == "messy")
        {
            fileSystem.AddFile(Tool.Path(input), new MockFileData(Encoding.Latin1.GetBytes(Messy)));
        }

        var normalize = await Tool.RunAsync(fileSystem, "normalize", Tool.Path(input), "-o", Tool.Path("out.csv"), "--format", "json", "--convention", "totem");
        var validate = await Tool.RunAsync(fileSystem, "validate", Tool.Path("out.csv"), "--format", "json", "--convention", "totem");

        using var normalized = JsonDocument.Parse(normalize.Out);
        using var validated = JsonDocument.Parse(validate.Out);
        var ofNormalize = normalized.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("validation");
        var ofValidate = validated.RootElement.GetProperty("files")[0].GetProperty("report");
        JsonNode.DeepEquals(JsonNode.Parse(ofNormalize.GetRawText()), JsonNode.Parse(ofValidate.GetRawText())).ShouldBeTrue();
        normalize.ExitCode.ShouldBe(validate.ExitCode);
    }
}
