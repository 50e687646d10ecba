using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web.Tests.Text;

/// <summary>The web application's words exist in French and English, with the same placeholders, and count as each language counts.</summary>
public sealed partial class WebTextTests
{
    private static readonly ResourceManager Resources = new("Scdl.Budget.Web.Resources.WebText", typeof(WebText).Assembly);

    [Fact]
    public void EveryText_IsInBothLanguages_WithTheSamePlaceholders()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var french = Texts(CultureInfo.GetCultureInfo("fr"));

        french.Keys.Order(StringComparer.Ordinal).ShouldBe(english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Placeholders(french[key]).ShouldBe(Placeholders(text), key);
        }
    }

    [Theory]
    [InlineData("fr", 0, "0 erreur")]
    [InlineData("fr", 1, "1 erreur")]
    [InlineData("fr", 2, "2 erreurs")]
    [InlineData("fr", 1234, "1\u202f234 erreurs")]
    [InlineData("en", 0, "0 errors")]
    [InlineData("en", 1, "1 error")]
    [InlineData("en", 1234, "1,234 errors")]
    public void Plural_CountsAsTheLanguageDoes(string language, long count, string expected)
    {
        new WebText(CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en")).Plural("Count.Errors", count).ShouldBe(expected);
    }

    [Theory]
    [InlineData("fr", 52428800, "50 Mo")]
    [InlineData("en", 52428800, "50 MB")]
    [InlineData("fr", 1536 * 1024, "1,5 Mo")]
    [InlineData("en", 2000, "1 KB")]
    [InlineData("fr", 500, "500 octets")]
    public void Size_IsWordedInTheLanguage(string language, long bytes, string expected)
    {
        new WebText(CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en")).Size(bytes).ShouldBe(expected);
    }

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
