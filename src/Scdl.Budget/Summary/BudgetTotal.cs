namespace Scdl.Budget.Summary;

/// <summary>
/// Totals of the operations of the year of one document that share a section, an operation kind (réel or ordre)
/// and a direction (recette or dépense). The carried-forward balances (chapters 001 and 002) are in none of them:
/// they have their own <see cref="CarriedForwardTotal"/>. Amounts are in euros; an empty cell counts as 0.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="OperationKind">Réel or ordre.</param>
/// <param name="Direction">Recette or dépense.</param>
/// <param name="LineCount">The number of lines added up.</param>
/// <param name="Amount">The total of the document's <see cref="AmountBasis"/>: the figure balance checks compare.</param>
/// <param name="MontantVote">The total of <c>BGT_MTPREV</c>.</param>
/// <param name="RestesARealiserPrecedents">The total of <c>BGT_MTRARPREC</c>.</param>
/// <param name="Realisations">The total of <c>BGT_MTREAL</c>.</param>
/// <param name="RestesARealiser">The total of <c>BGT_MTRAR3112</c>.</param>
public sealed record BudgetTotal(
    BudgetSection Section,
    OperationKind OperationKind,
    FlowDirection Direction,
    long LineCount,
    decimal Amount,
    decimal MontantVote,
    decimal RestesARealiserPrecedents,
    decimal Realisations,
    decimal RestesARealiser);
