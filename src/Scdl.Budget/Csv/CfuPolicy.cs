namespace Scdl.Budget.Csv;

/// <summary>
/// Chooses how a writer spells a line of a compte financier unique (<see cref="BudgetStep.CompteFinancierUnique"/>),
/// which scdl/budget 0.8.x has no value for.
/// </summary>
public enum CfuPolicy
{
    /// <summary>Write <c>compte administratif</c>, the value the schema allows and the CFU replaces (the default).</summary>
    AsCompteAdministratif = 1,

    /// <summary>Write <c>compte financier unique</c> literally: clearer, but the file then fails the schema's enum.</summary>
    Literal = 2,
}
