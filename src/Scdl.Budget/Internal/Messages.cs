using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<string, ulong> Numeric = new(StringComparer.Ordinal);

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
        var numeric = NumericPlaceholders(template);
        for (var i = 0; i < arguments.Count; i++)
        {
            // Arguments are invariant text; a placeholder with a number format ({2:N2}) formats them the culture's way.
            args[i + 2] = (numeric & (1UL << Math.Min(i + 2, 63))) != 0
                && decimal.TryParse(arguments[i], NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : arguments[i];
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

    /// <summary>Gets a bit per placeholder index that has a numeric format, such as <c>{3:N2}</c>, <c>{2:N0}</c> or <c>{5:0.#}</c>.</summary>
    private static ulong NumericPlaceholders(string template) =>
        Numeric.GetOrAdd(template, static t =>
        {
            var bits = 0UL;
            for (var i = t.IndexOf('{', StringComparison.Ordinal); i >= 0 && i < t.Length - 1; i = t.IndexOf('{', i + 1))
            {
                var end = i + 1;
                while (end < t.Length && char.IsAsciiDigit(t[end]))
                {
                    end++;
                }

                if (end > i + 1 && end + 1 < t.Length && t[end] == ':' && t[end + 1] is 'N' or 'F' or '0' or '#')
                {
                    bits |= 1UL << Math.Min(int.Parse(t.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture), 63);
                }
            }

            return bits;
        });
}
