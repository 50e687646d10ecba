using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Batch;

public sealed class SafeOutputTests
{
    [Fact]
    public async Task Output_ExistingFile_IsRefusedWithoutForce()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("report.txt"), new MockFileData("keep me"));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), "-o", Tool.Path("report.txt"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--force");
        fileSystem.File.ReadAllText(Tool.Path("report.txt")).ShouldBe("keep me");
    }

    [Fact]
    public async Task Output_ExistingFile_IsReplacedWithForce()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("report.txt"), new MockFileData("old"));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), "-o", Tool.Path("report.txt"), "--force");

        result.ExitCode.ShouldBe(0);
        fileSystem.File.ReadAllText(Tool.Path("report.txt")).ShouldContain("VALID");
    }

    [Fact]
    public async Task Output_SameAsInput_IsRefusedEvenWithForce()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), "-o", Tool.Path("ok.csv"), "--force");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("input");
        fileSystem.File.ReadAllText(Tool.Path("ok.csv")).ShouldBe(Tool.Valid);
    }

    [Fact]
    public async Task Output_NewFile_IsWrittenWithoutTemporaryLeftovers()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));
        var report = Path.Combine(Tool.Root, "out", "deep", "report.json");

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), "-o", report, "--format", "json");

        result.ExitCode.ShouldBe(0);
        fileSystem.File.ReadAllText(report).ShouldContain("\"valid\": true");
        fileSystem.Directory.GetFiles(Path.GetDirectoryName(report)!).ShouldBe([report]);
    }
}
