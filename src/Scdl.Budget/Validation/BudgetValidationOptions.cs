using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

/// <summary>
/// Options of a <see cref="BudgetValidator"/>. The defaults validate a canonical file against the latest schema
/// with every rule group.
/// </summary>
public sealed record BudgetValidationOptions
{
    /// <summary>The number of rows above which Validata, the reference validator of data.gouv.fr, refuses a file.</summary>
    public const long ValidataRowLimit = 100_000;

    /// <summary>Gets the default options.</summary>
    public static BudgetValidationOptions Default { get; } = new();

    /// <summary>Gets the schema version to validate against. Defaults to <see cref="SchemaVersion.Latest"/>.</summary>
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Latest;

    /// <summary>
    /// Gets which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the chapter. Defaults to
    /// <see cref="ColumnConvention.Schema"/>; the files of the TOTEM converters need <see cref="ColumnConvention.TotemConverters"/>.
    /// </summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;

    /// <summary>
    /// Gets the options of the CSV reader used to validate a file or a stream, or <see langword="null"/> for the
    /// defaults. Their <see cref="BudgetCsvReaderOptions.SchemaVersion"/> and
    /// <see cref="BudgetCsvReaderOptions.ColumnConvention"/> are replaced by <see cref="SchemaVersion"/> and
    /// <see cref="ColumnConvention"/>.
    /// </summary>
    public BudgetCsvReaderOptions? CsvOptions { get; init; }

    /// <summary>Gets the rule groups to run. Defaults to <see cref="ValidationRuleGroups.All"/>.</summary>
    public ValidationRuleGroups RuleGroups { get; init; } = ValidationRuleGroups.All;

    /// <summary>
    /// Gets severities that replace the default severity of some codes, such as
    /// <c>{ ["SCDL302"] = FindingSeverity.Error }</c>. Codes are matched exactly (<c>SCDL302</c>).
    /// </summary>
    public IReadOnlyDictionary<string, FindingSeverity>? SeverityOverrides { get; init; }

    /// <summary>
    /// Gets the number of findings a <see cref="ValidationReport"/> keeps, in the order they were found; findings
    /// beyond are still counted. Defaults to 1,000.
    /// </summary>
    public int MaxFindingsKept { get; init; } = 1_000;

    /// <summary>
    /// Gets the number of distinct lines duplicate detection remembers (as 64-bit hashes and a line number, about
    /// 30 bytes each). Beyond it, memory stops growing and an information says so. Defaults to 200,000.
    /// </summary>
    public int DuplicateDetectionLimit { get; init; } = 200_000;

    /// <summary>Gets the row count above which a warning says the file is too large for Validata. Defaults to <see cref="ValidataRowLimit"/>.</summary>
    public long RowLimit { get; init; } = ValidataRowLimit;

    internal FindingSeverity SeverityOf(string code, FindingSeverity severity) =>
        SeverityOverrides is { } overrides && overrides.TryGetValue(code, out var replaced) ? replaced : severity;

    internal BudgetCsvReaderOptions EffectiveCsvOptions() =>
        (CsvOptions ?? BudgetCsvReaderOptions.Default) with { SchemaVersion = SchemaVersion, ColumnConvention = ColumnConvention };
}
