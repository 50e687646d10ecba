namespace Scdl.Budget;

/// <summary>
/// Identifies whether a line moves cash (real operation) or only moves amounts between accounts
/// (order operation): column <c>BGT_OPBUDG</c>.
/// </summary>
/// <remarks><c>default(OperationKind)</c> (0) means "not set".</remarks>
public enum OperationKind
{
    /// <summary>Real operation, with a cash movement: CSV <c>réel</c>, TOTEM OpBudg 0.</summary>
    Reel = 1,

    /// <summary>Order operation, without a cash movement (depreciation, transfers): CSV <c>ordre</c>, TOTEM OpBudg 1.</summary>
    Ordre = 2,
}
