namespace Scdl.Budget.Summary;

/// <summary>
/// Totals of the carried-forward lines of one document in one section and direction: chapter 001 (solde d'exécution
/// de la section d'investissement reporté) in investissement, chapter 002 (résultat de fonctionnement reporté) in
/// fonctionnement. They bring last year's results into this year: neither real nor order operations of the year, so
/// they are in none of the <see cref="BudgetTotal"/> entries. Amounts are in euros; an empty cell counts as 0.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="Direction">Recette (an excédent carried forward) or dépense (a déficit carried forward).</param>
/// <param name="LineCount">The number of lines added up.</param>
/// <param name="Amount">The total of the document's <see cref="AmountBasis"/>.</param>
/// <param name="MontantVote">The total of <c>BGT_MTPREV</c>.</param>
/// <param name="RestesARealiserPrecedents">The total of <c>BGT_MTRARPREC</c>.</param>
/// <param name="Realisations">The total of <c>BGT_MTREAL</c>.</param>
/// <param name="RestesARealiser">The total of <c>BGT_MTRAR3112</c>.</param>
public sealed record CarriedForwardTotal(
    BudgetSection Section,
    FlowDirection Direction,
    long LineCount,
    decimal Amount,
    decimal MontantVote,
    decimal RestesARealiserPrecedents,
    decimal Realisations,
    decimal RestesARealiser);
