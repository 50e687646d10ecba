using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Scdl.Budget.Web.Processing;

/// <summary>
/// The two languages of the page, the API and the reports: French by default; English when the request asks for it,
/// by a <c>lang</c> value (<c>fr</c> or <c>en</c>) or, without one, by an Accept-Language header that prefers English.
/// </summary>
internal static class Languages
{
    /// <summary>Gets the French culture.</summary>
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Gets the English culture.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Gets a value indicating whether a culture is the English one.</summary>
    public static bool IsEnglish(CultureInfo culture) => string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    /// <summary>Gets the code of a culture in requests and in the page's <c>lang</c> attribute.</summary>
    public static string Code(CultureInfo culture) => IsEnglish(culture) ? "en" : "fr";

    /// <summary>Tries to read a <c>lang</c> value.</summary>
    public static bool TryParse(string? value, out CultureInfo culture)
    {
        culture = French;
        switch (value?.Trim().ToUpperInvariant())
        {
            case "FR":
                return true;
            case "EN":
                culture = English;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Gets the language of a request: its <c>lang</c> query value, else its Accept-Language header, else French.</summary>
    public static CultureInfo Of(HttpRequest request)
    {
        if (TryParse(request.Query[OperationSettings.LanguageName], out var culture))
        {
            return culture;
        }

        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            foreach (var language in languages.Where(l => l.Quality is null or > 0).OrderByDescending(l => l.Quality ?? 1))
            {
                var tag = language.Value.Value ?? string.Empty;
                if (tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
                {
                    return French;
                }

                if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                {
                    return English;
                }
            }
        }

        return French;
    }
}
