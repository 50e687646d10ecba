namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Identifies the type of an order operation (TOTEM <c>LigneBudget/TypOpBudg</c>, present only when
/// <c>OpBudg</c> is 1). SCDL CSV files do not carry it.
/// </summary>
/// <remarks><c>default(OrderOperationType)</c> (0) means "not set".</remarks>
public enum OrderOperationType
{
    /// <summary>Order between sections, TOTEM <c>TypOpBudg</c> 2: chapters 040, 042, 021, 023 (uses <c>ROES</c>/<c>DOES</c>).</summary>
    BetweenSections = 1,

    /// <summary>Order inside a section, TOTEM <c>TypOpBudg</c> 1: chapters 041, 043 (uses <c>ROIS</c>/<c>DOIS</c>).</summary>
    WithinSection = 2,
}
