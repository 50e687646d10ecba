namespace Scdl.Budget.Reports;

/// <summary>
/// Holds the carried-forward balance of one section and direction, in euros: chapter 002 (résultat de fonctionnement
/// reporté) or 001 (solde d'exécution de la section d'investissement reporté), neither real nor order.
/// </summary>
/// <param name="Section">The section (<c>BGT_SECTION</c>).</param>
/// <param name="Direction">Recette (an excédent carried forward) or dépense (a déficit).</param>
/// <param name="Amount">The total, in euros.</param>
public sealed record HtmlCarriedForwardTotal(BudgetSection Section, FlowDirection Direction, decimal Amount);
