namespace Scdl.Budget.Validation;

/// <summary>
/// Chooses which groups of rules a <see cref="BudgetValidator"/> runs. The findings of the CSV reader (structure
/// and cell format, <c>SCDL1xx</c>/<c>SCDL2xx</c>) are always reported: they are facts about the input.
/// </summary>
[Flags]
public enum ValidationRuleGroups
{
    /// <summary>No rule beyond the reader's findings.</summary>
    None = 0,

    /// <summary>
    /// The schema rules on typed lines that did not come from the CSV reader (a caller's own data): empty required
    /// text, lengths, SIRET check digit, values outside the enums, year (<c>SCDL201</c>–<c>SCDL207</c>).
    /// </summary>
    Schema = 1,

    /// <summary>One document per file, row count above Validata's limit, lines left out of the checks (<c>SCDL301</c>, <c>SCDL310</c>, <c>SCDL311</c>).</summary>
    Document = 2,

    /// <summary>Exact duplicate lines (<c>SCDL302</c>, <c>SCDL312</c>).</summary>
    Duplicates = 4,

    /// <summary>Amounts that do not belong to the budget step (<c>SCDL303</c>).</summary>
    Amounts = 8,

    /// <summary>Order chapters and the real/order kind (<c>SCDL304</c>, <c>SCDL305</c>).</summary>
    OrderOperations = 16,

    /// <summary>Text cells: formula injection and operation numbers (<c>SCDL306</c>, <c>SCDL307</c>).</summary>
    Text = 32,

    /// <summary>The column convention the file appears to use (<c>SCDL308</c>, <c>SCDL309</c>).</summary>
    ColumnConvention = 64,

    /// <summary>Totals and balance checks per document (<c>SCDL320</c>–<c>SCDL322</c>).</summary>
    Balance = 128,

    /// <summary>
    /// Checks against the plan de comptes (<c>SCDL401</c>–<c>SCDL416</c>): the plan of
    /// <see cref="BudgetValidationOptions.Nomenclature"/> in <see cref="BudgetValidationOptions.Plans"/> (the
    /// built-in catalogue by default), or, when no nomenclature is named, the plan inferred from the file's codes.
    /// See <c>docs/nomenclature.md</c>. Not in the default of <see cref="BudgetValidationOptions.RuleGroups"/>.
    /// </summary>
    Plan = 256,

    /// <summary>Every group. The default of <see cref="BudgetValidationOptions.RuleGroups"/> is every group but <see cref="Plan"/>.</summary>
    All = Schema | Document | Duplicates | Amounts | OrderOperations | Text | ColumnConvention | Balance | Plan,
}
