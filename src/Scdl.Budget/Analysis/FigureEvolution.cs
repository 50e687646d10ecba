namespace Scdl.Budget.Analysis;

/// <summary>One figure in one year and the year before, in euros, and how it changed.</summary>
/// <param name="Name">The figure.</param>
/// <param name="Previous">The figure of the year before.</param>
/// <param name="Current">The figure of the year.</param>
/// <param name="Change">Current minus previous.</param>
/// <param name="ChangeRate">The change as a fraction of the absolute previous figure (0.05 is +5 %), rounded to 6 decimals.</param>
public sealed record FigureEvolution(FigureName Name, AnalysisFigure Previous, AnalysisFigure Current, AnalysisFigure Change, AnalysisFigure ChangeRate);
