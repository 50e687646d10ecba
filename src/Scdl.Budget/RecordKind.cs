namespace Scdl.Budget;

/// <summary>Says what a <see cref="BudgetRecord"/> is, so that nobody downstream has to guess it from its line or its findings.</summary>
public enum RecordKind
{
    /// <summary>
    /// The header line of a CSV file (or the heading of a document): no <see cref="BudgetRecord.Line"/>; its findings
    /// are about the column names and the file as a whole (encoding, separator…, located at line 0). Read only when it
    /// has findings.
    /// </summary>
    Header = 1,

    /// <summary>A data line: a typed <see cref="BudgetRecord.Line"/>, or the findings that say why it could not be typed.</summary>
    Data = 2,

    /// <summary>A blank line, with no value at all: no <see cref="BudgetRecord.Line"/>; its finding says so.</summary>
    Blank = 3,

    /// <summary>
    /// Findings about the input as a whole rather than about one of its lines (the dialect of a file without a header,
    /// a file without data line, lines a converter skipped): no <see cref="BudgetRecord.Line"/>.
    /// </summary>
    File = 4,
}
