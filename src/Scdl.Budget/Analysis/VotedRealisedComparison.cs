namespace Scdl.Budget.Analysis;

/// <summary>
/// The budget voted for a year against what was carried out, for one authority: the latest budget document of the year
/// given (a décision modificative or budget supplémentaire gives the whole budget voted to date, a budget primitif
/// its own) against the compte administratif or financier unique of the same year.
/// </summary>
/// <param name="Siret">The SIRET of the budget.</param>
/// <param name="AuthorityName">The name of the authority, as the realised document gives it.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="VotedStep">The step of the budget document compared.</param>
/// <param name="VotedBasis">Which amounts of it are compared.</param>
/// <param name="RealisedStep">Compte administratif or compte financier unique.</param>
/// <param name="Figures">Each figure, voted and realised.</param>
public sealed record VotedRealisedComparison(
    Siret Siret,
    string AuthorityName,
    int Year,
    BudgetStep VotedStep,
    AnalysisBasis VotedBasis,
    BudgetStep RealisedStep,
    IReadOnlyList<FigureComparison> Figures);
