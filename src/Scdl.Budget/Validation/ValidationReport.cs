using Scdl.Budget.Analysis;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Validation;

/// <summary>
/// Summarises a validation: the verdict, the tally of findings (exact counts by severity, category and code, the
/// findings kept to list), the lines read, and the budget summary. Render it with
/// <see cref="Reports.TextReport"/>, <see cref="Reports.JsonReport"/> or <see cref="Reports.HtmlReport"/>.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(
        string? source,
        BudgetValidationOptions options,
        IReadOnlyList<string> columns,
        long linesRead,
        FindingTally findings,
        BudgetSummary summary,
        BudgetAnalysis? analysis)
    {
        Source = source;
        SchemaVersion = options.SchemaVersion;
        ColumnConvention = options.ColumnConvention;
        Columns = columns;
        LinesRead = linesRead;
        Findings = findings;
        Summary = summary;
        Analysis = analysis;
    }

    /// <summary>Gets the name of the input (a file name), or <see langword="null"/> when none was given.</summary>
    public string? Source { get; }

    /// <summary>Gets the schema version validated against.</summary>
    public SchemaVersion SchemaVersion { get; }

    /// <summary>Gets the column convention the input was read with.</summary>
    public ColumnConvention ColumnConvention { get; }

    /// <summary>
    /// Gets the columns of the input in their order (the header as written, or the schema's columns for typed
    /// lines and files without a header): a finding's column is at 1-based position <c>index + 1</c> (frictionless <c>fieldNumber</c>).
    /// </summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// Gets what the validation concludes about the input as published: valid, readable but not in the standard
    /// format, invalid content, or unreadable. It depends on the errors only, by the category of their code
    /// (<see cref="FindingTally.Verdict"/>).
    /// </summary>
    public ValidationVerdict Verdict => Findings.Verdict;

    /// <summary>Gets a value indicating whether the input has no <see cref="FindingSeverity.Error"/> finding (<see cref="Verdict"/> is <see cref="ValidationVerdict.Valid"/>).</summary>
    public bool IsValid => Verdict == ValidationVerdict.Valid;

    /// <summary>Gets the number of data lines read (the header not counted; typed or not).</summary>
    public long LinesRead { get; }

    /// <summary>
    /// Gets the findings: every one counted, by severity, category and code; those kept (up to
    /// <see cref="BudgetValidationOptions.MaxFindingsKept"/> about lines, errors first, and every whole-input one)
    /// grouped to list.
    /// </summary>
    public FindingTally Findings { get; }

    /// <summary>Gets the totals and balance checks of each document of the input.</summary>
    public BudgetSummary Summary { get; }

    /// <summary>
    /// Gets the analysis of the budget documents of the input, computed in the same pass as the validation from the
    /// lines that could be typed, when <see cref="BudgetValidationOptions.Analysis"/> asks for it: results, savings
    /// cascade, execution, functions, and the documents of one authority side by side (see
    /// <see cref="BudgetAnalyzer"/>); <see langword="null"/> when the options ask for none. The reports show it.
    /// </summary>
    public BudgetAnalysis? Analysis { get; }

    /// <summary>Gets the 1-based position of a column in the input (frictionless <c>fieldNumber</c>).</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The position, or <see langword="null"/> when the input has no such column.</returns>
    public int? FieldNumberOf(string? column)
    {
        if (column is null)
        {
            return null;
        }

        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
