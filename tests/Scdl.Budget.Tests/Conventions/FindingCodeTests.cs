using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Scdl.Budget.Tests.Conventions;

public sealed class FindingCodeTests
{
    private static readonly string[] Constants = [.. typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    public static TheoryData<string> Codes => new(Constants);

    [Fact]
    public void Constants_AreUniqueAndDescribed()
    {
        Constants.ShouldBeUnique();
        FindingCodes.All.Select(d => d.Code).ShouldBe(Constants.Order(StringComparer.Ordinal), ignoreOrder: false);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasMessagesInFrenchAndEnglish(string code)
    {
        var descriptor = FindingCodes.Describe(code)!;
        var english = CultureInfo.GetCultureInfo("en");
        var french = CultureInfo.GetCultureInfo("fr-FR");
        foreach (var key in new[] { code, code + ".Title", code + ".Fix" })
        {
            var en = Budget.Internal.Messages.Get(key, english);
            var fr = Budget.Internal.Messages.Get(key, french);
            en.ShouldNotBe(key, $"{key} has no English text");
            fr.ShouldNotBe(key, $"{key} has no French text");
            fr.ShouldNotBe(en, $"{key} is not translated");
        }

        descriptor.GetTitle(french).ShouldNotBeNullOrWhiteSpace();
        foreach (var culture in new[] { english, french })
        {
            // Titles and fixes are shown without arguments (explain, reports): no placeholder may remain.
            descriptor.GetTitle(culture).ShouldNotContain("{");
            descriptor.GetFix(culture).ShouldNotContain("{");
        }
        descriptor.FrictionlessType.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_IsDocumented(string code)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "findings.md"));
        Regex.IsMatch(doc, $@"^\|\s*`{code}`\s*\|", RegexOptions.Multiline).ShouldBeTrue($"{code} has no row in docs/findings.md");
    }

    [Theory]
    [InlineData(FindingCategory.Unreadable)]
    [InlineData(FindingCategory.Format)]
    public void Categories_AreListedInTheDocs(FindingCategory category)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "findings.md"));
        var list = Regex.Match(doc, $@"<!-- category:{category} -->(.*?)<!-- /category -->", RegexOptions.Singleline);
        list.Success.ShouldBeTrue($"docs/findings.md lists no {category} codes");
        var documented = Regex.Matches(list.Groups[1].Value, "`(SCDL\\d+)`").Select(m => m.Groups[1].Value);
        documented.ShouldBe(FindingCodes.All.Where(d => d.Category == category).Select(d => d.Code), ignoreOrder: true);
    }

    [Fact]
    public void UnreadableCodes_AreErrors() =>
        FindingCodes.All.Where(d => d.Category == FindingCategory.Unreadable).ShouldAllBe(d => d.DefaultSeverity == FindingSeverity.Error);

    [Fact]
    public void Describe_IsCaseInsensitiveAndNullForUnknown()
    {
        FindingCodes.Describe("scdl202")!.Code.ShouldBe(FindingCodes.ValueNotAllowed);
        FindingCodes.Describe("NOPE").ShouldBeNull();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
