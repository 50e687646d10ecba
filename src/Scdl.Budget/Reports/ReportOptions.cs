using System.Globalization;

namespace Scdl.Budget.Reports;

/// <summary>Options of the text, JSON and HTML reports.</summary>
public sealed record ReportOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// Gets the culture of the report: French for <c>fr</c> cultures, English otherwise, numbers formatted the
    /// culture's way in text and HTML (JSON numbers are always invariant); <see langword="null"/> (the default) for
    /// <see cref="CultureInfo.CurrentUICulture"/>.
    /// </summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>
    /// Gets how many groups of findings of one code the text report details (findings that differ only by their
    /// line are one group, shown once with their lines as ranges: <c>lines 2-30, 45</c>); the lines of the others
    /// are listed compactly. Defaults to 20.
    /// </summary>
    public int MaxFindingsPerCode { get; init; } = 20;

    /// <summary>Gets how many of the largest chapters the text summary lists. Defaults to 10.</summary>
    public int LargestChapters { get; init; } = 10;

    /// <summary>Gets a value indicating whether the JSON written by <see cref="JsonReport.CreateWriter"/> is indented. Defaults to <see langword="true"/>.</summary>
    public bool Indented { get; init; } = true;
}
