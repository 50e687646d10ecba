using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Usage;

/// <summary>A wrong command line is a usage error, exit 2, with a message: never an exception, never a run on other files.</summary>
public sealed class UsageErrorTests
{
    private static MockFileSystem OneValidFile()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile(Tool.Path("ok.csv"), new MockFileData(Tool.Valid));
        return fileSystem;
    }

    [Theory]
    [InlineData("validate", "--parallel", "abc")]
    [InlineData("validate", "--parallel", "-1")]
    [InlineData("validate", "--parallel", "99999999999")]
    [InlineData("validate", "--max-findings", "-5")]
    [InlineData("validate", "--max-findings", "lots")]
    [InlineData("summary", "--chapters", "-2")]
    [InlineData("validate", "--format", "pdf")]
    [InlineData("validate", "--schema-version", "9.9")]
    [InlineData("convert", "--name", "mayor")]
    [InlineData("normalize", "--encoding", "ebcdic")]
    public async Task BadOptionValue_IsAUsageError(string command, string option, string value)
    {
        var fileSystem = OneValidFile();

        var result = await Tool.RunAsync(fileSystem, command, Tool.Path("ok.csv"), option, value);

        result.ExitCode.ShouldBe(2, result.Error);
        result.Error.ShouldContain(value);
        result.Error.ShouldNotContain("   at ");
        fileSystem.AllFiles.ShouldBe([Tool.Path("ok.csv")]);
    }

    [Fact]
    public async Task NegativeParallelism_SaysWhatIsExpected()
    {
        var result = await Tool.RunAsync(OneValidFile(), "validate", Tool.Path("ok.csv"), "--parallel", "-1");

        result.Error.ShouldContain("--parallel must be a whole number of 0 or more, not '-1'.");
    }

    [Theory]
    [InlineData("validate", "--formt", "--format")]
    [InlineData("validate", "--formt=html", "--format")]
    [InlineData("validate", "--foce", "--force")]
    [InlineData("validate", "--tolerent", "--tolerant")]
    [InlineData("validate", "--lnag", "--lang")]
    [InlineData("convert", "--reprot", "--report")]
    [InlineData("explain", "--lnag", "--lang")]
    public async Task UnknownOption_IsAUsageError_NamingTheClosestOption(string command, string typed, string closest)
    {
        var fileSystem = OneValidFile();
        var input = command == "explain" ? "SCDL202" : Tool.Path("ok.csv");

        var result = await Tool.RunAsync(fileSystem, command, input, typed, "html");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe($"scdl-budget: unknown option {typed.Split('=')[0]}; did you mean {closest}? ('scdl-budget {command} --help' lists the options)\n");
        result.Out.ShouldBeEmpty();
        fileSystem.AllFiles.ShouldBe([Tool.Path("ok.csv")]);
    }

    [Fact]
    public async Task UnknownOption_FarFromAny_SaysHowToPassAFileStartingWithADash()
    {
        var result = await Tool.RunAsync(OneValidFile(), "validate", Tool.Path("ok.csv"), "--zzzzzz", "--lang", "fr");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("scdl-budget : option inconnue --zzzzzz. « scdl-budget validate --help » liste les options ; un fichier dont le nom commence par « - » se place après --.\n");
    }

    [Fact]
    public async Task WordAfterDoubleDash_IsAnInput_WhateverItLooksLike()
    {
        var fileSystem = OneValidFile();
        fileSystem.AddFile("-odd.csv", new MockFileData(Tool.Valid));

        var result = await Tool.RunAsync(fileSystem, "validate", "--", "-odd.csv");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("-odd.csv");
    }

    [Fact]
    public void Closest_IsOnlyATypo()
    {
        string[] names = ["--format", "--force", "--output", "--parallel"];

        UnknownOptions.Closest("--formt", names).ShouldBe("--format");
        UnknownOptions.Closest("--froce", names).ShouldBe("--force");
        UnknownOptions.Closest("--colour", names).ShouldBeNull();
        UnknownOptions.Distance("ab", "ba").ShouldBe(1);
    }

    [Fact]
    public async Task MissingInput_IsPrintedOnce()
    {
        var fileSystem = OneValidFile();
        var missing = Tool.Path("nowhere.csv");

        var result = await Tool.RunAsync(fileSystem, "validate", Tool.Path("ok.csv"), missing);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe($"scdl-budget: {missing}: no such file or directory.\n");
        result.Out.ShouldContain($"! {missing} — not processed\n");
        (result.Out + result.Error).Split("no such file").Length.ShouldBe(2, "the reason is printed once");
    }
}
