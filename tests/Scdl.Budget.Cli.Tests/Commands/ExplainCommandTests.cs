using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_KnownCode_PrintsTitleAndFix()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "explain", "scdl202", "--lang", "en");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldMatchApproved(c => c.NoDiff());
    }

    [Fact]
    public async Task Explain_InFrench_SpeaksFrench()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "explain", "SCDL202", "--lang", "fr");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("Comment corriger");
        result.Out.ShouldContain(FindingCodes.Describe("SCDL202")!.GetFix(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public async Task Explain_UnknownCode_ExitsWith2()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "explain", "SCDL999");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("SCDL999");
    }

    [Fact]
    public async Task Explain_WithoutCode_ListsEveryCode()
    {
        var result = await Tool.RunAsync(new MockFileSystem(), "explain");

        result.ExitCode.ShouldBe(0);
        foreach (var descriptor in FindingCodes.All)
        {
            result.Out.ShouldContain(descriptor.Code);
        }
    }
}
