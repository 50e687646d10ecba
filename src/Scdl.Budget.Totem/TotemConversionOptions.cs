using Scdl.Budget.Csv;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <summary>Options for converting a TOTEM document to SCDL Budget.</summary>
public sealed record TotemConversionOptions
{
    /// <summary>Gets the default options.</summary>
    public static TotemConversionOptions Default { get; } = new();

    /// <summary>Gets what is written in <c>BGT_NOM</c>. Defaults to <see cref="AuthorityNameSource.Authority"/>.</summary>
    public AuthorityNameSource NameSource { get; init; } = AuthorityNameSource.Authority;

    /// <summary>
    /// Gets a value indicating whether <c>BGT_OPERATION</c> holds the line's label before the operation number
    /// (<c>LibCpte, Operation</c>, such as <c>MAISON DE VIE, 93</c>) rather than the number alone (the default).
    /// </summary>
    public bool OperationWithLabel { get; init; }

    /// <summary>
    /// Gets the options of the CSV written: the column convention (<see cref="ColumnConvention.Schema"/> by default,
    /// <see cref="ColumnConvention.TotemConverters"/> to put the chapter in <c>BGT_CONTNAT</c> like the existing
    /// converters), the CFU policy, the line ending and the schema version.
    /// </summary>
    public BudgetCsvWriterOptions Writer { get; init; } = BudgetCsvWriterOptions.Default;

    /// <summary>
    /// Gets the limits on the TOTEM input (the size of a value and of the document, see <see cref="TotemReaderOptions"/>).
    /// Defaults to <see cref="TotemReaderOptions.Default"/>.
    /// </summary>
    public TotemReaderOptions Reader { get; init; } = TotemReaderOptions.Default;

    /// <summary>
    /// Gets how many groups of findings about lines the <see cref="TotemConversionResult.Findings"/> tally keeps,
    /// errors first (see <see cref="FindingTally"/>); the counts are always exact. Defaults to 10,000.
    /// </summary>
    public int MaxFindingsKept { get; init; } = 10_000;

    /// <summary>
    /// Gets the plans de comptes that give chapters, sections and labels: <see langword="null"/> (the default) for
    /// the built-in catalogue (<see cref="PlanCatalog.BuiltIn"/>, the official plans 2013–2024), or the caller's,
    /// such as <see cref="PlanCatalog.FromDirectory(System.IO.Abstractions.IFileSystem, string)"/>. A code missing
    /// from the plan of the document's year is looked up in the nearest other year of the same nomenclature.
    /// </summary>
    public PlanCatalog? Plans { get; init; }

    /// <summary>Gets a source of plan lookups that replaces <see cref="Plans"/> (tests).</summary>
    internal IPlanSource? PlanSource { get; init; }
}
