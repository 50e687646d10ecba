using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Scdl.Budget.Cli.Tests.Support;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Reports;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Tests.Docs;

/// <summary>Every JSON the tool prints or writes, and every JSON report of the library, matches <c>docs/report.schema.json</c>.</summary>
public sealed class JsonSchemaTests
{
    private const string Csv = "crach-lotissement-boceno-bp2022.yatotem2scdl.csv";
    private const string Morbihan = "morbihan-departement-ca2021.yatotem2scdl.csv";
    private const string Totem = "crach-lotissement-boceno-bp2022.totem.xml";
    private const string Broken = "invalid-no-budget-element.totem.xml";
    private static readonly ReportOptions English = new() { Culture = CultureInfo.GetCultureInfo("en") };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(GettingStartedTests.RepositoryRoot(), "docs", "report.schema.json"))));

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "validate", Tool.Path(Csv), "--format", "json" },
        new[] { "validate", Tool.Path(Morbihan), "--format", "json", "--tolerant", "--convention", "totem", "--max-findings", "2" },
        new[] { "validate", Tool.Path(string.Empty), Tool.Path("missing.csv"), "--format", "json", "--lang", "fr" },
        new[] { "summary", Tool.Path(Csv), "--format", "json" },
        new[] { "summary", Tool.Path(Csv), Tool.Path(Morbihan), "--format", "json", "--tolerant", "--convention", "totem" },
        new[] { "convert", Tool.Path(Totem), "-o", Tool.Path("out/b.csv"), "--format", "json" },
        new[] { "convert", Tool.Path(Broken), "-o", Tool.Path("out/x.csv"), "--format", "json" },
        new[] { "normalize", Tool.Path(Morbihan), "-o", Tool.Path("out/m.csv"), "--format", "json", "--convention", "totem" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ToolOutput_MatchesTheSchema(string[] args)
    {
        var fileSystem = Tool.WithTestData(Csv, Morbihan, Totem, Broken);

        var result = await Tool.RunAsync(fileSystem, args);

        ShouldMatchSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("summary")]
    [InlineData("normalize")]
    public async Task WorkbookOutput_MatchesTheSchema(string command)
    {
        var fileSystem = Tool.WithTestData(Morbihan);
        var workbook = Scdl.Budget.Spreadsheets.Tests.Support.Workbooks.FromCsv(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", Morbihan)));
        fileSystem.AddFile(Tool.Path("morbihan.xlsx"), new System.IO.Abstractions.TestingHelpers.MockFileData(workbook));

        var result = await Tool.RunAsync(fileSystem, command, Tool.Path("morbihan.xlsx"), Tool.Path(Morbihan), "--format", "json", "--convention", "totem", "--max-findings", "5");

        ShouldMatchSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("files").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("validate", "--output")]
    [InlineData("summary", "--output")]
    [InlineData("convert", "--report")]
    [InlineData("normalize", "--report")]
    public async Task ReportFile_IsWhatTheScreenShows(string command, string option)
    {
        var input = command == "convert" ? Totem : Csv;
        var extra = command is "convert" or "normalize" ? new[] { "-o", Tool.Path("out/data.csv"), "--force" } : [];
        var fileSystem = Tool.WithTestData(input);

        var screen = await Tool.RunAsync(fileSystem, [command, Tool.Path(input), "--format", "json", .. extra]);
        var file = await Tool.RunAsync(fileSystem, [command, Tool.Path(input), "--format", "json", option, Tool.Path("report.json"), .. extra]);

        var written = fileSystem.File.ReadAllText(Tool.Path("report.json"));
        ShouldMatchSchema(written);
        ShouldMatchSchema(file.Out);
        written.ShouldBe(screen.Out.TrimEnd('\n'));
    }

    [Fact]
    public void LibraryReports_MatchTheSchema()
    {
        var fileSystem = Tool.WithTestData(Csv, Morbihan, Totem);
        var validator = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters, RuleGroups = ValidationRuleGroups.All });
        var validation = validator.Validate(fileSystem, Tool.Path(Csv));
        var unreadable = validator.Validate(new MemoryStream([0, 1, 2, 0, 255]), "binary.csv");
        var conversion = TotemConverter.ConvertFile(fileSystem, Tool.Path(Totem), Tool.Path("b.csv"));
        var normalization = BudgetNormalizer.Normalize(fileSystem, Tool.Path(Morbihan), Tool.Path("m.csv"));
        var analysed = new BudgetValidator(validator.Options with { Analysis = Budget.Analysis.AnalysisOptions.Default, Reader = BudgetCsvReaderOptions.Tolerant with { ColumnConvention = ColumnConvention.TotemConverters } })
            .Validate(fileSystem, Tool.Path(Morbihan));
        var withDebt = conversion.ToReport(Totem, "b.csv", new BudgetValidator(validator.Options with { Analysis = conversion.GetAnalysisOptions() }).Validate(fileSystem, Tool.Path("b.csv")));

        foreach (var write in new Action<Utf8JsonWriter>[]
        {
            w => JsonReport.Write(w, validation, English),
            w => JsonReport.Write(w, unreadable, English),
            w => JsonReport.WriteSummary(w, validation, English),
            w => JsonReport.Write(w, analysed, English),
            w => JsonReport.WriteSummary(w, analysed, English),
            w => JsonReport.Write(w, analysed.Analysis!, English),
            w => JsonReport.Write(w, Budget.Analysis.BudgetAnalysis.Combine([analysed.Analysis!, withDebt.Validation!.Analysis!]), English),
            w => JsonReport.Write(w, withDebt, English),
            w => JsonReport.Write(w, conversion.ToReport(Totem, "b.csv", validator.Validate(fileSystem, Tool.Path("b.csv"))), English),
            w => JsonReport.Write(w, conversion.ToReport(Totem, "b.csv"), English),
            w => JsonReport.Write(w, new NormalizationReport { Source = Morbihan, Output = "m.csv", Normalization = normalization, Validation = validator.Validate(fileSystem, Tool.Path("m.csv")) }, English),
        })
        {
            using var stream = new MemoryStream();
            using (var writer = JsonReport.CreateWriter(stream, English))
            {
                write(writer);
            }

            ShouldMatchSchema(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    [Fact]
    public async Task ToolOutput_SeveralFilesTogether_MatchesTheSchema()
    {
        string[] crach = ["crach-budget-principal-bp2022.totem.xml", "crach-budget-principal-dm2-2021.totem.xml", "crach-budget-principal-ca2021.totem.xml"];
        var fileSystem = Tool.WithTestData(crach);
        await Tool.RunAsync(fileSystem, ["convert", .. crach.Select(Tool.Path), "-o", Tool.Path("csv"), "--quiet"]);

        var result = await Tool.RunAsync(fileSystem, "summary", Tool.Path("csv"), "--format", "json");

        ShouldMatchSchema(result.Out);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("together").GetProperty("votedVsRealised").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Schema_RejectsWhatItDoesNotDescribe()
    {
        using var document = JsonDocument.Parse("""{ "kind": "validation", "valid": true }""");
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.ShouldBeFalse();
    }

    private static void ShouldMatchSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .Take(10);
        result.IsValid.ShouldBeTrue(string.Join("\n", errors) + "\n" + json[..Math.Min(json.Length, 2000)]);
    }
}
