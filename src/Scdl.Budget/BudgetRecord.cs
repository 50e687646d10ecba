namespace Scdl.Budget;

/// <summary>
/// Represents one record read from a source: the typed line when it could be built, where it starts, and the
/// findings met while reading it. Nothing read is ever dropped: a record without a line still has its findings.
/// </summary>
public sealed class BudgetRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="line">The typed line, or <see langword="null"/> when a required value could not be typed.</param>
    /// <param name="lineNumber">The 1-based physical line where the record starts.</param>
    /// <param name="findings">The findings met while reading the record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is <see langword="null"/>.</exception>
    public BudgetRecord(BudgetLine? line, long lineNumber, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Line = line;
        LineNumber = lineNumber;
        Findings = findings;
    }

    /// <summary>Gets the typed line, or <see langword="null"/> when a required value could not be typed (see <see cref="Findings"/>).</summary>
    public BudgetLine? Line { get; }

    /// <summary>Gets the 1-based physical line of the source where the record starts (the CSV header is line 1).</summary>
    public long LineNumber { get; }

    /// <summary>Gets the findings met while reading the record, in column order; empty for a clean record.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether any finding of the record is an <see cref="FindingSeverity.Error"/>.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.Severity == FindingSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
