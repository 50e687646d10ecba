using System.Text.RegularExpressions;

namespace Scdl.Budget.Tests.Docs;

/// <summary><c>docs/architecture.md</c> is a map: every path it names exists, and it stays short.</summary>
public sealed partial class ArchitectureDocTests
{
    private static readonly string Root = Conventions.FindingCodeTests.RepositoryRoot();

    [Fact]
    public void EveryPathItNames_Exists()
    {
        var paths = Paths().ToList();

        paths.Count.ShouldBeGreaterThan(20);
        paths.Where(p => !File.Exists(Path.Combine(Root, p)) && !Directory.Exists(Path.Combine(Root, p))).ShouldBeEmpty();
    }

    [Fact]
    public void ItStaysShort() =>
        File.ReadAllLines(Path.Combine(Root, "docs", "architecture.md")).Length.ShouldBeLessThanOrEqualTo(150);

    private static IEnumerable<string> Paths() =>
        PathPattern().Matches(File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"))).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    /// <summary>A backticked text that starts in one of the repository's top folders.</summary>
    [GeneratedRegex("`((?:src|tests|docs|tools|benchmarks)/[^`]*)`")]
    private static partial Regex PathPattern();
}
