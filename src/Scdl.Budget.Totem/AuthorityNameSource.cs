namespace Scdl.Budget.Totem;

/// <summary>Chooses what the converter writes in <c>BGT_NOM</c> (nom de la collectivité).</summary>
public enum AuthorityNameSource
{
    /// <summary>
    /// The name of the local authority, <c>EnTeteDocBudgetaire/LibelleColl</c> (such as <c>CRACH</c>), as totem2csv
    /// and yatotem2scdl write it (the default). Falls back to the budget's name when absent.
    /// </summary>
    Authority = 1,

    /// <summary>
    /// The name of the budget, <c>EnTeteBudget/LibelleEtab</c> (such as <c>LOTISSEMENT LE BOCENO</c>), as the
    /// Megalis platform writes it. Falls back to the authority's name when absent.
    /// </summary>
    Budget = 2,

    /// <summary>Both, as <c>LibelleColl - LibelleEtab</c> (such as <c>CRACH - LOTISSEMENT LE BOCENO</c>); either alone when the other is absent.</summary>
    AuthorityAndBudget = 3,
}
