using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("root", new string[0])]
    [InlineData("validate", new[] { "validate" })]
    [InlineData("convert", new[] { "convert" })]
    [InlineData("normalize", new[] { "normalize" })]
    [InlineData("summary", new[] { "summary" })]
    [InlineData("explain", new[] { "explain" })]
    public async Task Help_IsApproved(string name, string[] command)
    {
        var result = await Tool.RunAsync(new MockFileSystem(), [.. command, "--help", "--lang", "en"]);

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldMatchApproved(c => c.WithDiscriminator(name).NoDiff());
    }

    [Fact]
    public async Task Help_InFrench_IsApproved()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "validate", "--help", "--lang", "fr");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldMatchApproved(c => c.NoDiff());
    }

    [Fact]
    public async Task UnknownOption_ExitsWith2()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "validate", "x.csv", "--nope");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--nope");
    }

    [Fact]
    public async Task MissingInput_ExitsWith2()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "validate");

        result.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task WrongFormat_ExitsWith2()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "validate", "x.csv", "--format", "pdf");

        result.ExitCode.ShouldBe(2);
    }
}
