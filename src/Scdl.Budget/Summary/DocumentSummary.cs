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
        IReadOnlyList<CarriedForwardTotal> carriedForward,
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
        CarriedForward = carriedForward;
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

    /// <summary>
    /// Gets the totals of the operations of the year per section, operation kind and direction: always 8 entries,
    /// fonctionnement first. The carried-forward balances are apart, in <see cref="CarriedForward"/>.
    /// </summary>
    public IReadOnlyList<BudgetTotal> Totals { get; }

    /// <summary>
    /// Gets the carried-forward balances per section and direction (chapter 002 in fonctionnement, 001 in
    /// investissement): always 4 entries, fonctionnement first, recette before dépense.
    /// </summary>
    public IReadOnlyList<CarriedForwardTotal> CarriedForward { get; }

    /// <summary>Gets the totals per chapter, in chapter order (ordinal), then section, kind and direction.</summary>
    public IReadOnlyList<ChapterTotal> Chapters { get; }

    /// <summary>
    /// Gets the balance checks: the order-operation symmetries always, and the balance of each section for a
    /// budget primitif (all its lines, the carried-forward balances included).
    /// </summary>
    public IReadOnlyList<BalanceCheck> Checks { get; }

    /// <summary>
    /// Adds up the amounts of a section and a direction: the operations of the year of one kind, or, without a
    /// kind, every line of the section (real, order and carried forward).
    /// </summary>
    /// <param name="section">The section.</param>
    /// <param name="direction">Recette or dépense.</param>
    /// <param name="kind">Réel or ordre; <see langword="null"/> for the whole section, carried-forward balance included.</param>
    /// <returns>The total, in euros.</returns>
    public decimal GetTotal(BudgetSection section, FlowDirection direction, OperationKind? kind = null)
    {
        var total = kind is null ? GetCarriedForward(section, direction) : 0m;
        foreach (var t in Totals)
        {
            if (t.Section == section && t.Direction == direction && (kind is null || t.OperationKind == kind))
            {
                total += t.Amount;
            }
        }

        return total;
    }

    /// <summary>Returns the carried-forward balance of a section and a direction (chapter 002 or 001).</summary>
    /// <param name="section">The section.</param>
    /// <param name="direction">Recette (an excédent carried forward) or dépense (a déficit).</param>
    /// <returns>The total, in euros.</returns>
    public decimal GetCarriedForward(BudgetSection section, FlowDirection direction)
    {
        var total = 0m;
        foreach (var t in CarriedForward)
        {
            if (t.Section == section && t.Direction == direction)
            {
                total += t.Amount;
            }
        }

        return total;
    }
}
