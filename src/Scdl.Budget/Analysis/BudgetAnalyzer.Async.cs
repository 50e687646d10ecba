namespace Scdl.Budget.Analysis;

/// <content>Asynchronous analysis.</content>
public static partial class BudgetAnalyzer
{
    /// <summary>Analyses typed lines from an asynchronous source. See <see cref="Analyze(IEnumerable{BudgetLine}, AnalysisOptions?)"/>.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AnalysisOptions.TopFunctions"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<BudgetAnalysis> AnalyzeAsync(IAsyncEnumerable<BudgetLine> lines, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var run = new AnalysisRun(options);
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Add(line);
        }

        return run.Build();
    }

    /// <summary>Analyses the records of an asynchronous reader. See <see cref="Analyze(IEnumerable{BudgetRecord}, AnalysisOptions?)"/>.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AnalysisOptions.TopFunctions"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<BudgetAnalysis> AnalyzeAsync(IAsyncEnumerable<BudgetRecord> records, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var run = new AnalysisRun(options);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            run.Add(record);
        }

        return run.Build();
    }
}
