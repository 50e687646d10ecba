namespace Scdl.Budget.Totem.Internal;

/// <summary>The header values of the <c>DocumentBudgetaire</c> itself, shared by the budgets it holds.</summary>
internal sealed class DocumentValues
{
#pragma warning disable SA1401, CA1051 // Plain mutable bag, private to the reader.
    public long DocumentLine;
    public bool InCfu;
    public string? VersionSchema;
    public string? LibelleColl;
    public string? IdColl;
    public long IdCollLine;
#pragma warning restore SA1401, CA1051
}
