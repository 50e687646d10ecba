namespace Scdl.Budget.Analysis;

/// <content>Synchronous analysis.</content>
public static partial class BudgetAnalyzer
{
    /// <summary>Analyses typed lines, such as a caller's own or those of a reader.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AnalysisOptions.TopFunctions"/> is negative.</exception>
    public static BudgetAnalysis Analyze(IEnumerable<BudgetLine> lines, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var run = new AnalysisRun(options);
        foreach (var line in lines)
        {
            run.Add(line);
        }

        return run.Build();
    }

    /// <summary>
    /// Analyses the records of a reader (CSV, TOTEM): each record with a typed line counts, the others are counted in
    /// <see cref="BudgetAnalysis.LinesNotCounted"/>.
    /// </summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AnalysisOptions.TopFunctions"/> is negative.</exception>
    public static BudgetAnalysis Analyze(IEnumerable<BudgetRecord> records, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var run = new AnalysisRun(options);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            run.Add(record);
        }

        return run.Build();
    }
}
