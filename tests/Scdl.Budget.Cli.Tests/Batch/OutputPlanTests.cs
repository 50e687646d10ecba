using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Batch;

/// <summary>
/// Where outputs go is decided before anything is written, by one naming rule, and whatever would overwrite an
/// input or another output of the batch is refused up front, the same way whatever the timing.
/// </summary>
public sealed class OutputPlanTests
{
    private const string Boceno = "crach-lotissement-boceno-bp2022.totem.xml";

    [Fact]
    public async Task TwoInputsWithOneOutputName_AreBothRefused_DeterministicallyAndBeforeAnythingIsWritten()
    {
        for (var round = 0; round < 5; round++)
        {
            var fileSystem = new MockFileSystem();
            var first = Path.Combine(Tool.Root, "a", "budget.csv");
            var second = Path.Combine(Tool.Root, "b", "budget.csv");
            var third = Path.Combine(Tool.Root, "b", "other.csv");
            fileSystem.AddFile(first, new MockFileData(Tool.Valid));
            fileSystem.AddFile(second, new MockFileData(Tool.Valid));
            fileSystem.AddFile(third, new MockFileData(Tool.Valid));
            var output = Path.Combine(Tool.Root, "out");

            var result = await Tool.RunAsync(fileSystem, "validate", first, second, third, "-o", output, "--parallel", "3");

            result.ExitCode.ShouldBe(2);
            var report = Path.Combine(output, "budget.report.txt");
            result.Error.ShouldBe(
                $"scdl-budget: {first}: refused: {report} would be written for both {first} and {second}; give them different names or --output directories.\n"
                + $"scdl-budget: {second}: refused: {report} would be written for both {second} and {first}; give them different names or --output directories.\n");
            fileSystem.File.Exists(report).ShouldBeFalse();
            fileSystem.File.Exists(Path.Combine(output, "other.report.txt")).ShouldBeTrue("the other inputs are processed");
        }
    }

    [Fact]
    public async Task ReportSameAsOutput_IsRefused_AndNothingIsWritten()
    {
        var fileSystem = Tool.WithTestData(Boceno);
        var same = Path.Combine(Tool.Root, "out.csv");

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Boceno), "-o", same, "--report", same);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"refused: --report and --output both name {same}");
        fileSystem.File.Exists(same).ShouldBeFalse();
    }

    [Fact]
    public async Task ReportSameAsOutput_WithForce_LeavesTheExistingFileAsItWas()
    {
        var fileSystem = Tool.WithTestData(Boceno);
        var same = Path.Combine(Tool.Root, "out.csv");
        fileSystem.AddFile(same, new MockFileData("earlier conversion"));

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Boceno), "-o", same, "--report", same, "--force");

        result.ExitCode.ShouldBe(2);
        fileSystem.File.ReadAllText(same).ShouldBe("earlier conversion");
    }

    [Fact]
    public async Task Outputs_AreNamedByOneRule_WhateverTheCommand()
    {
        var fileSystem = Tool.WithTestData(Boceno, "crach-lotissement-boceno-bp2022.yatotem2scdl.csv");
        var out1 = Path.Combine(Tool.Root, "converted");
        var reports = Path.Combine(Tool.Root, "reports");

        var convert = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Boceno), "-o", out1 + "/", "--report", reports + "/", "--format", "json");
        var normalize = await Tool.RunAsync(fileSystem, "normalize", Tool.Path("crach-lotissement-boceno-bp2022.yatotem2scdl.csv"), "-o", out1 + "/", "--report", reports + "/");
        var validate = await Tool.RunAsync(fileSystem, "validate", Path.Combine(out1, "crach-lotissement-boceno-bp2022.csv"), "-o", reports + "/", "--format", "html", "--convention", "totem");

        convert.ExitCode.ShouldBeOneOf([0, 1], convert.Error);
        normalize.ExitCode.ShouldBeOneOf([0, 1], normalize.Error);
        validate.ExitCode.ShouldBeOneOf([0, 1], validate.Error);
        fileSystem.Directory.GetFiles(out1).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["crach-lotissement-boceno-bp2022.csv", "crach-lotissement-boceno-bp2022.yatotem2scdl.normalized.csv"]);
        fileSystem.Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["crach-lotissement-boceno-bp2022.report.html", "crach-lotissement-boceno-bp2022.report.json", "crach-lotissement-boceno-bp2022.yatotem2scdl.report.txt"]);
    }

    [Fact]
    public async Task FailedConvert_RemovesTheDirectoriesItCreated()
    {
        var fileSystem = Tool.WithTestData("invalid-no-budget-element.totem.xml");
        var created = Path.Combine(Tool.Root, "new");

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path("invalid-no-budget-element.totem.xml"), "-o", Path.Combine(created, "deeper", "x.csv"), "--report", Path.Combine(created, "reports", "x.txt"));

        result.ExitCode.ShouldBe(2);
        fileSystem.Directory.Exists(created).ShouldBeFalse();
        fileSystem.Directory.Exists(Tool.Root).ShouldBeTrue();
    }

    [Fact]
    public async Task ExistingReport_IsRefusedBeforeTheConversionIsWritten()
    {
        var fileSystem = Tool.WithTestData(Boceno);
        var csv = Path.Combine(Tool.Root, "out.csv");
        var report = Path.Combine(Tool.Root, "out.txt");
        fileSystem.AddFile(report, new MockFileData("keep"));

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Boceno), "-o", csv, "--report", report);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--force");
        fileSystem.File.Exists(csv).ShouldBeFalse("nothing of a refused input is written");
        fileSystem.File.ReadAllText(report).ShouldBe("keep");
    }

    [Fact]
    public async Task TemporaryFileOfADeadProcess_IsRemoved_OneOfALiveOneIsKept()
    {
        var fileSystem = Tool.WithTestData(Boceno);
        var csv = Path.Combine(Tool.Root, "out.csv");
        var dead = Path.Combine(Tool.Root, ".out.csv.scdl-999999999-0123456789abcdef0123456789abcdef.tmp");
        var live = Path.Combine(Tool.Root, $".out.csv.scdl-{Environment.ProcessId}-0123456789abcdef0123456789abcdef.tmp");
        var unrelated = Path.Combine(Tool.Root, ".other.csv.scdl-999999999-0123456789abcdef0123456789abcdef.tmp");
        fileSystem.AddFile(dead, new MockFileData("half"));
        fileSystem.AddFile(live, new MockFileData("being written"));
        fileSystem.AddFile(unrelated, new MockFileData("not ours to judge"));

        var result = await Tool.RunAsync(fileSystem, "convert", Tool.Path(Boceno), "-o", csv);

        result.ExitCode.ShouldBeOneOf([0, 1]);
        result.Error.ShouldBe($"scdl-budget: removed {dead}, a temporary file left by an interrupted run.\n");
        fileSystem.File.Exists(dead).ShouldBeFalse();
        fileSystem.File.Exists(live).ShouldBeTrue();
        fileSystem.File.Exists(unrelated).ShouldBeTrue();
    }
}
