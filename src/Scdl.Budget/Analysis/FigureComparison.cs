namespace Scdl.Budget.Analysis;

/// <summary>One figure as voted for a year and as carried out, in euros.</summary>
/// <param name="Name">The figure.</param>
/// <param name="Voted">The figure of the budget voted for the year.</param>
/// <param name="Realised">The figure of the compte administratif or financier unique of the year.</param>
/// <param name="Difference">Realised minus voted.</param>
/// <param name="TauxDeRealisation">Realised as a fraction of voted, rounded to 6 decimals.</param>
public sealed record FigureComparison(FigureName Name, AnalysisFigure Voted, AnalysisFigure Realised, AnalysisFigure Difference, AnalysisFigure TauxDeRealisation);
