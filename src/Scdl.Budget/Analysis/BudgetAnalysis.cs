namespace Scdl.Budget.Analysis;

/// <summary>
/// The analysis of an input: one <see cref="DocumentAnalysis"/> per budget document (SIRET, year, step), and the
/// documents of one authority lined up: the budget voted for a year against what was carried out, and each year
/// against the year before. Several inputs (files) line up once combined (<see cref="Combine"/>).
/// </summary>
public sealed class BudgetAnalysis
{
    internal BudgetAnalysis(IReadOnlyList<DocumentAnalysis> documents, long linesNotCounted)
    {
        Documents = documents;
        LinesNotCounted = linesNotCounted;
        VotedVsRealised = SideBySide.VotedVsRealised(documents);
        Evolutions = SideBySide.YearOverYear(documents);
    }

    /// <summary>Gets an analysis of nothing.</summary>
    public static BudgetAnalysis Empty { get; } = new([], 0);

    /// <summary>Gets the documents, in the order they first appear (inputs combined: in the order of the inputs).</summary>
    public IReadOnlyList<DocumentAnalysis> Documents { get; }

    /// <summary>
    /// Gets the number of records in no document's figures: those without a typed line, the lines of documents beyond
    /// the first 10,000 (a bound that keeps memory flat), and the lines whose amounts would take their document's
    /// totals beyond 10^23 euros (validation reports them, <c>SCDL323</c>).
    /// </summary>
    public long LinesNotCounted { get; }

    /// <summary>
    /// Gets, for each authority (SIRET) and year with both, the budget voted (the latest budget document of the year
    /// given) against the compte administratif or financier unique, in the order of the authorities' first documents,
    /// then by year.
    /// </summary>
    public IReadOnlyList<VotedRealisedComparison> VotedVsRealised { get; }

    /// <summary>
    /// Gets, for each authority and pair of consecutive years, the carried-out figures of both years, and the voted
    /// figures of both years (the latest budget document given for each), with their evolution.
    /// </summary>
    public IReadOnlyList<YearComparison> Evolutions { get; }

    /// <summary>
    /// Combines the analyses of several inputs (such as one file per budget document) into one, whose documents line
    /// up. Documents keep their own analysis: two décisions modificatives of one year given as two files stay two.
    /// </summary>
    /// <param name="analyses">The analyses, in the order of their inputs.</param>
    /// <returns>The combined analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> or one of them is <see langword="null"/>.</exception>
    public static BudgetAnalysis Combine(IEnumerable<BudgetAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var documents = new List<DocumentAnalysis>();
        long notCounted = 0;
        foreach (var analysis in analyses)
        {
            ArgumentNullException.ThrowIfNull(analysis, nameof(analyses));
            documents.AddRange(analysis.Documents);
            notCounted += analysis.LinesNotCounted;
        }

        return new BudgetAnalysis(documents, notCounted);
    }
}
