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

    /// <summary>
    /// Creates a located exception for input that cannot be read at all, identified by one of the codes of
    /// <see cref="FindingCodes"/> whose message (French and English) describes the problem. Readers outside this
    /// package (the TOTEM reader) raise their own codes through it.
    /// </summary>
    /// <param name="code">The code, one of <see cref="FindingCodes"/>, such as <see cref="FindingCodes.TotemMalformedXml"/>.</param>
    /// <param name="line">The 1-based line where the problem is, or 0 when it concerns the whole input.</param>
    /// <param name="column">The column or element concerned (a header name, an XML element path), or <see langword="null"/>.</param>
    /// <param name="arguments">The arguments of the code's message, already formatted with the invariant culture; keep values from the input short (see <see cref="Finding.MaxValueLength"/>).</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="arguments"/> is <see langword="null"/>.</exception>
    public ScdlFormatException(string code, long line, string? column, IReadOnlyList<string> arguments, Exception? innerException = null)
        : base(Messages.FormatException(code ?? throw new ArgumentNullException(nameof(code)), line, column,
            arguments ?? throw new ArgumentNullException(nameof(arguments)), null), innerException)
    {
        Code = code;
        Line = line;
        Column = column;
        Arguments = arguments.Count == 0 ? [] : [.. arguments];
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
