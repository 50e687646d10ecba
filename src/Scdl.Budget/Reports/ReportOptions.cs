using System.Globalization;

namespace Scdl.Budget.Reports;

/// <summary>Options of the JSON and text reports.</summary>
public sealed record ReportOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// Gets the culture of the messages: French for <c>fr</c> cultures, English otherwise; <see langword="null"/>
    /// (the default) for <see cref="CultureInfo.CurrentUICulture"/>.
    /// </summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// Gets how many distinct findings of one code the text report details (findings that differ only by their
    /// line are shown once, with their lines as ranges: <c>lines 2-30, 45</c>); the lines of the others are listed
    /// compactly. Defaults to 20.
    /// </summary>
    public int MaxFindingsPerCode { get; init; } = 20;

    /// <summary>Gets a value indicating whether the JSON report is indented. Defaults to <see langword="true"/>.</summary>
    public bool Indented { get; init; } = true;
}
