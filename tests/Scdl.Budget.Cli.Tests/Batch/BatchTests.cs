using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Batch;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_DirectoryWithOneBrokenFile_ProcessesTheOthersAndReportsIt()
    {
        var fileSystem = new MockFileSystem();
        var directory = Tool.Path("batch");
        fileSystem.AddFile(Path.Combine(directory, "a.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Path.Combine(directory, "b.csv"), new MockFileData([0, 0, 0, 1, 2, 3]));
        fileSystem.AddFile(Path.Combine(directory, "c.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Path.Combine(directory, "notes.txt"), new MockFileData("not a budget"));

        var result = await Tool.RunAsync(fileSystem, "validate", directory);

        result.ExitCode.ShouldBe(2);
        result.Out.ShouldContain("3 files: 2 without errors, 0 with errors, 1 not processed");
        result.Out.ShouldContain("✓ " + Path.Combine(directory, "a.csv"));
        result.Out.ShouldContain("! " + Path.Combine(directory, "b.csv"));
        result.Out.ShouldContain("✓ " + Path.Combine(directory, "c.csv"));
        result.Out.ShouldNotContain("notes.txt");
        result.Error.ShouldContain("b.csv");
    }

    [Fact]
    public async Task Batch_ErrorsButNothingUnreadable_ExitsWith1()
    {
        var fileSystem = Tool.WithTestData("crach-lotissement-boceno-bp2022.yatotem2scdl.csv");
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), Tool.Path("crach-lotissement-boceno-bp2022.yatotem2scdl.csv"));

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("2 files: 1 without errors, 1 with errors, 0 not processed");
    }

    [Fact]
    public async Task Batch_ReportsComeInInputOrder_WhateverTheParallelism()
    {
        var fileSystem = new MockFileSystem();
        var names = Enumerable.Range(0, 12).Select(i => Tool.Path($"f{i:00}.csv")).ToArray();
        foreach (var name in names)
        {
            fileSystem.AddFile(name, new MockFileData(Tool.Valid));
        }

        var result = await Tool.RunAsync(fileSystem, ["validate", .. names, "--parallel", "4"]);

        result.ExitCode.ShouldBe(0);
        var positions = names.Select(n => result.Out.IndexOf("✓ " + n + " — ", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
    }

    [Fact]
    public async Task Batch_OutputDirectory_GetsOneReportPerFile()
    {
        var fileSystem = Tool.WithTestData("crach-lotissement-boceno-bp2022.yatotem2scdl.csv");
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));
        var reports = Tool.Path("reports");

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), Tool.Path("crach-lotissement-boceno-bp2022.yatotem2scdl.csv"), "--format", "html", "-o", reports);

        result.ExitCode.ShouldBe(1);
        fileSystem.File.ReadAllText(Path.Combine(reports, "ok.report.html")).ShouldContain("<!DOCTYPE html>");
        fileSystem.File.ReadAllText(Path.Combine(reports, "crach-lotissement-boceno-bp2022.yatotem2scdl.report.html")).ShouldContain("SCDL202");
        fileSystem.Directory.GetFiles(reports).Length.ShouldBe(2, "no temporary file is left behind");
    }

    [Fact]
    public async Task Batch_HtmlOfSeveralFilesToTheScreen_IsAUsageError()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("a.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("b.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("a.csv"), Tool.Path("b.csv"), "--format", "html");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--output");
    }
}
