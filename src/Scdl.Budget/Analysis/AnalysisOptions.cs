namespace Scdl.Budget.Analysis;

/// <summary>Options of an analysis (<see cref="BudgetAnalyzer"/>).</summary>
public sealed record AnalysisOptions
{
    /// <summary>Gets the default options.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// Gets the nomenclature of the input, whose definitions of the figures apply, as TOTEM writes it
    /// (<c>M14-M14_COM_500_3500</c>, <c>M57_A</c>) or as a norme (<c>M57</c>, <c>M4</c>). Defaults to
    /// <see langword="null"/>: an SCDL file does not say its nomenclature, and the definitions shared by every
    /// nomenclature apply (docs/analysis.md lists where they differ).
    /// </summary>
    public string? Nomenclature { get; init; }

    /// <summary>
    /// Gets the outstanding debt at the end of the year (encours de la dette au 31 décembre, capital restant dû), in
    /// euros, that the capacité de désendettement divides by the épargne brute. Budget lines do not carry it (a
    /// TOTEM compte administratif has it in its loans annex). It applies to every document of the input: analyse one
    /// document at a time to give each its own. Defaults to <see langword="null"/>: the capacité says the debt is missing.
    /// </summary>
    public decimal? OutstandingDebt { get; init; }

    /// <summary>Gets how many functions <see cref="DocumentAnalysis.Fonctions"/> lists per section. Defaults to 5.</summary>
    public int TopFunctions { get; init; } = 5;
}
