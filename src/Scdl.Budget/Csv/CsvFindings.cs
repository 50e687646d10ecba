using System.Globalization;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>Builds the findings of reading and writing with the default severity of their code (<see cref="FindingCodes"/>), so that no severity is written twice.</summary>
internal static class CsvFindings
{
    public static Finding Make(string code, SourceLocation location, string? value = null, params IReadOnlyList<string> arguments) =>
        new(code, FindingCodes.Get(code).DefaultSeverity, location, value, arguments);

    /// <summary>The finding of a text whose length the column does not allow (<see cref="ScdlColumn.HasWrongLength"/>).</summary>
    public static Finding InvalidLength(ScdlColumn column, SourceLocation location, string text) =>
        Make(FindingCodes.InvalidLength, location, text,
            text.Length.ToString(CultureInfo.InvariantCulture),
            (column.MinLength ?? 0).ToString(CultureInfo.InvariantCulture),
            column.MaxLength?.ToString(CultureInfo.InvariantCulture) ?? "∞");
}
