using System.IO.Abstractions.TestingHelpers;
using System.Text;
using System.Text.Json;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

/// <summary>
/// <c>validate</c> judges the file as published, in both reading modes: a departure from the standard's format exits
/// with 1 (a diagnosis), what cannot be read at all with 2; <c>--no-header</c> and <c>--encoding</c> say how to read.
/// </summary>
public sealed class ValidateReadingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The valid file of <see cref="Tool.Valid"/> as a French spreadsheet exports it: semicolons, Windows-1252, decimal comma.</summary>
    private static readonly string Spreadsheet = Tool.Valid.Replace(',', ';').Replace("1500.50", "1500,50", StringComparison.Ordinal);

    [Theory]
    [InlineData("semicolons, Windows-1252, decimal comma")]
    [InlineData("BOM, lower-case shuffled headers")]
    [InlineData("tab, capitalised enums")]
    public async Task Validate_MessyRenderingOfAValidFile_ExitsWith1_StrictOrTolerant(string rendering)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("messy.csv"), new MockFileData(Render(rendering)));

        var strict = await Tool.RunAsync(fileSystem, "validate", Tool.Path("messy.csv"), "--no-plan");
        var tolerant = await Tool.RunAsync(fileSystem, "validate", Tool.Path("messy.csv"), "--no-plan", "--tolerant");

        strict.ExitCode.ShouldBe(1, strict.Out);
        tolerant.ExitCode.ShouldBe(1, tolerant.Out);
        tolerant.Out.ShouldContain("SCDL6");
        strict.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Validate_Utf8ByteOrderMark_IsValidWithANote()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("bom.csv"), new MockFileData([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Tool.Valid)]));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("bom.csv"), "--no-plan");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("SCDL602");
    }

    [Fact]
    public async Task Validate_Utf16_ExitsWith1_AndNormalizeListsTheTranscoding()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("utf16.csv"), new MockFileData([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Tool.Valid)]));

        var validate = await Tool.RunAsync(fileSystem, "validate", Tool.Path("utf16.csv"), "--no-plan", "--format", "json");
        var normalize = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("utf16.csv"), "-o", Tool.Path("clean.csv"), "--format", "json");

        validate.ExitCode.ShouldBe(1);
        validate.Out.ShouldContain("SCDL600");
        normalize.ExitCode.ShouldBe(0, normalize.Out);
        fileSystem.File.ReadAllText(Tool.Path("clean.csv")).Replace("\r\n", "\n", StringComparison.Ordinal).ShouldBe(Tool.Valid);
    }

    [Fact]
    public async Task Validate_TotemXml_ExitsWith2_AndSaysToConvertIt()
    {
        var fileSystem = Tool.WithTestData("crach-lotissement-boceno-bp2022.totem.xml");

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("crach-lotissement-boceno-bp2022.totem.xml"), "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldContain("SCDL115");
        result.Out.ShouldContain("<DocumentBudgetaire>");
        result.Out.ShouldContain("scdl-budget convert");
        result.Out.ShouldNotContain("SCDL108");
    }

    [Fact]
    public async Task Validate_NoHeader_ReadsByPositionWhenAsked()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("noheader.csv"), new MockFileData(Tool.Valid[(Tool.Valid.IndexOf('\n', StringComparison.Ordinal) + 1)..]));

        var without = await Tool.RunAsync(fileSystem, "validate", Tool.Path("noheader.csv"), "--no-plan", "--format", "json");
        var with = await Tool.RunAsync(fileSystem, "validate", Tool.Path("noheader.csv"), "--no-plan", "--no-header", "--format", "json");

        without.ExitCode.ShouldBe(2);
        without.Out.ShouldContain("SCDL108");
        without.Out.ShouldContain("--no-header");
        with.ExitCode.ShouldBe(1, "read by position, but a file without header is not in the standard format");
        using var json = JsonDocument.Parse(with.Out);
        var report = json.RootElement.GetProperty("files")[0].GetProperty("report");
        report.GetProperty("stats").GetProperty("rows").GetInt64().ShouldBe(1);
        with.Out.ShouldContain("SCDL613");
    }

    /// <summary>
    /// The real Morbihan file in Windows-1252 whose first 64 KiB (what the encoding is detected from) happen to be plain
    /// ASCII: their accents are removed, the rest keeps them. The first accented line is not valid UTF-8.
    /// </summary>
    [Fact]
    public async Task Validate_RealFileMadeWindows1252_AfterAnAsciiStart_ReadsEveryLine_AndTheEncodingCanBeGiven()
    {
        const string Name = "morbihan-departement-ca2021.yatotem2scdl.csv";
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", Name), Encoding.UTF8).Split('\n');
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(text.Length < 70_000 ? WithoutAccents(line) : line).Append('\n');
        }

        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("morbihan-1252.csv"), new MockFileData(Windows1252.GetBytes(text.ToString(0, text.Length - 1))));

        var detected = await Tool.RunAsync(fileSystem, "validate", Tool.Path("morbihan-1252.csv"), "--no-plan", "--convention", "totem", "--tolerant", "--format", "json");
        var given = await Tool.RunAsync(fileSystem, "validate", Tool.Path("morbihan-1252.csv"), "--no-plan", "--convention", "totem", "--encoding", "windows-1252", "--format", "json");

        foreach (var result in new[] { detected, given })
        {
            result.ExitCode.ShouldBe(1);
            using var json = JsonDocument.Parse(result.Out);
            json.RootElement.GetProperty("files")[0].GetProperty("report").GetProperty("stats").GetProperty("rows").GetInt64().ShouldBe(1273);
        }

        detected.Out.ShouldContain("SCDL615");
        detected.Out.ShouldNotContain("SCDL109");
        given.Out.ShouldContain("SCDL600");
        given.Out.ShouldNotContain("SCDL615");
    }

    private static string WithoutAccents(string text) =>
        new([.. text.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);

    [Fact]
    public async Task Validate_UnknownEncoding_IsAUsageError()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), "--encoding", "klingon");

        result.ExitCode.ShouldBe(2);
    }

    private static byte[] Render(string rendering) => rendering switch
    {
        "semicolons, Windows-1252, decimal comma" => Windows1252.GetBytes(Spreadsheet),
        "BOM, lower-case shuffled headers" =>
        [
            .. Encoding.UTF8.GetPreamble(),
            .. Encoding.UTF8.GetBytes(Shuffle(Tool.Valid.Replace("BGT_NATDEC,BGT_ANNEE", "bgt_natdec,bgt_annee", StringComparison.Ordinal))),
        ],
        "tab, capitalised enums" => Encoding.UTF8.GetBytes(Tool.Valid.Replace(',', '\t').Replace("budget primitif", "Budget primitif", StringComparison.Ordinal)
            .Replace("fonctionnement", "FONCTIONNEMENT", StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(rendering)),
    };

    /// <summary>Swaps the first two columns of every line.</summary>
    private static string Shuffle(string text) => string.Join('\n', text.Split('\n').Select(line =>
    {
        var cells = line.Split(',');
        return cells.Length < 2 ? line : string.Join(',', [cells[1], cells[0], .. cells[2..]]);
    }));
}
