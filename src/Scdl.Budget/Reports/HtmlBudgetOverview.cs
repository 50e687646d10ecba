namespace Scdl.Budget.Reports;

/// <summary>
/// Holds the figures the HTML report draws: totals per section, direction and real/order kind, the carried-forward
/// balances, totals per chapter, and the balance checks. Amounts are in euros.
/// </summary>
public sealed record HtmlBudgetOverview
{
    /// <summary>Gets what the figures are about, such as the authority, the step and the year; may be empty.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>
    /// Gets the amount column the totals add up, such as <c>BGT_MTPREV</c> (voted) for a budget primitif or
    /// <c>BGT_MTREAL</c> (executed) for a compte administratif.
    /// </summary>
    public required string AmountColumn { get; init; }

    /// <summary>Gets the totals per section, direction and real/order kind, the carried-forward balances apart.</summary>
    public IReadOnlyList<HtmlSectionTotal> Sections { get; init; } = [];

    /// <summary>Gets the carried-forward balances (chapters 001 and 002) per section and direction.</summary>
    public IReadOnlyList<HtmlCarriedForwardTotal> CarriedForward { get; init; } = [];

    /// <summary>Gets the totals per chapter, the carried-forward chapters (001, 002) left out; the report draws the largest ones.</summary>
    public IReadOnlyList<HtmlChapterTotal> Chapters { get; init; } = [];

    /// <summary>Gets the balance checks: two totals that should be equal.</summary>
    public IReadOnlyList<HtmlBalanceCheck> Checks { get; init; } = [];
}
