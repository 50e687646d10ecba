namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Looks codes up in the plan de comptes of one nomenclature and year, falling back to the nearest other year of
/// the same norme and déclinaison when the code is missing (the previous year first, then the next, then two
/// years back…). Every answer says which plan answered. Get one from <see cref="PlanCatalog.For(NomenclatureId)"/>.
/// </summary>
/// <remarks>
/// Real documents use codes of the previous year's plan (account 6518 of a 2022 M43_D budget is only in the
/// 2021 plan); existing converters then leave labels empty. Here such a code resolves, and
/// <see cref="PlanMatch{T}.IsFromOtherYear"/> reports it. Instances are immutable and thread-safe.
/// </remarks>
public sealed class PlanLookup
{
    private readonly PlanCatalog catalog;
    private IReadOnlyList<NomenclatureId>? order;
    private int[]? compactOrder;

    internal PlanLookup(PlanCatalog catalog, NomenclatureId requested)
    {
        this.catalog = catalog;
        Requested = requested;
    }

    /// <summary>Gets the nomenclature and year asked for.</summary>
    public NomenclatureId Requested { get; }

    /// <summary>Gets the plan of the requested year, or <see langword="null"/> when the catalogue does not have it (lookups then use the nearest years).</summary>
    public PlanDeComptes? Plan => catalog.GetPlan(Requested);

    /// <summary>Gets whether the catalogue has at least one plan of this norme and déclinaison, for any year.</summary>
    public bool HasPlans => FallbackOrder.Count > 0;

    /// <summary>
    /// Gets the plans consulted, in order: the requested year, then the nearest other years of the same norme
    /// and déclinaison, the previous year before the next one at equal distance.
    /// </summary>
    public IReadOnlyList<NomenclatureId> FallbackOrder => LazyInitializer.EnsureInitialized(ref order, ComputeOrder);

    /// <summary>Finds a nature account (deleted accounts included), in the plan of the year or else the nearest year that has it.</summary>
    /// <param name="code">The account code, such as <c>6518</c>.</param>
    /// <returns>The account and the plan that answered, or <see langword="null"/> when no plan of the nomenclature has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public PlanMatch<PlanAccount>? FindAccount(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return First(PlanCodeKind.Account, code, static (plan, code) => plan.FindAccount(code));
    }

    /// <summary>
    /// Finds the chapter of a line: a nature chapter by its exact code in the plan of the year or the nearest year
    /// that has it; failing that, a functional chapter (<c>930</c>…, the chapters of a budget voted by function,
    /// <see cref="PlanChapter.IsFunctional"/>); failing that, an operation chapter followed by an operation number
    /// (<c>4581001</c> → <c>4581</c>, see <see cref="PlanDeComptes.FindOperationChapter(string)"/>), reported by
    /// <see cref="PlanMatch{T}.IsPrefixMatch"/>.
    /// </summary>
    /// <param name="code">The chapter code, such as <c>011</c> or <c>4544128</c>.</param>
    /// <returns>The chapter and the plan that answered, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public PlanMatch<PlanChapter>? FindChapter(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return First(PlanCodeKind.Chapter, code, static (plan, code) => plan.FindChapter(code))
            ?? First(PlanCodeKind.FunctionChapter, code, static (plan, code) => plan.FindFunctionChapter(code))
            ?? FindOperationChapter(code);
    }

    /// <summary>
    /// Finds the chapter an account is budgeted in for a line of a direction and operation kind (plan attributes
    /// <c>RR</c>, <c>DR</c>, <c>ROES</c>, <c>DOES</c>, <c>ROIS</c>, <c>DOIS</c>). The account is looked up with the
    /// year fallback; its chapter is then taken from the same plan when it has it.
    /// </summary>
    /// <param name="accountCode">The account code, such as <c>6518</c>.</param>
    /// <param name="direction">Receipt or expense (TOTEM <c>CodRD</c>).</param>
    /// <param name="kind">Real or order operation (TOTEM <c>OpBudg</c> 0 or 1).</param>
    /// <param name="orderType">For an order operation, its type (TOTEM <c>TypOpBudg</c>); see <see cref="PlanAccount.GetChapterCode(FlowDirection, OperationKind, OrderOperationType?)"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The chapter and the plan that answered, or <see langword="null"/> when the account is unknown or not
    /// allowed for that use. <see cref="PlanMatch{T}.Source"/> is the plan that gave the account.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="accountCode"/> is <see langword="null"/>.</exception>
    public PlanMatch<PlanChapter>? FindChapterOfAccount(string accountCode, FlowDirection direction, OperationKind kind, OrderOperationType? orderType = null)
    {
        var account = FindAccount(accountCode);
        if (account?.Value.GetChapterCode(direction, kind, orderType) is not { } chapterCode)
        {
            return null;
        }

        if (catalog.GetPlan(account.Source)?.FindChapter(chapterCode) is { } chapter)
        {
            return new PlanMatch<PlanChapter>(chapter, account.Source, Requested.Year, isPrefixMatch: false);
        }

        return FindChapter(chapterCode);
    }

    /// <summary>Gets the section of a chapter (its <c>Section</c> attribute, I or F), with the year and operation-chapter fallbacks of <see cref="FindChapter(string)"/>.</summary>
    /// <param name="chapterCode">The chapter code, such as <c>4581001</c> or <c>65</c>.</param>
    /// <returns>The section, or <see langword="null"/> when the chapter is unknown or has no section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chapterCode"/> is <see langword="null"/>.</exception>
    public BudgetSection? GetSection(string chapterCode) => FindChapter(chapterCode)?.Value.Section;

    /// <summary>Finds a functional reference (<c>RefFonc</c>), with the year fallback.</summary>
    /// <param name="code">The function code, such as <c>822</c>.</param>
    /// <returns>The reference and the plan that answered, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public PlanMatch<FunctionReference>? FindFunction(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return First(PlanCodeKind.FunctionReference, code, static (plan, code) => plan.FindFunctionReference(code));
    }

    /// <summary>Finds a functional chapter (such as <c>930</c>), with the year fallback.</summary>
    /// <param name="code">The functional chapter code.</param>
    /// <returns>The chapter and the plan that answered, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public PlanMatch<PlanChapter>? FindFunctionChapter(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return First(PlanCodeKind.FunctionChapter, code, static (plan, code) => plan.FindFunctionChapter(code));
    }

    /// <summary>
    /// Gets the label of a function code: the functional reference's label, else (codes such as <c>930</c>) the
    /// functional chapter's, with the year fallback.
    /// </summary>
    /// <param name="code">The function code.</param>
    /// <returns>The label, or <see langword="null"/> when the code is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public string? GetFunctionLabel(string code) => FindFunction(code)?.Value.Label ?? FindFunctionChapter(code)?.Value.Label;

    /// <inheritdoc/>
    public override string ToString() => "Plan lookup " + Requested.ToString();

    /// <summary>
    /// Asks the plans of <see cref="FallbackOrder"/> in turn; a plan that the catalogue knows lacks the code is
    /// skipped without being built (see <see cref="PlanCatalog.MayHave(int, PlanCodeKind, int)"/>).
    /// </summary>
    private PlanMatch<T>? First<T>(PlanCodeKind kind, string code, Func<PlanDeComptes, string, T?> find)
        where T : class
    {
        var key = catalog.CodeKey(code.Trim());
        if (key < 0)
        {
            return null;
        }

        var ids = FallbackOrder;
        var indices = LazyInitializer.EnsureInitialized(ref compactOrder, () => [.. ids.Select(catalog.CompactIndexOf)]);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!catalog.MayHave(indices[i], kind, key))
            {
                continue;
            }

            // A plan of the compact catalogue answers without being built; another plan answers itself.
            var found = indices[i] >= 0 ? catalog.FindCompact(indices[i], kind, key) as T
                : catalog.GetPlan(ids[i]) is { } plan ? find(plan, code) : null;
            if (found is not null)
            {
                return new PlanMatch<T>(found, ids[i], Requested.Year, isPrefixMatch: false);
            }
        }

        return null;
    }

    /// <summary>The operation chapter a code starts with (<see cref="PlanDeComptes.FindOperationChapter(string)"/>), with the year fallback.</summary>
    private PlanMatch<PlanChapter>? FindOperationChapter(string code)
    {
        if (!code.StartsWith(PlanDeComptes.OperationChapterPrefix, StringComparison.Ordinal))
        {
            return null; // Only operation chapters (45…) are found by prefix: no plan needs building to say so.
        }

        foreach (var id in FallbackOrder)
        {
            if (catalog.GetPlan(id)?.FindOperationChapter(code) is { } found)
            {
                return new PlanMatch<PlanChapter>(found, id, Requested.Year, isPrefixMatch: true);
            }
        }

        return null;
    }

    private List<NomenclatureId> ComputeOrder()
    {
        var year = Requested.Year;
        return [.. catalog.Nomenclatures
            .Where(id => string.Equals(id.Norme, Requested.Norme, StringComparison.Ordinal)
                && string.Equals(id.Declinaison, Requested.Declinaison, StringComparison.Ordinal))
            .OrderBy(id => Math.Abs(id.Year - year))
            .ThenBy(id => id.Year)];
    }
}
