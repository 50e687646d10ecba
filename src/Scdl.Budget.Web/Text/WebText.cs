using System.Globalization;
using System.Resources;

namespace Scdl.Budget.Web.Text;

/// <summary>
/// The web application's own words (the page, the API's problem details), in French or English, from
/// <c>Resources/WebText.resx</c> and <c>Resources/WebText.fr.resx</c>.
/// Findings and reports keep the library's words.
/// </summary>
internal sealed class WebText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Scdl.Budget.Web.Resources.WebText", typeof(WebText).Assembly);

    public CultureInfo Culture { get; } = culture;

    public string this[string key] => Resources.GetString(key, Culture) ?? throw new KeyNotFoundException("No web text " + key);

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// Words a count with its noun, singular or plural as the language wants (French: singular for 0 and 1; English:
    /// for 1): the resource <c>key.One</c> or <c>key.Other</c>, the count as <c>{0}</c> (<c>{0:N0}</c> in the resource).
    /// </summary>
    public string Plural(string key, long count)
    {
        var one = string.Equals(Culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal) ? count is 0 or 1 : count == 1;
        return string.Format(Culture, this[key + (one ? ".One" : ".Other")], count);
    }

    /// <summary>Words a size in bytes: <c>12 ko</c>, <c>3,4 Mo</c> in French; <c>12 KB</c>, <c>3.4 MB</c> in English.</summary>
    public string Size(long bytes) => bytes switch
    {
        < 1024 => Format("Size.Bytes", bytes),
        < 1024 * 1024 => Format("Size.Kilobytes", Math.Max(1, bytes / 1024)),
        _ => Format("Size.Megabytes", Math.Round(bytes / (1024d * 1024d), 1)),
    };
}
