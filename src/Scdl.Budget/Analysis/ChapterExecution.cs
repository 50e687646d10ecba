namespace Scdl.Budget.Analysis;

/// <summary>How much of the credits opened for one chapter of a compte administratif or financier unique was carried out, in euros.</summary>
/// <param name="ChapterCode">The chapter, such as <c>011</c>.</param>
/// <param name="ChapterLabel">The first non-empty label met for the chapter, or an empty string.</param>
/// <param name="Section">The section.</param>
/// <param name="OperationKind">Réel or ordre.</param>
/// <param name="Direction">Recette or dépense.</param>
/// <param name="CreditsOuverts">The credits opened (<c>BGT_CREDOUV</c>).</param>
/// <param name="Realisations">The amounts executed (<c>BGT_MTREAL</c>).</param>
/// <param name="RestesARealiser">The restes à réaliser at 31 December (<c>BGT_MTRAR3112</c>).</param>
/// <param name="TauxExecution">The executed amounts as a fraction of the credits opened, rounded to 6 decimals.</param>
public sealed record ChapterExecution(
    string ChapterCode,
    string ChapterLabel,
    BudgetSection Section,
    OperationKind OperationKind,
    FlowDirection Direction,
    decimal CreditsOuverts,
    decimal Realisations,
    decimal RestesARealiser,
    AnalysisFigure TauxExecution);
