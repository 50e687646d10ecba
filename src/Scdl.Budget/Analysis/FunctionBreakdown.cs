namespace Scdl.Budget.Analysis;

/// <summary>
/// The functions with the largest real expenses of the year, per section, when the lines carry a function
/// (<c>BGT_FONCTION</c>); a budget voted by nature alone carries none, and <see cref="Gap"/> says so.
/// </summary>
public sealed record FunctionBreakdown
{
    internal FunctionBreakdown(FigureGap? gap, IReadOnlyList<FunctionTotal> fonctionnement, IReadOnlyList<FunctionTotal> investissement)
    {
        Gap = gap;
        Fonctionnement = fonctionnement;
        Investissement = investissement;
    }

    /// <summary>Gets why there is no breakdown (<see cref="FigureGap.NoFunction"/>), or <see langword="null"/> when there is one.</summary>
    public FigureGap? Gap { get; }

    /// <summary>Gets the largest functions of the fonctionnement section, largest first (at most <see cref="AnalysisOptions.TopFunctions"/>).</summary>
    public IReadOnlyList<FunctionTotal> Fonctionnement { get; }

    /// <summary>Gets the largest functions of the investissement section, largest first (at most <see cref="AnalysisOptions.TopFunctions"/>).</summary>
    public IReadOnlyList<FunctionTotal> Investissement { get; }
}
