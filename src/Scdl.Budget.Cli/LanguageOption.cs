using System.Globalization;

namespace Scdl.Budget.Cli;

/// <summary>
/// Decides the language of messages before the command line is parsed, so that help, errors and reports all speak it:
/// <c>--lang fr|en</c> when given, else French when the user's UI culture is French, else English.
/// </summary>
internal static class LanguageOption
{
    public const string Name = "--lang";

    public static readonly string[] Values = ["fr", "en"];

    public static CultureInfo Resolve(IReadOnlyList<string> args, CultureInfo fallback)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? value = null;
            if (string.Equals(arg, Name, StringComparison.Ordinal) && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (arg.StartsWith(Name + "=", StringComparison.Ordinal) || arg.StartsWith(Name + ":", StringComparison.Ordinal))
            {
                value = arg[(Name.Length + 1)..];
            }

            if (value is not null)
            {
                return ToCulture(value) ?? ToCulture(fallback.TwoLetterISOLanguageName) ?? English;
            }
        }

        return ToCulture(fallback.TwoLetterISOLanguageName) ?? English;
    }

    private static CultureInfo English => CultureInfo.GetCultureInfo("en");

    private static CultureInfo? ToCulture(string value) => value.Trim().ToLowerInvariant() switch
    {
        "fr" => CultureInfo.GetCultureInfo("fr-FR"),
        "en" => English,
        _ => null,
    };
}
