using Scdl.Budget.Analysis;

namespace Scdl.Budget.Reports;

/// <summary>One figure of an analysis as the reports show it (see <see cref="AnalysisRows"/>).</summary>
/// <param name="Key">The JSON name, and the key of its words in the resources.</param>
/// <param name="Figure">The value, or why there is none.</param>
/// <param name="Unit">What it counts.</param>
internal readonly record struct FigureRow(string Key, AnalysisFigure Figure, FigureUnit Unit);
