namespace Scdl.Budget.Analysis;

/// <summary>
/// The results of a compte administratif or compte financier unique: per section and for the whole budget, the
/// result of the year, the balance carried forward, the closing result, the restes à réaliser and the global result.
/// </summary>
public sealed record BudgetResults
{
    internal BudgetResults(SectionResult fonctionnement, SectionResult investissement)
    {
        Fonctionnement = fonctionnement;
        Investissement = investissement;
        ResultatDeLExercice = AnalysisFigure.Combine(fonctionnement.ResultatDeLExercice, investissement.ResultatDeLExercice, (a, b) => a + b);
        ResultatDeCloture = AnalysisFigure.Combine(fonctionnement.ResultatDeCloture, investissement.ResultatDeCloture, (a, b) => a + b);
        SoldeRestesARealiser = fonctionnement.SoldeRestesARealiser + investissement.SoldeRestesARealiser;
        ResultatGlobal = AnalysisFigure.Combine(ResultatDeCloture, AnalysisFigure.Of(SoldeRestesARealiser), (a, b) => a + b);
    }

    /// <summary>Gets the results of the fonctionnement section.</summary>
    public SectionResult Fonctionnement { get; }

    /// <summary>Gets the results of the investissement section.</summary>
    public SectionResult Investissement { get; }

    /// <summary>Gets the result of the year of both sections together.</summary>
    public AnalysisFigure ResultatDeLExercice { get; }

    /// <summary>Gets the closing result of both sections together (résultat de clôture).</summary>
    public AnalysisFigure ResultatDeCloture { get; }

    /// <summary>Gets the restes à réaliser of both sections, recettes minus dépenses.</summary>
    public decimal SoldeRestesARealiser { get; }

    /// <summary>Gets the global result: the closing result plus the balance of the restes à réaliser.</summary>
    public AnalysisFigure ResultatGlobal { get; }
}
