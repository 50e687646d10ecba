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
}
