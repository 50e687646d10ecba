namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Represents an account of a plan de comptes (element <c>Compte</c>): a nature account (<c>6064</c>, the
/// "what") or a functional account. Accounts form a tree; the leaves name, for each use, the chapter they are
/// budgeted in.
/// </summary>
public sealed class PlanAccount
{
    private readonly string?[] chapters;

    internal PlanAccount(
        string code,
        string label,
        string shortLabel,
        string? parentCode,
        bool isGroup,
        bool isDeleted,
        string? deletedSince,
        string?[] chapters,
        bool? usableInEquipmentReceipt,
        bool? usableInEquipmentExpense)
    {
        Code = code;
        Label = label;
        ShortLabel = shortLabel;
        ParentCode = parentCode;
        IsGroup = isGroup;
        IsDeleted = isDeleted;
        DeletedSince = deletedSince;
        this.chapters = chapters;
        UsableInEquipmentReceipt = usableInEquipmentReceipt;
        UsableInEquipmentExpense = usableInEquipmentExpense;
    }

    /// <summary>Gets the code of the account, such as <c>6064</c> (attribute <c>Code</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the label of the account (attribute <c>Libelle</c>), the text of the account's label column.</summary>
    public string Label { get; }

    /// <summary>Gets the short label (attribute <c>Lib_court</c>).</summary>
    public string ShortLabel { get; }

    /// <summary>Gets the code of the enclosing account in the tree (<c>606</c> for <c>6064</c>), or <see langword="null"/> at the top.</summary>
    public string? ParentCode { get; }

    /// <summary>Gets whether the account only groups others for totals (attribute <c>RegrTotalise="1"</c>).</summary>
    public bool IsGroup { get; }

    /// <summary>
    /// Gets whether the plan marks the account as deleted (attribute <c>Supprime="1"</c>). Deleted accounts stay in
    /// the plan, and lookups still resolve them, because older documents use them.
    /// </summary>
    public bool IsDeleted { get; }

    /// <summary>Gets when the account was deleted, as the plan writes it (attribute <c>SupprimeDepuis</c>, such as <c>2020-12-08T14:00:00</c>), or <see langword="null"/>.</summary>
    public string? DeletedSince { get; }

    /// <summary>Gets whether the account may be used in a receipt of an equipment operation (attribute <c>REquip</c>), or <see langword="null"/> when the plan does not say.</summary>
    public bool? UsableInEquipmentReceipt { get; }

    /// <summary>Gets whether the account may be used in an expense of an equipment operation (attribute <c>DEquip</c>), or <see langword="null"/> when the plan does not say.</summary>
    public bool? UsableInEquipmentExpense { get; }

    /// <summary>Gets whether the account can be budgeted at all: some use names a chapter.</summary>
    public bool IsBudgetable => Array.Exists(chapters, c => c is not null);

    /// <summary>Gets the chapter the account is budgeted in for a use (attributes <c>RR</c>, <c>DR</c>, <c>ROES</c>, <c>DOES</c>, <c>ROIS</c>, <c>DOIS</c>).</summary>
    /// <param name="use">The use.</param>
    /// <returns>The chapter code, or <see langword="null"/> when the account is not allowed for that use.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is not a defined value.</exception>
    public string? GetChapterCode(AccountUse use)
    {
        var index = (int)use - 1;
        ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(use));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 6, nameof(use));
        return chapters[index];
    }

    /// <summary>
    /// Gets the chapter the account is budgeted in for a line of a direction and operation kind
    /// (DOMAIN: RR/DR for real lines, ROES/DOES for orders between sections, ROIS/DOIS for orders inside a section).
    /// </summary>
    /// <param name="direction">Receipt or expense.</param>
    /// <param name="kind">Real or order operation.</param>
    /// <param name="orderType">
    /// For an order operation, its type (TOTEM <c>TypOpBudg</c>); when <see langword="null"/> (an SCDL CSV does not say),
    /// the chapter for an order between sections is returned if the account has one, else the one inside a section.
    /// </param>
    /// <returns>The chapter code, or <see langword="null"/> when the account is not allowed for that use.</returns>
    public string? GetChapterCode(FlowDirection direction, OperationKind kind, OrderOperationType? orderType = null)
    {
        foreach (var use in UsesFor(direction, kind, orderType))
        {
            if (GetChapterCode(use) is { } chapter)
            {
                return chapter;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Label;

    /// <summary>Lists the uses that match a line, in order of preference (shared arrays: do not change them).</summary>
    internal static AccountUse[] UsesFor(FlowDirection direction, OperationKind kind, OrderOperationType? orderType)
    {
        var receipt = direction == FlowDirection.Recette;
        if (direction is not (FlowDirection.Recette or FlowDirection.Depense))
        {
            return [];
        }

        return (kind, orderType) switch
        {
            (OperationKind.Reel, _) => receipt ? Uses.RealReceipt : Uses.RealExpense,
            (OperationKind.Ordre, OrderOperationType.BetweenSections) => receipt ? Uses.ReceiptBetween : Uses.ExpenseBetween,
            (OperationKind.Ordre, OrderOperationType.WithinSection) => receipt ? Uses.ReceiptWithin : Uses.ExpenseWithin,
            (OperationKind.Ordre, _) => receipt ? Uses.ReceiptOrder : Uses.ExpenseOrder,
            _ => [],
        };
    }

    /// <summary>The lists of uses, made once: they are asked for on every line checked.</summary>
    private static class Uses
    {
        public static readonly AccountUse[] RealReceipt = [AccountUse.RealReceipt];
        public static readonly AccountUse[] RealExpense = [AccountUse.RealExpense];
        public static readonly AccountUse[] ReceiptBetween = [AccountUse.ReceiptOrderBetweenSections];
        public static readonly AccountUse[] ExpenseBetween = [AccountUse.ExpenseOrderBetweenSections];
        public static readonly AccountUse[] ReceiptWithin = [AccountUse.ReceiptOrderWithinSection];
        public static readonly AccountUse[] ExpenseWithin = [AccountUse.ExpenseOrderWithinSection];
        public static readonly AccountUse[] ReceiptOrder = [AccountUse.ReceiptOrderBetweenSections, AccountUse.ReceiptOrderWithinSection];
        public static readonly AccountUse[] ExpenseOrder = [AccountUse.ExpenseOrderBetweenSections, AccountUse.ExpenseOrderWithinSection];
    }
}
