namespace Scdl.Budget.Csv;

/// <summary>
/// Options for writing canonical SCDL Budget CSV: UTF-8 without a byte order mark, comma, the 22 headers in the
/// schema's order, quotes only where needed, <c>.</c> decimals, no thousands separator, an empty cell for a
/// missing value, invariant culture; a line that breaks the schema is refused (<see cref="InvalidLines"/>).
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

    /// <summary>
    /// Gets what the writer does with a line that breaks the schema: an empty required value (an empty label, a step
    /// or a section not set, no SIRET), a year that is not 4 digits, a code longer than 9 characters. Defaults to
    /// <see cref="InvalidLineHandling.Throw"/>, so that no invalid file is written by accident. The literal
    /// <c>compte financier unique</c> of <see cref="CfuPolicy.Literal"/> is a choice, not an accident, and is written.
    /// </summary>
    public InvalidLineHandling InvalidLines { get; init; } = InvalidLineHandling.Throw;

    /// <summary>
    /// Gets a callback that receives each finding about a line that breaks the schema, located at the line of the output
    /// it was (or would have been) written on, when <see cref="InvalidLines"/> is <see cref="InvalidLineHandling.Write"/>
    /// or <see cref="InvalidLineHandling.Skip"/>; <see langword="null"/> by default.
    /// </summary>
    public Action<Finding>? OnFinding { get; init; }
}
