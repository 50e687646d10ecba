using Scdl.Budget.Csv;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Extensions.DependencyInjection;

/// <summary>
/// Settings of Scdl.Budget as an application configures them, bound from configuration (the <c>ScdlBudget</c> section of
/// <c>appsettings.json</c>, environment variables, …) by <c>services.AddScdlBudget(configuration)</c>. Each setting
/// has the library's default; the registered <see cref="BudgetValidationOptions"/> and
/// <see cref="TotemConversionOptions"/> are made from them.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "ScdlBudget": {
///     "ColumnConvention": "TotemConverters",
///     "ReadingMode": "Tolerant",
///     "Nomenclature": "M57-M57",
///     "PlansPath": "/srv/plans-de-comptes",
///     "SeverityOverrides": { "SCDL406": "Info" }
///   }
/// }
/// </code>
/// </example>
public sealed class ScdlBudgetOptions
{
    /// <summary>The configuration section the settings are usually read from: <c>ScdlBudget</c>.</summary>
    public const string SectionName = "ScdlBudget";

    /// <summary>Gets or sets the version of scdl/budget to read and check against, such as <c>0.8.3</c>; <see langword="null"/> for the latest.</summary>
    public string? SchemaVersion { get; set; }

    /// <summary>Gets or sets which CSV column holds the account (<c>Schema</c>, the default, or <c>TotemConverters</c>).</summary>
    public ColumnConvention ColumnConvention { get; set; } = ColumnConvention.Schema;

    /// <summary>Gets or sets how CSV is read: <c>Strict</c> (the default) or <c>Tolerant</c> (real-world files: other encodings, separators, spellings).</summary>
    public CsvReadingMode ReadingMode { get; set; } = CsvReadingMode.Strict;

    /// <summary>
    /// Gets or sets the groups of rules validation runs, such as <c>"All"</c> or <c>"Schema, Document, Plan"</c>; by
    /// default, the library's: all but the plan-based rules, which also run when <see cref="Nomenclature"/> or
    /// <see cref="PlansPath"/> is set.
    /// </summary>
    public ValidationRuleGroups RuleGroups { get; set; } = BudgetValidationOptions.Default.RuleGroups;

    /// <summary>Gets or sets the nomenclature of the files (<c>NORME-DECLINAISON</c>, such as <c>M14-M14_COM_500_3500</c>); <see langword="null"/> to infer it from the codes.</summary>
    public string? Nomenclature { get; set; }

    /// <summary>
    /// Gets or sets where the plans de comptes are read from: a directory laid out
    /// <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c>, or one <c>planDeCompte.xml</c> file;
    /// <see langword="null"/> (the default) for the built-in catalogue of the official plans.
    /// </summary>
    public string? PlansPath { get; set; }

    /// <summary>Gets or sets the most findings a report keeps to list (all are counted); 1,000 by default.</summary>
    public int MaxFindingsKept { get; set; } = BudgetValidationOptions.Default.MaxFindingsKept;

    /// <summary>Gets the severities that replace the default ones, by finding code (such as <c>SCDL406</c> → <c>Info</c>).</summary>
    public IDictionary<string, FindingSeverity> SeverityOverrides { get; } = new Dictionary<string, FindingSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets where a TOTEM conversion takes <c>BGT_NOM</c> from: <c>Authority</c> (the default), <c>Budget</c> or <c>AuthorityAndBudget</c>.</summary>
    public AuthorityNameSource AuthorityName { get; set; } = AuthorityNameSource.Authority;

    /// <summary>Gets or sets a value indicating whether a TOTEM conversion writes the line's label before the operation number in <c>BGT_OPERATION</c> (<c>MAISON DE VIE, 93</c>) rather than the number alone.</summary>
    public bool OperationWithLabel { get; set; }
}
