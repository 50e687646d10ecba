using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using Scdl.Budget.Cli.Tests.Support;
using Scdl.Budget.Spreadsheets.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

/// <summary>
/// <c>.xlsx</c> workbooks given to <c>validate</c>, <c>normalize</c> and <c>summary</c>, alone, among CSV files and in
/// directories: made in the tests from the real CSVs of the core's test data (TestData/scdl-csv, see their .source.txt).
/// </summary>
public sealed class SpreadsheetInputTests
{
    private const string Boceno = "crach-lotissement-boceno-bp2022.yatotem2scdl.csv";
    private const string NoHeader = "crach-budget-principal-bp2022.megalis-xsl.noheader.csv";

    public static TheoryData<string> RealFiles =>
    [
        NoHeader, "crach-budget-principal-ca2021.yatotem2scdl.csv", "crach-budget-principal-dm2-2021.yatotem2scdl.csv",
        Boceno, "crach-lotissement-boceno-ca2021.yatotem2scdl.csv", "crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv",
        "mohon-cfu2023.yatotem2scdl.csv", "morbihan-departement-ca2021.yatotem2scdl.csv", "saint-malo-agglo-transport-bp2022.yatotem2scdl.csv",
    ];

    private static byte[] Csv(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", name));

    private static byte[] Workbook(string name, string sheet = "Budget") =>
        Workbooks.FromCsv(System.Text.Encoding.UTF8.GetString(Csv(name)), hasHeader: name != NoHeader, sheet);

    /// <summary>A file system holding the real CSV <paramref name="name"/> and the workbook made of it, side by side.</summary>
    private static MockFileSystem Pair(string name, out string csv, out string xlsx)
    {
        var fileSystem = new MockFileSystem();
        csv = Tool.Path("csv/" + name);
        xlsx = Tool.Path("xlsx/" + Path.ChangeExtension(name, ".xlsx"));
        fileSystem.AddFile(csv, new MockFileData(Csv(name)));
        fileSystem.AddFile(xlsx, new MockFileData(Workbook(name)));
        return fileSystem;
    }

    private static string[] HeaderOption(string name) => name == NoHeader ? ["--no-header"] : [];

    private static JsonElement Report(CliResult result, int file = 0)
    {
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("files")[file].GetProperty("report").Clone();
    }

    private static Dictionary<string, long> Codes(JsonElement report) =>
        report.GetProperty("stats").GetProperty("codes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(RealFiles))]
    public async Task Validate_WorkbookOfARealCsv_TheCsvsContentFindings_AndNotInTheStandardFormat(string name)
    {
        var fileSystem = Pair(name, out var csv, out var xlsx);
        string[] options = ["--convention", "totem", "--format", "json", .. HeaderOption(name)];

        var fromCsv = await Tool.RunAsync(fileSystem, ["validate", csv, "--tolerant", .. options]);
        var fromXlsx = await Tool.RunAsync(fileSystem, ["validate", xlsx, .. options]);

        fromXlsx.ExitCode.ShouldBe(1, fromXlsx.Error);
        fromXlsx.Error.ShouldBeEmpty();
        var report = Report(fromXlsx);
        report.GetProperty("verdict").GetString().ShouldBe(Report(fromCsv).GetProperty("verdict").GetString(), "the real files are invalid by their content");
        report.GetProperty("stats").GetProperty("rows").GetInt64().ShouldBe(Report(fromCsv).GetProperty("stats").GetProperty("rows").GetInt64());
        var sheetCodes = Codes(report);
        sheetCodes["SCDL620"].ShouldBe(1, "the file is a workbook, not the standard CSV");
        var csvCodes = Codes(Report(fromCsv));
        foreach (var (code, count) in csvCodes.Where(c => c.Key is not "SCDL104" and not "SCDL105"))
        {
            // The CSV's own departures (its dialect) are not a workbook's; every finding about the content is the same.
            sheetCodes.GetValueOrDefault(code).ShouldBe(count, code);
        }

        sheetCodes.Keys.Except(csvCodes.Keys).ShouldAllBe(code => code.StartsWith("SCDL62", StringComparison.Ordinal), "only the spreadsheet's departures are added");
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public async Task Normalize_WorkbookOfARealCsv_WritesTheStandardCsvTheCsvGives(string name)
    {
        var fileSystem = Pair(name, out var csv, out var xlsx);
        string[] options = ["--convention", "totem", "--format", "json", .. HeaderOption(name)];

        var fromCsv = await Tool.RunAsync(fileSystem, ["normalize", csv, .. options]);
        var fromXlsx = await Tool.RunAsync(fileSystem, ["normalize", xlsx, .. options]);

        fromXlsx.ExitCode.ShouldBe(fromCsv.ExitCode, fromXlsx.Out + fromXlsx.Error);
        var written = Path.ChangeExtension(xlsx, null) + ".normalized.csv";
        fileSystem.File.Exists(written).ShouldBeTrue("normalize names its output by the tool's one rule: STEM.normalized.csv");
        fileSystem.File.ReadAllBytes(written).ShouldBe(fileSystem.File.ReadAllBytes(Path.ChangeExtension(csv, null) + ".normalized.csv"));
        var report = Report(fromXlsx);
        report.GetProperty("kind").GetString().ShouldBe("normalization");
        Report(fromCsv).GetProperty("validation").GetProperty("stats").GetProperty("codes").ToString()
            .ShouldBe(report.GetProperty("validation").GetProperty("stats").GetProperty("codes").ToString(), "the standard CSV written is validated as validate would");
    }

    [Fact]
    public async Task Summary_Workbook_GivesTheTotalsOfTheCsv()
    {
        var fileSystem = Pair(Boceno, out var csv, out var xlsx);

        var fromCsv = await Tool.RunAsync(fileSystem, "summary", csv, "--tolerant", "--convention", "totem", "--format", "json");
        var fromXlsx = await Tool.RunAsync(fileSystem, "summary", xlsx, "--convention", "totem", "--format", "json");

        fromXlsx.ExitCode.ShouldBe(1, fromXlsx.Error);
        Report(fromXlsx).GetProperty("summary").ToString().ShouldBe(Report(fromCsv).GetProperty("summary").ToString());
    }

    [Theory]
    [InlineData("text", "SCDL620")]
    [InlineData("html", "SCDL620")]
    public async Task Validate_Workbook_ReportInEveryFormat(string format, string expected)
    {
        var fileSystem = Pair(Boceno, out _, out var xlsx);

        var result = await Tool.RunAsync(fileSystem, "validate", xlsx, "--format", format, "--lang", "fr");

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain(expected);
        result.Out.ShouldContain("classeur Excel");
    }

    [Fact]
    public async Task Validate_WorkbookNamedCsv_IsRecognisedByItsContent()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("export.csv"), new MockFileData(Workbooks.FromCsv(Tool.Valid)));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("export.csv"), "--format", "json");

        result.ExitCode.ShouldBe(1, result.Error);
        Report(result).GetProperty("verdict").GetString().ShouldBe("not-in-standard-format", "the content is valid, the file is not the standard CSV");
        Codes(Report(result)).ShouldContainKey("SCDL620");
    }

    [Fact]
    public async Task Validate_CsvNamedXlsx_SaysItIsNotAWorkbook()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("budget.xlsx"), new MockFileData(Csv(Boceno)));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("budget.xlsx"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("budget.xlsx");
        result.Error.ShouldContain("not a ZIP package");
    }

    [Fact]
    public async Task Validate_OpenDocumentNamedAnyhow_SaysToSaveItAsXlsx()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("budget.ods"), new MockFileData(Hostile.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("budget.ods"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("OpenDocument (.ods)");
        result.Error.ShouldNotContain("binary data");
    }

    [Fact]
    public async Task Batch_DirectoryAndFiles_TakeWorkbooksAsTheyTakeCsv()
    {
        var fileSystem = new MockFileSystem();
        var directory = Tool.Path("exports");
        fileSystem.AddFile(Path.Combine(directory, "a.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Path.Combine(directory, "b.xlsx"), new MockFileData(Workbook(Boceno)));
        fileSystem.AddFile(Path.Combine(directory, "C.XLSX"), new MockFileData(Workbooks.FromCsv(Tool.Valid)));
        fileSystem.AddFile(Path.Combine(directory, "~$b.xlsx"), new MockFileData(new byte[165])); // the owner file of an open workbook
        fileSystem.AddFile(Path.Combine(directory, "notes.txt"), new MockFileData("not a budget"));
        fileSystem.AddFile(Tool.Path("d.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", directory, Tool.Path("d.csv"), "--format", "json");

        result.ExitCode.ShouldBe(1, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => Path.GetFileName(f.GetProperty("path").GetString())).ShouldBe(["C.XLSX", "a.csv", "b.xlsx", "d.csv"]);
        files.Select(f => f.GetProperty("report").GetProperty("verdict").GetString())
            .ShouldBe(["not-in-standard-format", "valid", "invalid", "valid"]);
    }

    [Fact]
    public async Task Batch_DirectoryWithoutInputs_NamesBothExtensions()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("empty/notes.txt"), new MockFileData("x"));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("empty"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no .csv/.xlsx file in this directory");
    }

    [Fact]
    public async Task Normalize_CsvAndWorkbookOfOneStem_RefusedRatherThanOverwritten()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("budget.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("budget.xlsx"), new MockFileData(Workbooks.FromCsv(Tool.Valid)));

        var result = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("budget.csv"), Tool.Path("budget.xlsx"));

        result.ExitCode.ShouldBe(2, result.Out);
        result.Error.ShouldContain("budget.normalized.csv");
    }

    [Fact]
    public async Task Sheet_ChoosesTheWorksheet_DefaultTheFirstVisible()
    {
        var budget = Workbooks.FromCsv(Tool.Valid, sheetName: "BP 2022");
        var workbook = Workbooks.Build(
            ("Notes", [[XCell.Text("Exported from the finance software")]]),
            ("BP 2022", Rows(Tool.Valid)));
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("budget.xlsx"), new MockFileData(workbook));
        fileSystem.AddFile(Tool.Path("single.xlsx"), new MockFileData(budget));

        var chosen = await Tool.RunAsync(fileSystem, "validate", Tool.Path("budget.xlsx"), "--sheet", "bp 2022", "--format", "json");
        var first = await Tool.RunAsync(fileSystem, "validate", Tool.Path("budget.xlsx"));
        var unknown = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("single.xlsx"), "--sheet", "BP 2023");

        chosen.ExitCode.ShouldBe(1, chosen.Error);
        Report(chosen).GetProperty("verdict").GetString().ShouldBe("not-in-standard-format");
        Codes(Report(chosen)).Keys.ShouldNotContain("SCDL621", "every cell of that sheet is text");
        first.ExitCode.ShouldBe(2, "the first sheet has no budget header");
        first.Error.ShouldContain("budget.xlsx");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("'BP 2023'");
        unknown.Error.ShouldContain("BP 2022");
        fileSystem.File.Exists(Tool.Path("single.normalized.csv")).ShouldBeFalse();

        static IEnumerable<XCell?[]> Rows(string csv) =>
            Scdl.Budget.Totem.Tests.Support.SimpleCsv.Parse(csv).Where(r => r.Length > 1).Select(r => r.Select(c => c.Length == 0 ? null : XCell.Text(c)).ToArray());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("normalize")]
    [InlineData("summary")]
    public async Task Sheet_WithoutAWorkbook_IsAUsageError(string command)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("a.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("b.xlsx"), new MockFileData(Workbooks.FromCsv(Tool.Valid)));

        var alone = await Tool.RunAsync(fileSystem, command, Tool.Path("a.csv"), "--sheet", "Budget");
        var mixed = await Tool.RunAsync(fileSystem, command, Tool.Path("a.csv"), Tool.Path("b.xlsx"), "--sheet", "Budget", "--force");

        alone.ExitCode.ShouldBe(2);
        alone.Error.ShouldBe("--sheet chooses the worksheet of a workbook, but none of the inputs is a workbook (.xlsx).\n");
        alone.Out.ShouldBeEmpty();
        mixed.ExitCode.ShouldBe(command == "normalize" ? 0 : 1, "--sheet applies to the workbook; the standard CSV normalize writes of it is valid");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("normalize")]
    [InlineData("summary")]
    public async Task CorruptWorkbook_OneLocatedMessage_Exit2(string command)
    {
        var valid = Workbook(Boceno);
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("truncated.xlsx"), new MockFileData(valid[..(valid.Length / 2)]));
        fileSystem.AddFile(Tool.Path("sheet.xlsx"), new MockFileData(Hostile.WithPart(valid, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c")));

        var truncated = await Tool.RunAsync(fileSystem, command, Tool.Path("truncated.xlsx"));
        var sheet = await Tool.RunAsync(fileSystem, command, Tool.Path("sheet.xlsx"));

        foreach (var (result, file) in new[] { (truncated, "truncated.xlsx"), (sheet, "sheet.xlsx") })
        {
            result.ExitCode.ShouldBe(2, result.Out);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.ShouldHaveSingleItem().ShouldContain(Tool.Path(file));
            lines[0].ShouldContain("The workbook is damaged or incomplete");
        }

        sheet.Error.ShouldContain("xl/worksheets/sheet1.xml", Case.Insensitive);
        fileSystem.Directory.GetFiles(Tool.Path(string.Empty)).Select(Path.GetFileName).ShouldBe(["sheet.xlsx", "truncated.xlsx"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("normalize")]
    public async Task ZipBomb_RefusedBeforeExpanding_OneMessage_Exit2(string command)
    {
        var bomb = Hostile.WithZeros(Workbook(Boceno), "xl/media/image1.bin", 256L << 20);
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("bomb.xlsx"), new MockFileData(bomb));

        var result = await Tool.RunAsync(fileSystem, command, Tool.Path("bomb.xlsx"), "--lang", "fr");

        result.ExitCode.ShouldBe(2);
        var line = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        line.ShouldContain("bomb.xlsx");
        line.ShouldContain("dépasse les limites");
        line.ShouldContain("xl/media/image1.bin");
        fileSystem.File.Exists(Tool.Path("bomb.normalized.csv")).ShouldBeFalse();
    }
}
