namespace Scdl.Budget.Summary;

/// <summary>
/// The totals of one budget document of the input (one SIRET, one year, one step) and its balance checks.
/// </summary>
public sealed class DocumentSummary
{
    internal DocumentSummary(
        Siret siret,
        int year,
        BudgetStep step,
        string authorityName,
        long firstLine,
        long lineCount,
        IReadOnlyList<BudgetTotal> totals,
        IReadOnlyList<ChapterTotal> chapters,
        IReadOnlyList<BalanceCheck> checks)
    {
        Siret = siret;
        Year = year;
        Step = step;
        AuthorityName = authorityName;
        FirstLine = firstLine;
        LineCount = lineCount;
        Totals = totals;
        Chapters = chapters;
        Checks = checks;
    }

    /// <summary>Gets the SIRET of the document (<c>BGT_SIRET</c>).</summary>
    public Siret Siret { get; }

    /// <summary>Gets the fiscal year (<c>BGT_ANNEE</c>).</summary>
    public int Year { get; }

    /// <summary>Gets the budget step (<c>BGT_NATDEC</c>).</summary>
    public BudgetStep Step { get; }

    /// <summary>Gets the name of the authority on the document's first line (<c>BGT_NOM</c>).</summary>
    public string AuthorityName { get; }

    /// <summary>Gets the 1-based line of the document's first line in the input.</summary>
    public long FirstLine { get; }

    /// <summary>Gets the number of lines of the document.</summary>
    public long LineCount { get; }

    /// <summary>Gets which amounts the totals add up: voted amounts, or executed ones for a compte administratif or financier unique.</summary>
    public AmountBasis AmountBasis => Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique ? AmountBasis.Realised : AmountBasis.Voted;

    /// <summary>Gets the totals per section, operation kind and direction: always 8 entries, fonctionnement first.</summary>
    public IReadOnlyList<BudgetTotal> Totals { get; }

    /// <summary>Gets the totals per chapter, in chapter order (ordinal), then section, kind and direction.</summary>
    public IReadOnlyList<ChapterTotal> Chapters { get; }

    /// <summary>
    /// Gets the balance checks: the order-operation symmetries always, and the balance of each section for a
    /// budget primitif.
    /// </summary>
    public IReadOnlyList<BalanceCheck> Checks { get; }

    /// <summary>Adds up <see cref="BudgetTotal.Amount"/> over a section and a direction, and optionally an operation kind.</summary>
    /// <param name="section">The section.</param>
    /// <param name="direction">Recette or dépense.</param>
    /// <param name="kind">Réel or ordre; <see langword="null"/> for both.</param>
    /// <returns>The total, in euros.</returns>
    public decimal GetTotal(BudgetSection section, FlowDirection direction, OperationKind? kind = null)
    {
        var total = 0m;
        foreach (var t in Totals)
        {
            if (t.Section == section && t.Direction == direction && (kind is null || t.OperationKind == kind))
            {
                total += t.Amount;
            }
        }

        return total;
    }
}
