namespace Scdl.Budget;

/// <summary>
/// Identifies the budget step (étape budgétaire) a line belongs to: column <c>BGT_NATDEC</c>.
/// </summary>
/// <remarks>
/// <c>default(BudgetStep)</c> (0) means "not set" and is never written. The CSV spelling of each member is
/// given in its documentation; it is written exactly so, lower case with accents.
/// </remarks>
public enum BudgetStep
{
    /// <summary>Initial budget voted for the year: CSV <c>budget primitif</c>, TOTEM NatDec 01.</summary>
    BudgetPrimitif = 1,

    /// <summary>Supplementary budget that carries over last year's results: CSV <c>budget supplémentaire</c>, TOTEM NatDec 03.</summary>
    BudgetSupplementaire = 2,

    /// <summary>Amending decision during the year: CSV <c>décision modificative</c>, TOTEM NatDec 02.</summary>
    DecisionModificative = 3,

    /// <summary>Year-end account of what was executed: CSV <c>compte administratif</c>, TOTEM NatDec 09.</summary>
    CompteAdministratif = 4,

    /// <summary>
    /// Single financial account that replaces the compte administratif (TOTEM NatDec 10). scdl/budget 0.8.x has no
    /// CSV value for it: writers emit <c>compte administratif</c> by default (see <c>CfuPolicy</c> of the writer options).
    /// </summary>
    CompteFinancierUnique = 5,
}
