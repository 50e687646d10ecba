using System.IO.Abstractions.TestingHelpers;
using System.Text.Json;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    private const string RealFile = "crach-lotissement-boceno-bp2022.yatotem2scdl.csv";

    [Fact]
    public async Task Validate_ValidFile_ExitsWith0()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"));

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("VALID");
        result.Out.ShouldNotContain("NOT VALID");
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("text", "en")]
    [InlineData("text", "fr")]
    [InlineData("json", "en")]
    [InlineData("html", "fr")]
    public async Task Validate_RealFile_ReportIsApproved(string format, string lang)
    {
        var fileSystem = Tool.WithTestData(RealFile);

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path(RealFile), "--format", format, "--lang", lang);

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldMatchApproved(c => c.WithDiscriminator($"{format}.{lang}").WithFileExtension(format == "html" ? "html" : format == "json" ? "json" : "txt").NoDiff());
    }

    [Fact]
    public async Task Validate_Json_IsOneParsableDocumentWithTheFrictionlessShape()
    {
        var fileSystem = Tool.WithTestData(RealFile);

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path(RealFile), "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var file = document.RootElement.GetProperty("files")[0];
        file.GetProperty("exitCode").GetInt32().ShouldBe(1);
        var report = file.GetProperty("report");
        report.GetProperty("valid").GetBoolean().ShouldBeFalse();
        report.GetProperty("verdict").GetString().ShouldBe("invalid");
        var first = report.GetProperty("errors")[0];
        first.GetProperty("rowNumber").GetInt64().ShouldBe(2);
        first.GetProperty("fieldName").GetString().ShouldStartWith("BGT_");
        document.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsWith2AndSaysWhy()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "validate", Tool.Path("nope.csv"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("nope.csv");
        result.Error.ShouldContain("no such file");
    }

    [Fact]
    public async Task Validate_UnreadableFile_ExitsWith2()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("binary.csv"), new MockFileData([0, 1, 2, 0, 255, 0, 3]));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("binary.csv"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("binary.csv");
    }

    [Fact]
    public async Task Validate_Quiet_PrintsNothingButKeepsTheExitCode()
    {
        var fileSystem = Tool.WithTestData(RealFile);

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path(RealFile), "--quiet");

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Validate_MaxFindings_ListsFewerButCountsAll()
    {
        var fileSystem = Tool.WithTestData(RealFile);

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path(RealFile), "--format", "json", "--max-findings", "1");

        using var document = JsonDocument.Parse(result.Out);
        var report = document.RootElement.GetProperty("files")[0].GetProperty("report");
        report.GetProperty("errors").EnumerateArray().Count(e => e.GetProperty("rowNumber").ValueKind != JsonValueKind.Null).ShouldBe(1);
        report.GetProperty("stats").GetProperty("errors").GetInt64().ShouldBe(42);
        report.GetProperty("stats").GetProperty("notKept").GetInt64().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("en", "NOT VALID — readable, but not in the standard format: run `scdl-budget normalize`, then validate the file it writes.")]
    [InlineData("fr", "NON VALIDE — lisible, mais pas au format standard : lancez `scdl-budget normalize`, puis validez le fichier qu'il écrit.")]
    public async Task Validate_FileOnlyOutOfFormat_SaysWhyInOneSentence_AndExitsWith1(string lang, string verdict)
    {
        // A blank row is a departure from the format: the content is right, the file is not valid as published.
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("blank.csv"), new MockFileData(Tool.Valid + "\n" + Tool.Valid.Split('\n')[1] + "\n"));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("blank.csv"), "--lang", lang, "--no-plan");

        result.ExitCode.ShouldBe(1);
        result.Out.Split('\n')[0].ShouldEndWith(verdict);
    }
}
