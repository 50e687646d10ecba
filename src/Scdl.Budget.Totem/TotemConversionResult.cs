namespace Scdl.Budget.Totem;

/// <summary>
/// Summarises a conversion: what the document is, how many lines were read, skipped, written and reported, and
/// the findings, and what the annexes say that the CSV cannot carry. Every line read is either written or reported
/// with an error finding: <see cref="LinesRead"/> = <see cref="LinesWritten"/> + <see cref="LinesNotWritten"/>.
/// </summary>
public sealed class TotemConversionResult
{
    internal TotemConversionResult(TotemHeader header, long linesRead, long calculatedLinesSkipped, long linesWritten, long linesWithFindings,
        long errorCount, long warningCount, long infoCount, IReadOnlyList<Finding> findings, bool findingsTruncated, TotemAnnexes annexes)
    {
        Annexes = annexes;
        Header = header;
        LinesRead = linesRead;
        CalculatedLinesSkipped = calculatedLinesSkipped;
        LinesWritten = linesWritten;
        LinesWithFindings = linesWithFindings;
        ErrorCount = errorCount;
        WarningCount = warningCount;
        InfoCount = infoCount;
        Findings = findings;
        FindingsTruncated = findingsTruncated;
    }

    /// <summary>Gets the header of the document converted (of its first <c>Budget</c>).</summary>
    public TotemHeader Header { get; }

    /// <summary>
    /// Gets what was read from the annexes of the document, which the CSV cannot carry: the outstanding debt of the
    /// loans annex (<see cref="TotemAnnexes.OutstandingDebt"/>, <see langword="null"/> when the document has none).
    /// </summary>
    public TotemAnnexes Annexes { get; }

    /// <summary>Gets the number of <c>LigneBudget</c> read, wherever they are in the document, the calculated ones not counted.</summary>
    public long LinesRead { get; }

    /// <summary>Gets the number of <c>LigneBudget</c> marked <c>calculated="true"</c> (totals) that were skipped.</summary>
    public long CalculatedLinesSkipped { get; }

    /// <summary>Gets the number of SCDL lines written: one per line read that could be made valid.</summary>
    public long LinesWritten { get; }

    /// <summary>
    /// Gets the number of lines read that were not written; each has at least one error finding saying why (one finding
    /// counts all the lines placed before the budget's header, <see cref="FindingCodes.TotemLinesBeforeHeader"/>).
    /// </summary>
    public long LinesNotWritten => LinesRead - LinesWritten;

    /// <summary>Gets the number of lines read that have at least one finding, of any severity.</summary>
    public long LinesWithFindings { get; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Error"/>, the header's included.</summary>
    public long ErrorCount { get; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Warning"/>.</summary>
    public long WarningCount { get; }

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Info"/>.</summary>
    public long InfoCount { get; }

    /// <summary>Gets the findings in document order, up to <see cref="TotemConversionOptions.MaxFindingsKept"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether findings beyond <see cref="TotemConversionOptions.MaxFindingsKept"/> were counted but not kept.</summary>
    public bool FindingsTruncated { get; }

    /// <summary>Gets a value indicating whether the conversion has no error finding: every line was written and the output is valid as far as the conversion knows.</summary>
    public bool IsValid => ErrorCount == 0;
}
