namespace Scdl.Budget.Totem;

/// <summary>
/// Holds the header of a TOTEM budget document (<c>DocumentBudgetaire</c>): who, which budget, which plan de
/// comptes, which year and which budget step. Read and checked by <see cref="TotemReader"/> before the first line.
/// </summary>
public sealed record TotemHeader
{
    /// <summary>Gets the budget step, from <c>BlocBudget/NatDec</c> (01, 02, 03, 09 or 10).</summary>
    public required BudgetStep Step { get; init; }

    /// <summary>Gets the fiscal year (exercice), from <c>BlocBudget/Exer</c>.</summary>
    public required int Year { get; init; }

    /// <summary>
    /// Gets the SIRET of the budget's establishment, from <c>EnTeteBudget/IdEtab</c> (or
    /// <c>EnTeteDocBudgetaire/IdColl</c> when absent). 14 digits; <see cref="Siret.IsCheckDigitValid"/> may be
    /// <see langword="false"/>, which the converter reports.
    /// </summary>
    public required Siret Siret { get; init; }

    /// <summary>Gets the name of the local authority, from <c>EnTeteDocBudgetaire/LibelleColl</c>, or <see langword="null"/>.</summary>
    public string? AuthorityName { get; init; }

    /// <summary>Gets the name of the budget, from <c>EnTeteBudget/LibelleEtab</c> (such as <c>BUDGET PRINCIPAL</c>), or <see langword="null"/>.</summary>
    public string? BudgetName { get; init; }

    /// <summary>Gets the norme of the plan de comptes, such as <c>M14</c> or <c>M57</c>: the part of <c>EnTeteBudget/Nomenclature</c> before the dash.</summary>
    public required string Norme { get; init; }

    /// <summary>Gets the déclinaison of the plan de comptes, such as <c>M14_COM_500_3500</c> or <c>M57_A</c>: the part of <c>EnTeteBudget/Nomenclature</c> after the dash.</summary>
    public required string Declinaison { get; init; }

    /// <summary>Gets the budget type, from <c>BlocBudget/CodTypBud</c>: <c>P</c> for the principal budget, <c>A</c> for an annex budget; or <see langword="null"/>.</summary>
    public string? BudgetType { get; init; }

    /// <summary>Gets the SIRET of the principal budget of an annex budget, as written in <c>BlocBudget/IdEtabPal</c>, or <see langword="null"/>.</summary>
    public string? PrincipalBudgetSiret { get; init; }

    /// <summary>Gets the functional presentation mode, from <c>BlocBudget/NatFonc</c> (<c>1</c>: no function on the lines), or <see langword="null"/>.</summary>
    public string? FunctionalPresentation { get; init; }

    /// <summary>Gets the version of the TOTEM schema, from <c>VersionSchema</c> (such as <c>100</c>), or <see langword="null"/>.</summary>
    public string? TotemSchemaVersion { get; init; }

    /// <summary>Gets a value indicating whether the document was read inside a compte financier unique (<c>CompteFinancierUnique</c> root).</summary>
    public bool InCompteFinancierUnique { get; init; }

    /// <summary>Gets the 1-based XML line of the <c>Budget</c> element this header is read from.</summary>
    public long BudgetElementLine { get; init; }

    /// <summary>Gets the 1-based XML line of the SIRET element, to locate findings about it.</summary>
    public long SiretLine { get; init; }

    /// <summary>Gets the 1-based XML line of the <c>NatDec</c> element, to locate findings about the step.</summary>
    public long StepLine { get; init; }

    /// <summary>Gets the 1-based XML line of the <c>Nomenclature</c> element, to locate findings about the plan de comptes.</summary>
    public long NomenclatureLine { get; init; }
}
