using System.CommandLine;
using System.Globalization;
using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Tests.Docs;

/// <summary><c>docs/cli.md</c> documents every command and option the tool has, and the README's first command runs.</summary>
public sealed class CliDocTests
{
    private static readonly RootCommand Root = CliApplication.BuildRoot(
        new CliEnvironment { FileSystem = new MockFileSystem(), Out = TextWriter.Null, Error = TextWriter.Null },
        new CliText(CultureInfo.GetCultureInfo("en")));

    public static TheoryData<string, string> Options()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in Root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "--version")))
            {
                data.Add(command.Name, option.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void EveryOption_IsDocumented(string command, string option)
    {
        var doc = Read("docs", "cli.md");

        doc.ShouldContain("## `" + command + "`");
        Regex.IsMatch(doc, "`[^`\n]*" + Regex.Escape(option) + @"\b[^`\n]*`").ShouldBeTrue($"docs/cli.md does not document {option} of {command}");
    }

    [Fact]
    public void Readme_FirstCommand_RunsTheToolOnAShippedExample_AndTheSecondRunsTheTests()
    {
        var readme = Read("README.md");
        var block = Regex.Match(readme, "```sh\n(.*?)```", RegexOptions.Singleline).Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        block.Length.ShouldBe(2);
        block[0].ShouldStartWith("dotnet run --project src/Scdl.Budget.Cli -- ");
        var example = Regex.Match(block[0], @"docs/examples/\S+").Value;
        File.Exists(Path.Combine(GettingStartedTests.RepositoryRoot(), example)).ShouldBeTrue(example);
        block[1].ShouldBe("dotnet test Scdl.Budget.sln");
    }

    [Fact]
    public async Task Readme_FirstCommand_Succeeds()
    {
        var readme = Read("README.md");
        var first = Regex.Match(readme, "```sh\n(.*?)\n", RegexOptions.Singleline).Groups[1].Value;
        var args = first["dotnet run --project src/Scdl.Budget.Cli -- ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData>(), GettingStartedTests.RepositoryRoot());
        foreach (var path in Directory.EnumerateFiles(Path.Combine(GettingStartedTests.RepositoryRoot(), "docs", "examples")))
        {
            fileSystem.AddFile(path, new MockFileData(File.ReadAllBytes(path)));
        }

        var result = await Support.Tool.RunAsync(fileSystem, args);

        result.ExitCode.ShouldBeOneOf([0, 1], result.Error);
        result.Error.ShouldBeEmpty();
        result.Out.ShouldNotBeEmpty();
    }

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([GettingStartedTests.RepositoryRoot(), .. path]));
}
