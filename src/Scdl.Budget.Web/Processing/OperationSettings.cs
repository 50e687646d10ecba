using System.Globalization;

namespace Scdl.Budget.Web.Processing;

/// <summary>
/// The choices people make, for the page and the API alike: the version of scdl/budget, the column convention, the
/// worksheet of a workbook, the language of the reports. Each comes from a query or form value of the same name.
/// </summary>
internal sealed record OperationSettings
{
    /// <summary>The name of the schema version value.</summary>
    public const string SchemaVersionName = "schemaVersion";

    /// <summary>The name of the column convention value: <c>schema</c> or <c>totem</c>.</summary>
    public const string ConventionName = "convention";

    /// <summary>The name of the worksheet value.</summary>
    public const string SheetName = "sheet";

    /// <summary>The name of the value that says a CSV file or a sheet has no header row: <c>true</c> (or <c>on</c>, as a checkbox sends it).</summary>
    public const string NoHeaderName = "noHeader";

    /// <summary>The name of the language value: <c>fr</c> or <c>en</c>.</summary>
    public const string LanguageName = "lang";

    /// <summary>Gets the version of scdl/budget to check against.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>Gets which column holds the account.</summary>
    public ColumnConvention Convention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets a value indicating whether the file has a header row (if not, its 22 columns are read by position, in the schema's order).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Gets the worksheet to read in a workbook, or <see langword="null"/> for the first visible one.</summary>
    public string? Worksheet { get; init; }

    /// <summary>Gets the language of the reports and messages.</summary>
    public CultureInfo Culture { get; init; } = Languages.French;

    /// <summary>Gets the spelling of a convention in requests.</summary>
    public static string ConventionText(ColumnConvention convention) => convention == ColumnConvention.TotemConverters ? "totem" : "schema";

    /// <summary>Reads the settings from named values; the error names the value that cannot be used.</summary>
    /// <param name="value">Gets a value by name, or <see langword="null"/> when it is not given.</param>
    /// <param name="culture">The language already chosen for the request.</param>
    /// <param name="settings">The settings read.</param>
    /// <param name="error">The name of the wrong value, and the values allowed.</param>
    public static bool TryRead(Func<string, string?> value, CultureInfo culture, out OperationSettings settings, out (string Name, string Allowed)? error)
    {
        settings = new OperationSettings { Culture = culture };
        error = null;
        var version = value(SchemaVersionName);
        if (!string.IsNullOrEmpty(version))
        {
            if (!SchemaVersion.TryParse(version, out var parsed))
            {
                error = (SchemaVersionName, string.Join(", ", SchemaVersion.All.Select(v => v.Text)));
                return false;
            }

            settings = settings with { SchemaVersion = parsed };
        }

        switch (value(ConventionName))
        {
            case null or "" or "schema":
                break;
            case "totem":
                settings = settings with { Convention = ColumnConvention.TotemConverters };
                break;
            default:
                error = (ConventionName, "schema, totem");
                return false;
        }

        switch (value(NoHeaderName)?.Trim().ToUpperInvariant())
        {
            case null or "" or "FALSE" or "0" or "OFF":
                break;
            case "TRUE" or "1" or "ON":
                settings = settings with { HasHeader = false };
                break;
            default:
                error = (NoHeaderName, "true, false");
                return false;
        }

        var sheet = value(SheetName);
        if (!string.IsNullOrWhiteSpace(sheet))
        {
            settings = settings with { Worksheet = sheet.Trim() };
        }

        return true;
    }
}
