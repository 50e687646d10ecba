namespace Scdl.Budget;

/// <summary>
/// Represents one record read from a source: what it is (<see cref="Kind"/>), the typed line when it could be built,
/// where it comes from (<see cref="Source"/>, <see cref="LineNumber"/>), and the findings met while reading it.
/// Nothing read is ever dropped: a record without a line still has its findings.
/// </summary>
public sealed class BudgetRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="line">The typed line, or <see langword="null"/> when a required value could not be typed (or the record holds no data).</param>
    /// <param name="lineNumber">The 1-based physical line where the record starts; 0 for a record about the whole input.</param>
    /// <param name="findings">The findings met while reading the record.</param>
    /// <param name="kind">What the record is; a data line by default.</param>
    /// <param name="source">The name of the source (a file's path), or <see langword="null"/> when it has none (a stream).</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="line"/> is set on a record that is not <see cref="RecordKind.Data"/>.</exception>
    public BudgetRecord(BudgetLine? line, long lineNumber, IReadOnlyList<Finding> findings, RecordKind kind = RecordKind.Data, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (line is not null && kind != RecordKind.Data)
        {
            throw new ArgumentException("Only a data record holds a line.", nameof(line));
        }

        Line = line;
        LineNumber = lineNumber;
        Findings = findings;
        Kind = kind;
        Source = source;
    }

    /// <summary>Gets what the record is: the header, a data line, a blank line, or findings about the whole input.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the typed line, or <see langword="null"/> when a required value could not be typed (see <see cref="Findings"/>) or the record is not <see cref="RecordKind.Data"/>.</summary>
    public BudgetLine? Line { get; }

    /// <summary>Gets the 1-based physical line of the source where the record starts (the CSV header is line 1); 0 for a record about the whole input.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the name of the source the record comes from (the path a file was opened with), or <see langword="null"/> for a stream.</summary>
    public string? Source { get; }

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
