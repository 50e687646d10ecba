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
}
