using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Nomenclature;

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
    public BudgetCsvReaderOptions? Reader { get; init; }

    /// <summary>
    /// Gets the nomenclature of the file for the plan-based rules (run when <see cref="RuleGroups"/> has
    /// <see cref="ValidationRuleGroups.Plan"/>, or when this or <see cref="Plans"/> is set), as TOTEM
    /// writes it: <c>Norme-Declinaison</c> (<c>M14-M14_COM_500_3500</c>) or a déclinaison (<c>M57_A</c>); each line's
    /// year picks the plan. Defaults to <see langword="null"/>: an SCDL file does not say its nomenclature, so the
    /// plan of the file's year in which the most codes resolve is used, and a finding (<c>SCDL412</c>) says which
    /// and how well it fits.
    /// </summary>
    public string? Nomenclature { get; init; }

    /// <summary>
    /// Gets the plans de comptes the plan-based rules use: <see cref="PlanCatalog.BuiltIn"/> when <see langword="null"/>
    /// (the default), or the caller's own (<see cref="PlanCatalog.FromDirectory"/>, <see cref="PlanCatalog.FromFile"/>).
    /// Setting it runs the plan-based rules even when <see cref="RuleGroups"/> leaves them out.
    /// </summary>
    public PlanCatalog? Plans { get; init; }

    /// <summary>
    /// Gets the rule groups to run. Defaults to every group but <see cref="ValidationRuleGroups.Plan"/>, which checks
    /// against the plan de comptes (the built-in catalogue is decoded on first use, about half a second): add it, use
    /// <see cref="ValidationRuleGroups.All"/>, or name the plan (<see cref="Nomenclature"/>, <see cref="Plans"/>) to run it.
    /// </summary>
    public ValidationRuleGroups RuleGroups { get; init; } = ValidationRuleGroups.All & ~ValidationRuleGroups.Plan;

    /// <summary>
    /// Gets severities that replace the default severity of some codes, such as
    /// <c>{ ["SCDL302"] = FindingSeverity.Error }</c>. Codes are matched exactly (<c>SCDL302</c>).
    /// </summary>
    public IReadOnlyDictionary<string, FindingSeverity>? SeverityOverrides { get; init; }

    /// <summary>
    /// Gets how many groups of findings about lines the <see cref="ValidationReport.Findings"/> tally keeps, errors
    /// first (findings that differ only by their line are one group; findings about the whole input are always kept);
    /// findings beyond are still counted. Defaults to <see cref="FindingTally.DefaultMaxKept"/> (1,000).
    /// </summary>
    public int MaxFindingsKept { get; init; } = FindingTally.DefaultMaxKept;

    /// <summary>
    /// Gets the number of distinct lines duplicate detection remembers (as 128-bit hashes and a line number, about
    /// 30 bytes each). Beyond it, memory stops growing and an information says so. Defaults to 200,000.
    /// </summary>
    public int DuplicateDetectionLimit { get; init; } = 200_000;

    /// <summary>
    /// Gets a value indicating whether CSV input is read and typed on a second thread while the rules run on the
    /// calling thread. Defaults to <see langword="true"/>; it applies only on a machine with more than one processor,
    /// and only to the CSV a validator reads itself (files and streams), never to records or lines the caller
    /// enumerates. Findings, their order and the report are the same either way; reading ahead holds at most about
    /// 1,500 records in memory.
    /// </summary>
    public bool ReadInParallel { get; init; } = true;

    /// <summary>
    /// Gets the options of the budget analysis to compute in the same pass as the validation
    /// (<see cref="ValidationReport.Analysis"/>: results, savings cascade, execution, functions, documents side by
    /// side), or <see langword="null"/> (the default) for none. When they name no nomenclature,
    /// <see cref="Nomenclature"/> is used. The analysis adds between an eighth and a quarter to the processor time of a validation
    /// (docs/reports.md gives the measure): ask for it when it is shown.
    /// </summary>
    public AnalysisOptions? Analysis { get; init; }

    /// <summary>Gets the row count above which a warning says the file is too large for Validata. Defaults to <see cref="ValidataRowLimit"/>.</summary>
    public long RowLimit { get; init; } = ValidataRowLimit;

    internal FindingSeverity SeverityOf(string code, FindingSeverity severity) =>
        SeverityOverrides is { } overrides && overrides.TryGetValue(code, out var replaced) ? replaced : severity;

    internal BudgetCsvReaderOptions EffectiveReaderOptions() =>
        (Reader ?? BudgetCsvReaderOptions.Default) with { SchemaVersion = SchemaVersion, ColumnConvention = ColumnConvention };
}
