using System.Globalization;

namespace Scdl.Budget.Totem.Internal;

/// <summary>Reads TOTEM amounts (<c>V</c> attributes: optional sign, <c>.</c> decimals, no grouping) and shortens values for messages.</summary>
internal static class Amounts
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static bool TryParse(string value, out decimal amount) =>
        decimal.TryParse(value, Style, CultureInfo.InvariantCulture, out amount);

    /// <summary>Shortens a value from the input to <see cref="Finding.MaxValueLength"/> characters, as findings do.</summary>
    public static string Shorten(string value) =>
        value.Length <= Finding.MaxValueLength ? value : string.Concat(value.AsSpan(0, Finding.MaxValueLength - 1), "…");
}
