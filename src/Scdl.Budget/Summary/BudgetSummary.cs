namespace Scdl.Budget.Summary;

/// <summary>
/// The budget at a glance: for each document of the input, its totals per section, operation kind and direction,
/// its chapters and its balance checks. Built while validating, in memory proportional to the number of
/// documents and chapters, not of lines.
/// </summary>
public sealed class BudgetSummary
{
    internal BudgetSummary(IReadOnlyList<DocumentSummary> documents, long linesNotCounted)
    {
        Documents = documents;
        LinesNotCounted = linesNotCounted;
    }

    /// <summary>Gets an empty summary.</summary>
    public static BudgetSummary Empty { get; } = new([], 0);

    /// <summary>Gets the documents, in the order their first line appears.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; }

    /// <summary>
    /// Gets the number of records in no total: those that could not be typed, the lines of documents beyond the first
    /// 10,000 documents of the input (a bound that keeps memory flat on inputs mixing very many documents), and the
    /// lines whose amounts would take their document's totals beyond 10^23 euros (<c>SCDL323</c>).
    /// </summary>
    public long LinesNotCounted { get; }
}
