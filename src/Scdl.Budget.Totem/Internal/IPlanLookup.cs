namespace Scdl.Budget.Totem.Internal;

/// <summary>The lookups the converter needs in the plan de comptes of one document (one norme, déclinaison and year, with fallbacks).</summary>
internal interface IPlanLookup
{
    /// <summary>Gets a chapter by nature (Nature/Chapitres), or null.</summary>
    PlanChapter? FindChapter(string code);

    /// <summary>Gets an account by nature (Nature/Comptes, deleted accounts included), or null.</summary>
    PlanAccount? FindAccount(string code);

    /// <summary>Gets the label of a function (RefFonc, else functional chapter), or null.</summary>
    string? FindFunctionLabel(string code);
}
