namespace Scdl.Budget.Reports;

/// <summary>
/// Holds what the HTML report of one file shows: the verdict and counts, the findings grouped by code, and the
/// budget at a glance. Build it from a validation report and a budget summary, or by hand.
/// </summary>
public sealed partial record HtmlReportModel
{
    /// <summary>Gets the name of the file the report is about, shown as the title.</summary>
    public required string Source { get; init; }

    /// <summary>Gets an optional line under the title, such as the authority, the step and the year.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the number of data lines (or TOTEM budget lines) read.</summary>
    public long LinesRead { get; init; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Error"/>, all of them, kept or not.</summary>
    public long ErrorCount { get; init; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Warning"/>, all of them, kept or not.</summary>
    public long WarningCount { get; init; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Info"/>, all of them, kept or not.</summary>
    public long InfoCount { get; init; }

    /// <summary>
    /// Gets the findings to list. A report may keep only the first ones; <see cref="CountsByCode"/> then gives the
    /// true count of each code.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>
    /// Gets the number of findings of each code, kept or not. When empty, the counts are those of <see cref="Findings"/>.
    /// </summary>
    public IReadOnlyDictionary<string, long> CountsByCode { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>
    /// Gets the budget at a glance: one overview per budget document of the file (usually one; a file mixing several
    /// authorities, years or steps has several). Empty when no line could be read.
    /// </summary>
    public IReadOnlyList<HtmlBudgetOverview> Budgets { get; init; } = [];

    /// <summary>Gets a value indicating whether the file has no error finding.</summary>
    public bool IsValid => ErrorCount == 0;
}
