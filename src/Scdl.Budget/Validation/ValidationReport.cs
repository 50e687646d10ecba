namespace Scdl.Budget.Validation;

/// <summary>
/// Summarises a validation: valid or not, counts by severity and by code, lines read, the first findings (up to
/// <see cref="BudgetValidationOptions.MaxFindingsKept"/>), and the budget summary. Render it with
/// <see cref="Reports.JsonReport"/> or <see cref="Reports.TextReport"/>.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(
        string? source,
        BudgetValidationOptions options,
        IReadOnlyList<string> columns,
        long linesRead,
        IReadOnlyDictionary<FindingSeverity, long> bySeverity,
        IReadOnlyDictionary<string, long> byCode,
        IReadOnlyList<Finding> findings,
        long findingsNotKept,
        BudgetSummary summary,
        ValidationVerdict verdict)
    {
        Verdict = verdict;
        Source = source;
        SchemaVersion = options.SchemaVersion;
        ColumnConvention = options.ColumnConvention;
        Columns = columns;
        LinesRead = linesRead;
        ErrorCount = bySeverity.GetValueOrDefault(FindingSeverity.Error);
        WarningCount = bySeverity.GetValueOrDefault(FindingSeverity.Warning);
        InfoCount = bySeverity.GetValueOrDefault(FindingSeverity.Info);
        CountsByCode = byCode;
        Findings = findings;
        FindingsNotKept = findingsNotKept;
        Summary = summary;
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
    /// format, invalid content, or unreadable. It depends on the errors only, by the category of their code.
    /// </summary>
    public ValidationVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the input has no <see cref="FindingSeverity.Error"/> finding (<see cref="Verdict"/> is <see cref="ValidationVerdict.Valid"/>).</summary>
    public bool IsValid => Verdict == ValidationVerdict.Valid;

    /// <summary>Gets the number of data lines read (the header not counted; typed or not).</summary>
    public long LinesRead { get; }

    /// <summary>Gets the number of error findings.</summary>
    public long ErrorCount { get; }

    /// <summary>Gets the number of warning findings.</summary>
    public long WarningCount { get; }

    /// <summary>Gets the number of information findings.</summary>
    public long InfoCount { get; }

    /// <summary>Gets the number of findings of every severity.</summary>
    public long FindingCount => ErrorCount + WarningCount + InfoCount;

    /// <summary>Gets the number of findings per code, in code order.</summary>
    public IReadOnlyDictionary<string, long> CountsByCode { get; }

    /// <summary>Gets the findings kept, in the order they were found.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the number of findings counted but not kept, beyond <see cref="BudgetValidationOptions.MaxFindingsKept"/>.</summary>
    public long FindingsNotKept { get; }

    /// <summary>Gets the totals and balance checks of each document of the input.</summary>
    public BudgetSummary Summary { get; }

    /// <summary>Gets the number of findings of a code.</summary>
    /// <param name="code">The code, such as <c>SCDL201</c>.</param>
    /// <returns>The count, 0 when none.</returns>
    public long CountOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CountsByCode.GetValueOrDefault(code);
    }

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
