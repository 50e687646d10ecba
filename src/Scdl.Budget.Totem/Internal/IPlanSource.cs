namespace Scdl.Budget.Totem.Internal;

/// <summary>Finds the plan de comptes of a document.</summary>
internal interface IPlanSource
{
    /// <summary>Gets the lookups of a plan, or null when the catalogue knows no plan of this norme and déclinaison.</summary>
    IPlanLookup? Find(string norme, string declinaison, int year);
}
