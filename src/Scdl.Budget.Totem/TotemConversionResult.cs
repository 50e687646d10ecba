namespace Scdl.Budget.Totem;

/// <summary>
/// Summarises a conversion: what the document is, how many lines were read, skipped, written and reported, and
/// the findings, and what the annexes say that the CSV cannot carry. Every line read is either written or reported
/// with an error finding: <see cref="LinesRead"/> = <see cref="LinesWritten"/> + <see cref="LinesNotWritten"/>.
/// </summary>
public sealed class TotemConversionResult
{
    internal TotemConversionResult(TotemHeader header, long linesRead, long calculatedLinesSkipped, long linesWritten, long linesWithFindings,
        FindingTally findings, TotemAnnexes annexes)
    {
        Annexes = annexes;
        Header = header;
        LinesRead = linesRead;
        CalculatedLinesSkipped = calculatedLinesSkipped;
        LinesWritten = linesWritten;
        LinesWithFindings = linesWithFindings;
        Findings = findings;
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

    /// <summary>
    /// Gets the findings of the conversion, located in the XML (line, element path), the header's included: all
    /// counted, the first kept (<see cref="TotemConversionOptions.MaxFindingsKept"/>, errors first).
    /// </summary>
    public FindingTally Findings { get; }

    /// <summary>Gets a value indicating whether the conversion has no error finding: every line was written and the output is valid as far as the conversion knows.</summary>
    public bool IsValid => Findings.ErrorCount == 0;

    /// <summary>
    /// Returns the options of an analysis of the lines converted (<see cref="Validation.BudgetValidationOptions.Analysis"/>,
    /// <see cref="Analysis.BudgetAnalyzer"/>): the nomenclature the document names, whose definitions of the figures
    /// apply, and the outstanding debt of its loans annex (<see cref="TotemAnnexes.OutstandingDebt"/>), which gives the
    /// capacité de désendettement that the CSV alone cannot.
    /// </summary>
    /// <param name="options">The options to start from (such as the number of functions listed), or <see langword="null"/> for the defaults.</param>
    /// <returns>The options, with this document's nomenclature and debt.</returns>
    public Analysis.AnalysisOptions GetAnalysisOptions(Analysis.AnalysisOptions? options = null) =>
        (options ?? Analysis.AnalysisOptions.Default) with
        {
            Nomenclature = string.Concat(Header.Norme, "-", Header.Declinaison),
            OutstandingDebt = Annexes.OutstandingDebt,
        };

    /// <summary>
    /// Describes the conversion for the library's reports (<see cref="Reports.TextReport"/>, <see cref="Reports.JsonReport"/>,
    /// <see cref="Reports.HtmlReport"/>), with the validation of the CSV written when the caller made one.
    /// </summary>
    /// <param name="source">The name of the TOTEM file, such as <c>budget.totem.xml</c>.</param>
    /// <param name="output">The CSV written, as its path was given.</param>
    /// <param name="validation">The validation of the CSV written (<see cref="Validation.BudgetValidator"/>), or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    public Reports.ConversionReport ToReport(string source, string output, Validation.ValidationReport? validation = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        return new()
        {
            Source = source,
            Output = output,
            Siret = Header.Siret,
            Year = Header.Year,
            Step = Header.Step,
            Nomenclature = string.Concat(Header.Norme, "-", Header.Declinaison),
            LinesRead = LinesRead,
            CalculatedLinesSkipped = CalculatedLinesSkipped,
            LinesWritten = LinesWritten,
            Findings = Findings,
            Validation = validation,
        };
    }
}
