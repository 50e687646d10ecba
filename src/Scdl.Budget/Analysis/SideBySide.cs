namespace Scdl.Budget.Analysis;

/// <summary>Lines up the documents of each authority: voted against carried out in a year, and each year against the year before.</summary>
internal static class SideBySide
{
    private static readonly FigureName[] Names = Enum.GetValues<FigureName>();

    public static IReadOnlyList<VotedRealisedComparison> VotedVsRealised(IReadOnlyList<DocumentAnalysis> documents)
    {
        var comparisons = new List<VotedRealisedComparison>();
        foreach (var years in ByAuthority(documents))
        {
            foreach (var (year, (voted, realised)) in years)
            {
                if (voted is not null && realised is not null)
                {
                    comparisons.Add(new VotedRealisedComparison(
                        realised.Siret, realised.AuthorityName, year, voted.Step, voted.Basis, realised.Step,
                        [.. Names.Select(n => Compare(n, voted.GetFigure(n), realised.GetFigure(n)))]));
                }
            }
        }

        return comparisons;
    }

    public static IReadOnlyList<YearComparison> YearOverYear(IReadOnlyList<DocumentAnalysis> documents)
    {
        var comparisons = new List<YearComparison>();
        foreach (var years in ByAuthority(documents))
        {
            foreach (var realised in (ReadOnlySpan<bool>)[true, false])
            {
                foreach (var (year, latest) in years)
                {
                    var current = realised ? latest.Realised : latest.Voted;
                    var previous = years.TryGetValue(year - 1, out var before) ? (realised ? before.Realised : before.Voted) : null;
                    if (current is not null && previous is not null)
                    {
                        comparisons.Add(new YearComparison(
                            current.Siret, current.AuthorityName, realised, previous.Year, previous.Step, current.Year, current.Step,
                            [.. Names.Select(n => Evolve(n, previous.GetFigure(n), current.GetFigure(n)))]));
                    }
                }
            }
        }

        return comparisons;
    }

    /// <summary>
    /// For each authority (in the order of its first document), its years in order, each with its latest budget document
    /// (by step: primitif, supplémentaire, modificative; then the last given) and its last carried-out document. One pass.
    /// </summary>
    private static List<SortedDictionary<int, (DocumentAnalysis? Voted, DocumentAnalysis? Realised)>> ByAuthority(IReadOnlyList<DocumentAnalysis> documents)
    {
        var authorities = new List<SortedDictionary<int, (DocumentAnalysis? Voted, DocumentAnalysis? Realised)>>();
        var index = new Dictionary<Siret, SortedDictionary<int, (DocumentAnalysis? Voted, DocumentAnalysis? Realised)>>();
        foreach (var document in documents)
        {
            if (!index.TryGetValue(document.Siret, out var years))
            {
                years = [];
                index.Add(document.Siret, years);
                authorities.Add(years);
            }

            var (voted, realised) = years.GetValueOrDefault(document.Year);
            if (document.IsRealised)
            {
                realised = document;
            }
            else if (voted is null || StepRank(document.Step) >= StepRank(voted.Step))
            {
                voted = document;
            }

            years[document.Year] = (voted, realised);
        }

        return authorities;
    }

    private static int StepRank(BudgetStep step) => step switch
    {
        BudgetStep.BudgetPrimitif => 1,
        BudgetStep.BudgetSupplementaire => 2,
        _ => 3,
    };

    private static FigureComparison Compare(FigureName name, AnalysisFigure voted, AnalysisFigure realised) => new(
        name, voted, realised,
        AnalysisFigure.Combine(realised, voted, (r, v) => r - v),
        AnalysisFigure.Ratio(realised, voted, 6));

    private static FigureEvolution Evolve(FigureName name, AnalysisFigure previous, AnalysisFigure current)
    {
        var change = AnalysisFigure.Combine(current, previous, (c, p) => c - p);
        var absolutePrevious = previous.Value is { } p ? AnalysisFigure.Of(Math.Abs(p)) : previous;
        return new FigureEvolution(name, previous, current, change, AnalysisFigure.Ratio(change, absolutePrevious, 6));
    }
}
