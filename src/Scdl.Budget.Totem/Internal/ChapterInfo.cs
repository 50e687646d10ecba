namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// A chapter by nature of the plan de comptes: its code, label and section (null when the plan gives none), and
/// the year of the plan that gave it when that is not the document's year.
/// </summary>
internal sealed record ChapterInfo(string Code, string Label, BudgetSection? Section)
{
    public int? OtherYear { get; init; }
}
