using Scdl.Budget.Csv;

namespace Scdl.Budget.Normalization;

/// <summary>
/// Reports what a normalisation did: the dialect read, how many lines were written, every change made (line,
/// column, before, after) and the tally of the reader's findings, among which those it could not fix.
/// </summary>
public sealed class NormalizationResult
{
    internal NormalizationResult(CsvDialect? dialect, IReadOnlyList<DialectChange> dialectChanges, long linesWritten, long changeCount, IReadOnlyList<CellChange> changes, FindingTally findings)
    {
        Dialect = dialect;
        DialectChanges = dialectChanges;
        LinesWritten = linesWritten;
        ChangeCount = changeCount;
        Changes = changes;
        Findings = findings;
    }

    /// <summary>Gets the dialect of the input, as detected (or forced).</summary>
    public CsvDialect? Dialect { get; }

    /// <summary>
    /// Gets what the output changes of the input's dialect, in this order: the encoding transcoded to UTF-8, the byte
    /// order mark removed, the separator and the decimal separator replaced, the line breaks; empty when the input
    /// was already written as the output is.
    /// </summary>
    public IReadOnlyList<DialectChange> DialectChanges { get; }

    /// <summary>
    /// Gets the number of data lines written: the number of data records of the input (blank lines are not records),
    /// but for a record whose only values were in columns the schema does not have (dropped, and reported).
    /// </summary>
    public long LinesWritten { get; }

    /// <summary>Gets the number of changes made to cells and to the header (the changes of dialect are in <see cref="DialectChanges"/>).</summary>
    public long ChangeCount { get; }

    /// <summary>Gets the first changes made, at most <see cref="NormalizationOptions.MaxReportedChanges"/>.</summary>
    public IReadOnlyList<CellChange> Changes { get; }

    /// <summary>
    /// Gets the findings the reader reported, all counted, the first kept (<see cref="NormalizationOptions.MaxReportedFindings"/>):
    /// the departures from the standard's format it accepted (fixed in the output) and the problems that remain.
    /// </summary>
    public FindingTally Findings { get; }

    /// <summary>
    /// Gets the number of findings that normalisation could not fix, those not about the file format
    /// (<see cref="FindingCategory.Format"/>): errors (empty required values, invalid codes, a SIRET damaged by a
    /// spreadsheet…) and dropped extra or duplicate columns. They remain in the output, or are lost with the columns
    /// the schema does not have.
    /// </summary>
    public long UnresolvedCount =>
        Findings.Total - Findings.CountOf(FindingCategory.Format, FindingSeverity.Error) - Findings.CountOf(FindingCategory.Format, FindingSeverity.Warning)
        - Findings.CountOf(FindingCategory.Format, FindingSeverity.Info);

    /// <summary>Gets a value indicating whether <see cref="Changes"/> and <see cref="Findings"/> hold everything (nothing was left out by the caps).</summary>
    public bool IsComplete => Changes.Count == ChangeCount && Findings.NotKeptCount == 0;
}
