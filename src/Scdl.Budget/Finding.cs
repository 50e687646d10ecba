using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget;

/// <summary>
/// Represents one problem or fact found in the input: the single currency of problems that readers, converters,
/// validators and normalisation all speak.
/// </summary>
/// <remarks>
/// A finding carries data, not prose: its <see cref="Code"/> (stable, documented in <c>docs/findings.md</c>), its
/// <see cref="Severity"/>, its <see cref="Location"/>, the offending <see cref="Value"/> and the
/// <see cref="Arguments"/> of its message. <see cref="GetMessage(CultureInfo?)"/> renders the message in French or
/// English from one resource file.
/// </remarks>
public sealed record Finding
{
    /// <summary>The longest offending value kept, in characters; longer values are shortened with an ellipsis.</summary>
    public const int MaxValueLength = 50;

    /// <summary>Creates a finding.</summary>
    /// <param name="code">The code, one of <see cref="FindingCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="location">Where it was found.</param>
    /// <param name="value">The offending value as it appears in the input, or <see langword="null"/>; shortened to <see cref="MaxValueLength"/> characters.</param>
    /// <param name="arguments">The extra arguments of the message, already formatted (invariant culture).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="arguments"/> is <see langword="null"/>.</exception>
    public Finding(string code, FindingSeverity severity, SourceLocation location, string? value = null, params IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(arguments);
        Code = code;
        Severity = severity;
        Location = location;
        Value = Shorten(value);
        Arguments = arguments.Count == 0 ? [] : [.. arguments];
    }

    /// <summary>Gets the stable code of the finding, such as <c>SCDL202</c>.</summary>
    public string Code { get; init; }

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity { get; init; }

    /// <summary>Gets where the finding was made: the 1-based line where the record starts, and the column.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the offending value as written in the input, shortened to <see cref="MaxValueLength"/> characters, or <see langword="null"/>.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the extra arguments of the message (allowed values, expected label, totals…), formatted with the invariant culture.</summary>
    public IReadOnlyList<string> Arguments { get; init; }

    /// <summary>Gets the message in the current UI culture (French for <c>fr</c> cultures, English otherwise).</summary>
    public string Message => GetMessage(null);

    /// <summary>Renders the message: what is wrong, where, and what to do.</summary>
    /// <param name="culture">The culture of the message; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message in French or English.</returns>
    public string GetMessage(CultureInfo? culture) => Messages.FormatFinding(this, culture);

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && Location == other.Location
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && Arguments.SequenceEqual(other.Arguments, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Location, Value, Arguments.Count);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Severity} at {Location}: {GetMessage(CultureInfo.InvariantCulture)}");

    internal static string? Shorten(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength - 1), "…");
}
