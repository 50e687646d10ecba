using System.Globalization;
using System.Resources;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// The tool's own words (help, summaries, errors about files), in French or English, from
/// <c>Resources/CliText.resx</c> and <c>Resources/CliText.fr.resx</c>. Findings keep their messages from the library.
/// </summary>
internal sealed class CliText
{
    private static readonly ResourceManager Resources = new("Scdl.Budget.Cli.Resources.CliText", typeof(CliText).Assembly);

    public CliText(CultureInfo culture)
    {
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// Words a count with its noun, singular or plural as the language wants (French: singular for 0 and 1; English:
    /// for 1): the resource <c>key.One</c> or <c>key.Other</c>, the count as <c>{0}</c> (<c>{0:N0}</c> in the resource).
    /// </summary>
    public string Plural(string key, long count)
    {
        var french = string.Equals(Culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal);
        var one = french ? count is 0 or 1 : count == 1;
        return string.Format(Culture, this[key + (one ? ".One" : ".Other")], count);
    }
}
