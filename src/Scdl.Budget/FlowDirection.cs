namespace Scdl.Budget;

/// <summary>
/// Identifies whether a line is a receipt or an expense: column <c>BGT_CODRD</c>.
/// </summary>
/// <remarks><c>default(FlowDirection)</c> (0) means "not set".</remarks>
public enum FlowDirection
{
    /// <summary>Receipt (income): CSV <c>recette</c>, TOTEM CodRD R.</summary>
    Recette = 1,

    /// <summary>Expense: CSV <c>dépense</c>, TOTEM CodRD D.</summary>
    Depense = 2,
}
