namespace Scdl.Budget;

/// <summary>
/// Locates a finding in its source: the 1-based physical line where the record starts, and the column.
/// </summary>
/// <param name="Line">
/// The 1-based physical line of the input where the record starts (the header of a CSV file is line 1, its
/// first data record usually line 2; a record whose quoted field spans lines keeps the line where it starts).
/// 0 when the finding concerns the whole file, such as a total.
/// </param>
/// <param name="Column">
/// The column: the CSV header name (<c>BGT_SIRET</c>), or for a TOTEM document the element path
/// (<c>LigneBudget/Nature</c>); <see langword="null"/> when the finding concerns a whole record or file.
/// </param>
public readonly record struct SourceLocation(long Line, string? Column)
{
    /// <summary>Gets the location that stands for the whole input: line 0, no column.</summary>
    public static SourceLocation File => default;

    /// <inheritdoc/>
    public override string ToString() =>
        Column is null
            ? Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
