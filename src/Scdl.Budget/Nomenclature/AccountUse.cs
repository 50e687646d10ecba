namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Identifies a use of an account: the direction and the kind of operation a line budgets it for. Each use is an
/// attribute of <c>Compte</c> in <c>planDeCompte.xml</c> naming the chapter the account is budgeted in for that use.
/// </summary>
/// <remarks><c>default(AccountUse)</c> (0) means "not set".</remarks>
public enum AccountUse
{
    /// <summary>Real receipt (attribute <c>RR</c>): <see cref="FlowDirection.Recette"/>, <see cref="OperationKind.Reel"/>.</summary>
    RealReceipt = 1,

    /// <summary>Real expense (attribute <c>DR</c>): <see cref="FlowDirection.Depense"/>, <see cref="OperationKind.Reel"/>.</summary>
    RealExpense = 2,

    /// <summary>Receipt by order between sections (attribute <c>ROES</c>; chapters 040, 042, 021).</summary>
    ReceiptOrderBetweenSections = 3,

    /// <summary>Expense by order between sections (attribute <c>DOES</c>; chapters 040, 042, 023).</summary>
    ExpenseOrderBetweenSections = 4,

    /// <summary>Receipt by order inside a section (attribute <c>ROIS</c>; chapters 041, 043).</summary>
    ReceiptOrderWithinSection = 5,

    /// <summary>Expense by order inside a section (attribute <c>DOIS</c>; chapters 041, 043).</summary>
    ExpenseOrderWithinSection = 6,
}
