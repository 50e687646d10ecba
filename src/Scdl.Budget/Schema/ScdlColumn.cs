using System.Text.RegularExpressions;

namespace Scdl.Budget.Schema;

/// <summary>One field of the scdl/budget Table Schema, as the schema file describes it.</summary>
internal sealed record ScdlColumn(
    int Index,
    string Name,
    string Title,
    ScdlFieldType Type,
    bool Required,
    IReadOnlyList<string>? Enum,
    string? Pattern,
    int? MinLength,
    int? MaxLength,
    bool SiretCheck)
{
    /// <summary>Gets the 1-based position of the field, as frictionless reports it (<c>fieldNumber</c>).</summary>
    public int Number => Index + 1;

    /// <summary>Gets the <see cref="Pattern"/>, anchored as Table Schema implies, or <see langword="null"/> without one.</summary>
    public Regex? PatternRegex { get; } =
        Pattern is null ? null : new Regex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Whether <paramref name="text"/> is shorter or longer than the field's <see cref="MinLength"/> and <see cref="MaxLength"/> allow (in characters).</summary>
    public bool HasWrongLength(string text) => (MinLength is { } min && text.Length < min) || (MaxLength is { } max && text.Length > max);
}
