namespace Scdl.Budget.Totem.Internal;

/// <summary>A chapter by nature of the plan de comptes: its code, label and section (null when the plan gives none).</summary>
internal sealed record PlanChapter(string Code, string Label, BudgetSection? Section);
