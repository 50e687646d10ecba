namespace Scdl.Budget.Analysis;

/// <summary>
/// How much of the credits opened for the year one section, kind and direction of a compte administratif or
/// financier unique carried out, in euros; the carried-forward balances (001, 002) are left out.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="OperationKind">Réel or ordre.</param>
/// <param name="Direction">Recette or dépense.</param>
/// <param name="CreditsOuverts">The credits opened (<c>BGT_CREDOUV</c>): budget primitif, supplémentaire, décisions modificatives and restes à réaliser N-1.</param>
/// <param name="Realisations">The amounts executed (<c>BGT_MTREAL</c>).</param>
/// <param name="RestesARealiser">The amounts committed but not executed at 31 December (<c>BGT_MTRAR3112</c>).</param>
/// <param name="TauxExecution">The executed amounts as a fraction of the credits opened (taux d'exécution), rounded to 6 decimals.</param>
public sealed record ExecutionTotal(
    BudgetSection Section,
    OperationKind OperationKind,
    FlowDirection Direction,
    decimal CreditsOuverts,
    decimal Realisations,
    decimal RestesARealiser,
    AnalysisFigure TauxExecution);
