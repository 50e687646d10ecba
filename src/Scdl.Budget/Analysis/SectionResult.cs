namespace Scdl.Budget.Analysis;

/// <summary>
/// The results of one section of a compte administratif or compte financier unique, in euros, from its executed
/// amounts (<c>BGT_MTREAL</c>) and its restes à réaliser (<c>BGT_MTRAR3112</c>).
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="ResultatDeLExercice">
/// The result of the year: receipts minus expenses of the year, real and order, without the carried-forward
/// balance (the résultat de l'exercice in fonctionnement, the solde d'exécution de l'exercice in investissement).
/// </param>
/// <param name="SoldeReporte">The balance carried forward from last year: recettes minus dépenses of chapter 002 or 001.</param>
/// <param name="ResultatDeCloture">The closing result: the result of the year plus the balance carried forward.</param>
/// <param name="RestesARealiserRecettes">The receipts committed but not yet received at 31 December (restes à réaliser).</param>
/// <param name="RestesARealiserDepenses">The expenses committed but not yet paid at 31 December (restes à réaliser).</param>
public sealed record SectionResult(
    BudgetSection Section,
    AnalysisFigure ResultatDeLExercice,
    AnalysisFigure SoldeReporte,
    AnalysisFigure ResultatDeCloture,
    decimal RestesARealiserRecettes,
    decimal RestesARealiserDepenses)
{
    /// <summary>Gets the restes à réaliser in recettes minus those in dépenses.</summary>
    public decimal SoldeRestesARealiser => RestesARealiserRecettes - RestesARealiserDepenses;
}
