namespace Scdl.Budget.Csv;

/// <summary>
/// Options for writing canonical SCDL Budget CSV: UTF-8 without a byte order mark, comma, the 22 headers in the
/// schema's order, quotes only where needed, <c>.</c> decimals, no thousands separator, an empty cell for a
/// missing value, invariant culture.
/// </summary>
public sealed record BudgetCsvWriterOptions
{
    /// <summary>Gets the default options.</summary>
    public static BudgetCsvWriterOptions Default { get; } = new();

    /// <summary>Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> receives the account. Defaults to <see cref="ColumnConvention.Schema"/>.</summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets the schema version whose columns are written. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>Gets the line ending. Defaults to <see cref="LineEnding.CrLf"/>.</summary>
    public LineEnding LineEnding { get; init; } = LineEnding.CrLf;

    /// <summary>Gets how a compte financier unique is spelled. Defaults to <see cref="CfuPolicy.AsCompteAdministratif"/>.</summary>
    public CfuPolicy CfuPolicy { get; init; } = CfuPolicy.AsCompteAdministratif;
}
