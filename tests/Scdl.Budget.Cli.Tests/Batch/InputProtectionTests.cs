using System.IO.Abstractions;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Batch;

/// <summary>
/// An input is never overwritten, even with <c>--force</c>, whatever path names it: through a symbolic link to its
/// directory or to itself, or with <c>..</c>. On the real file system, which has the links.
/// </summary>
public sealed class InputProtectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scdl-inputs-").FullName;
    private readonly string _input;

    public InputProtectionTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        _input = Path.Combine(_directory, "in", "budget.csv");
        File.WriteAllText(_input, Tool.Valid);
    }

    [UnixFact]
    public async Task Output_ThroughALinkedDirectory_IsRefusedEvenWithForce()
    {
        Directory.CreateSymbolicLink(Path.Combine(_directory, "link"), Path.Combine(_directory, "in"));

        var result = await Tool.RunAsync(new FileSystem(), "validate", _input, "-o", Path.Combine(_directory, "link", "budget.csv"), "--force");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"is the input {_input} (the same file)");
        File.ReadAllText(_input).ShouldBe(Tool.Valid);
    }

    [UnixFact]
    public async Task Output_ALinkToTheInput_IsRefusedEvenWithForce()
    {
        var alias = Path.Combine(_directory, "alias.csv");
        File.CreateSymbolicLink(alias, _input);

        var result = await Tool.RunAsync(new FileSystem(), "normalize", _input, "-o", alias, "--force");

        result.ExitCode.ShouldBe(2);
        File.ReadAllText(_input).ShouldBe(Tool.Valid);
        File.ResolveLinkTarget(alias, returnFinalTarget: false).ShouldNotBeNull("the link is left as it was");
    }

    [UnixFact]
    public async Task Output_NamingTheInputWithDotDot_IsRefusedEvenWithForce()
    {
        var result = await Tool.RunAsync(new FileSystem(), "validate", _input, "-o", Path.Combine(_directory, "in", "..", "in", "budget.csv"), "--force");

        result.ExitCode.ShouldBe(2);
        File.ReadAllText(_input).ShouldBe(Tool.Valid);
    }

    [UnixFact]
    public async Task NormalizedOutputOfOneInput_BeingAnotherInput_IsRefused()
    {
        var other = Path.Combine(_directory, "in", "budget.normalized.csv");
        File.WriteAllText(other, Tool.Valid);

        var result = await Tool.RunAsync(new FileSystem(), "normalize", _input, other, "--force");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"refused: the output {other} is the input {other}");
        File.ReadAllText(other).ShouldBe(Tool.Valid);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
