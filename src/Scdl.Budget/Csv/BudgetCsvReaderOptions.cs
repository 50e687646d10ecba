namespace Scdl.Budget.Csv;

/// <summary>
/// Options for reading SCDL Budget CSV. The defaults read a canonical file strictly: UTF-8, comma, header row,
/// columns matched by their exact name in any order.
/// </summary>
public sealed record BudgetCsvReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static BudgetCsvReaderOptions Default { get; } = new();

    /// <summary>Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the account. Defaults to <see cref="ColumnConvention.Schema"/>.</summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>Gets the schema version whose columns are expected. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>
    /// Gets a value indicating whether the first line is a header. Defaults to <see langword="true"/>. When
    /// <see langword="false"/>, the columns are read by position in the schema's order (the file must have the 22 columns).
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Gets the largest record accepted, in bytes; a larger one (an unclosed quote, a file that is not CSV) makes the
    /// input unreadable instead of filling memory. Defaults to 1 MiB.
    /// </summary>
    public int MaxRecordSize { get; init; } = 1 << 20;
}
