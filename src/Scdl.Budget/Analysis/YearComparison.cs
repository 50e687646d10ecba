namespace Scdl.Budget.Analysis;

/// <summary>
/// One authority's figures in a year against the year before, both carried out (compte administratif or financier
/// unique) or both voted (the latest budget document given for each year).
/// </summary>
/// <param name="Siret">The SIRET of the budget.</param>
/// <param name="AuthorityName">The name of the authority, as the document of the later year gives it.</param>
/// <param name="Realised">Whether both years are carried out (<see langword="true"/>) or voted.</param>
/// <param name="PreviousYear">The earlier year.</param>
/// <param name="PreviousStep">The step of the document of the earlier year.</param>
/// <param name="Year">The later year.</param>
/// <param name="Step">The step of the document of the later year.</param>
/// <param name="Figures">Each figure in both years and its evolution.</param>
public sealed record YearComparison(
    Siret Siret,
    string AuthorityName,
    bool Realised,
    int PreviousYear,
    BudgetStep PreviousStep,
    int Year,
    BudgetStep Step,
    IReadOnlyList<FigureEvolution> Figures);
