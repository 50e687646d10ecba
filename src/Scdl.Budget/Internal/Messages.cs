using System.Globalization;
using System.Resources;

namespace Scdl.Budget.Internal;

/// <summary>
/// Renders messages to people, in French or English, from the one resource file <c>Resources/Messages.resx</c>
/// (English) and <c>Resources/Messages.fr.resx</c> (French). Finding templates take the column as <c>{0}</c>,
/// the value as <c>{1}</c> and the finding's arguments from <c>{2}</c> on.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Resources = new("Scdl.Budget.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key, CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        return Resources.GetString(key, culture) ?? key;
    }

    public static string FormatFinding(Finding finding, CultureInfo? culture) =>
        Format(finding.Code, finding.Location.Column, finding.Value, finding.Arguments, culture);

    public static string FormatException(string code, long line, string? column, IReadOnlyList<string> arguments, CultureInfo? culture)
    {
        var message = Format(code, column, null, arguments, culture);
        return line <= 0
            ? message
            : string.Format(culture ?? CultureInfo.CurrentUICulture, Get("Location.Line", culture), line) + " " + message;
    }

    private static string Format(string code, string? column, string? value, IReadOnlyList<string> arguments, CultureInfo? culture)
    {
        var template = Get(code, culture);
        var args = new object?[arguments.Count + 2];
        args[0] = column ?? string.Empty;
        args[1] = value ?? string.Empty;
        for (var i = 0; i < arguments.Count; i++)
        {
            args[i + 2] = arguments[i];
        }

        try
        {
            return string.Format(culture ?? CultureInfo.CurrentUICulture, template, args);
        }
        catch (FormatException)
        {
            // A template asking for more arguments than the finding has: show it unformatted rather than fail a report.
            return template;
        }
    }
}
