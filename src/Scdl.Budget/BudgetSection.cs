namespace Scdl.Budget;

/// <summary>
/// Identifies the budget section of a line: column <c>BGT_SECTION</c>.
/// </summary>
/// <remarks><c>default(BudgetSection)</c> (0) means "not set".</remarks>
public enum BudgetSection
{
    /// <summary>Capital section: CSV <c>investissement</c>, plan de comptes section <c>I</c>.</summary>
    Investissement = 1,

    /// <summary>Operating section: CSV <c>fonctionnement</c>, plan de comptes section <c>F</c>.</summary>
    Fonctionnement = 2,
}
