using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget;

/// <summary>
/// The exception that is thrown when an input cannot be read at all: not text, no header, a required column
/// missing, malformed XML. Problems in readable input are <see cref="Finding"/>s, never exceptions.
/// </summary>
public sealed class ScdlFormatException : FormatException
{
    /// <summary>Creates an exception with a plain message.</summary>
    public ScdlFormatException()
        : this(FindingCodes.UnreadableInput, 0, null, [])
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">The message.</param>
    public ScdlFormatException(string message)
        : base(message)
    {
        Code = FindingCodes.UnreadableInput;
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScdlFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = FindingCodes.UnreadableInput;
    }

    internal ScdlFormatException(string code, long line, string? column, IReadOnlyList<string> arguments, Exception? innerException = null)
        : base(Messages.FormatException(code, line, column, arguments, null), innerException)
    {
        Code = code;
        Line = line;
        Column = column;
        Arguments = arguments;
    }

    /// <summary>Gets the code of the problem, one of <see cref="FindingCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the 1-based line where the problem is, or 0 when it concerns the whole input.</summary>
    public long Line { get; }

    /// <summary>Gets the column or element concerned, or <see langword="null"/>.</summary>
    public string? Column { get; }

    /// <summary>Gets the arguments of the message.</summary>
    public IReadOnlyList<string> Arguments { get; } = [];

    /// <summary>Renders the message in the given culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The message, naming where and why.</returns>
    public string GetMessage(CultureInfo? culture) => Messages.FormatException(Code, Line, Column, Arguments, culture);

    /// <summary>Turns the exception into an error finding, for reports that list every problem in one place.</summary>
    /// <returns>A finding with the same code and location.</returns>
    public Finding ToFinding() => new(Code, FindingSeverity.Error, new SourceLocation(Line, Column), null, Arguments);
}
