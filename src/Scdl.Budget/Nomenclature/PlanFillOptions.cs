namespace Scdl.Budget.Nomenclature;

/// <summary>Configures a <see cref="PlanFiller"/>.</summary>
public sealed record PlanFillOptions
{
    /// <summary>Gets the default options: fill only what is empty, name columns by the schema convention.</summary>
    public static PlanFillOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether labels already present are replaced by the plan's (account, chapter and
    /// function labels). Defaults to <see langword="false"/>: only empty labels are filled. Codes present are never
    /// changed; the section is always the chapter's.
    /// </summary>
    public bool OverwriteLabels { get; init; }

    /// <summary>
    /// Gets the column convention used to name columns in the findings of <see cref="PlanFiller.Fill(BudgetRecord)"/>
    /// (which of <c>BGT_CONTNAT</c>/<c>BGT_NATURE</c> holds the account). Defaults to <see cref="ColumnConvention.Schema"/>.
    /// </summary>
    public ColumnConvention ColumnConvention { get; init; } = ColumnConvention.Schema;
}
