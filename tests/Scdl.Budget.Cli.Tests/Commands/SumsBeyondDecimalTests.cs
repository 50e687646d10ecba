using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

/// <summary>
/// Two amounts of one document whose sum no <see cref="decimal"/> holds: every command goes on, reports the line left
/// out of the totals (<c>SCDL323</c>), and writes its output (issue 12: they used to end "not processed" after
/// replacing the destination).
/// </summary>
public sealed class SumsBeyondDecimalTests
{
    private const string Totem = "crach-lotissement-boceno-bp2022.totem.xml";
    private const string Huge = "79228162514264337593543950335";

    private static MockFileSystem WithHugeCsv()
    {
        var lines = Tool.Valid.Split('\n');
        var row = lines[1].Replace("1500.50", Huge, StringComparison.Ordinal);
        var text = lines[0] + "\n" + row + "\n" + row.Replace("60611", "60612", StringComparison.Ordinal) + "\n";
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("huge.csv"), new MockFileData(Encoding.UTF8.GetBytes(text)));
        return fileSystem;
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("summary")]
    public async Task ReadingCommands_ReportTheLineLeftOut(string command)
    {
        var fileSystem = WithHugeCsv();

        var result = await Tool.RunAsync(fileSystem, command, Tool.Path("huge.csv"), "--no-plan");

        result.Error.ShouldNotContain("Overflow");
        result.ExitCode.ShouldBeOneOf([0, 1], result.Out + result.Error);
        if (command == "validate")
        {
            result.Out.ShouldContain("SCDL323");
        }
    }

    [Fact]
    public async Task Normalize_WritesTheFile_AndReportsTheLineLeftOut()
    {
        var fileSystem = WithHugeCsv();

        var result = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("huge.csv"), "-o", Tool.Path("clean.csv"));

        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldContain("SCDL323");
        fileSystem.File.ReadAllText(Tool.Path("clean.csv")).ShouldContain(Huge);
    }

    [Fact]
    public async Task Convert_WritesTheFile_AndReportsTheLineLeftOut()
    {
        var fileSystem = Tool.WithTestData(Totem);
        var xml = fileSystem.File.ReadAllText(Tool.Path(Totem), Encoding.Latin1)
            .Replace("<MtPrev V=\"15000.00\"/>", "<MtPrev V=\"" + Huge + "\"/>", StringComparison.Ordinal)
            .Replace("<MtPrev V=\"351931.52\"/>", "<MtPrev V=\"" + Huge + "\"/>", StringComparison.Ordinal);
        fileSystem.File.WriteAllText(Tool.Path(Totem), xml, Encoding.Latin1);

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Totem), "-o", Tool.Path("out.csv"));

        result.Error.ShouldNotContain("Overflow");
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldContain("SCDL323");
        fileSystem.File.ReadAllText(Tool.Path("out.csv")).ShouldContain(Huge);
    }
}
