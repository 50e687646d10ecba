using System.Globalization;
using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Batch;

public sealed class ProgressTests
{
    [Fact]
    public async Task Progress_OnATerminal_IsDrawnOnStandardErrorAndCleared()
    {
        var fileSystem = new MockFileSystem();
        var names = Enumerable.Range(0, 3).Select(i => Tool.Path($"f{i}.csv")).ToArray();
        foreach (var name in names)
        {
            fileSystem.AddFile(name, new MockFileData(Tool.Valid));
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new CliEnvironment
        {
            FileSystem = fileSystem,
            Out = output,
            Error = error,
            ErrorIsTerminal = true,
            DefaultCulture = CultureInfo.GetCultureInfo("en"),
            ProgressInterval = TimeSpan.FromMilliseconds(1),
        };

        var exitCode = await CliApplication.RunAsync(["validate", .. names], environment);

        exitCode.ShouldBe(0);
        output.ToString().ShouldNotContain("\r");
        if (error.ToString().Length > 0)
        {
            error.ToString().ShouldContain("files");
            error.ToString().ShouldEndWith("\r");
        }
    }

    [Fact]
    public void ProgressBar_RendersCounts()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var bar = new Output.ProgressBar(error, 4, new Output.CliText(CultureInfo.GetCultureInfo("en")), TimeSpan.FromHours(1));
        bar.FileDone(failed: false);
        bar.FileDone(failed: true);
        bar.AddLines(12345);

        bar.Render().ShouldBe("[############------------] 2/4 files, 1 failed, 12,345 lines");
    }

    [Fact]
    public async Task Progress_WhenRedirected_DrawsNothing()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("a.csv"), new MockFileData(Tool.Valid));
        fileSystem.AddFile(Tool.Path("b.csv"), new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("a.csv"), Tool.Path("b.csv"));

        result.Error.ShouldBeEmpty();
        result.Out.ShouldNotContain("\u001b[");
    }
}
