using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Csv;

/// <summary>
/// The exception that is thrown when a line given to a <see cref="BudgetCsvWriter"/> breaks the schema (an empty
/// required value, a year that is not 4 digits, a code longer than the schema allows…) and
/// <see cref="BudgetCsvWriterOptions.InvalidLines"/> is <see cref="InvalidLineHandling.Throw"/>. Nothing of the line
/// was written.
/// </summary>
public sealed class InvalidBudgetLineException : ArgumentException
{
    /// <summary>Creates an exception with a plain message.</summary>
    public InvalidBudgetLineException()
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">The message.</param>
    public InvalidBudgetLineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidBudgetLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal InvalidBudgetLineException(long lineNumber, IReadOnlyList<Finding> findings)
        : base(Describe(lineNumber, findings, null), "line")
    {
        LineNumber = lineNumber;
        Findings = findings;
    }

    /// <summary>Gets the 1-based line of the output the line would have been written on (the header is line 1); 0 when not known.</summary>
    public long LineNumber { get; }

    /// <summary>Gets what breaks the schema, one finding per cell, located at <see cref="LineNumber"/> and the cell's column.</summary>
    public IReadOnlyList<Finding> Findings { get; } = [];

    /// <summary>Renders the message in the given culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The message: the line, and what is wrong with each cell.</returns>
    public string GetMessage(CultureInfo? culture) => Findings.Count == 0 ? Message : Describe(LineNumber, Findings, culture);

    private static string Describe(long lineNumber, IReadOnlyList<Finding> findings, CultureInfo? culture) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Messages.Get("Writer.InvalidLine", culture), lineNumber,
            string.Join(" ", findings.Select(f => f.GetMessage(culture))));
}
