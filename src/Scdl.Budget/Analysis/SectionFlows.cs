namespace Scdl.Budget.Analysis;

/// <summary>
/// The amounts of one section of a document, on the document's <see cref="AnalysisBasis"/>, in euros: its real and
/// order operations of the year and its carried-forward balance (chapter 002 in fonctionnement, 001 in
/// investissement), in recettes and in dépenses.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="RecettesReelles">The real receipts of the year.</param>
/// <param name="RecettesOrdre">The order receipts of the year.</param>
/// <param name="RecettesReportees">The excédent carried forward (recette of chapter 002 or 001).</param>
/// <param name="DepensesReelles">The real expenses of the year.</param>
/// <param name="DepensesOrdre">The order expenses of the year.</param>
/// <param name="DepensesReportees">The déficit carried forward (dépense of chapter 002 or 001).</param>
public sealed record SectionFlows(
    BudgetSection Section,
    decimal RecettesReelles,
    decimal RecettesOrdre,
    decimal RecettesReportees,
    decimal DepensesReelles,
    decimal DepensesOrdre,
    decimal DepensesReportees)
{
    /// <summary>Gets the receipts of the year: real and order, without the carried-forward balance.</summary>
    public decimal RecettesDeLExercice => RecettesReelles + RecettesOrdre;

    /// <summary>Gets the expenses of the year: real and order, without the carried-forward balance.</summary>
    public decimal DepensesDeLExercice => DepensesReelles + DepensesOrdre;

    /// <summary>Gets every receipt of the section, the carried-forward balance included.</summary>
    public decimal RecettesTotales => RecettesDeLExercice + RecettesReportees;

    /// <summary>Gets every expense of the section, the carried-forward balance included.</summary>
    public decimal DepensesTotales => DepensesDeLExercice + DepensesReportees;
}
