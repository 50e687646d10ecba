namespace Scdl.Budget.Totem.Internal;

/// <summary>The lookups the converter needs in the plan de comptes of one document (one norme, déclinaison and year, with fallbacks).</summary>
internal interface IPlanLookup
{
    /// <summary>Gets a chapter by nature (Nature/Chapitres) by its exact code, or null.</summary>
    ChapterInfo? FindChapter(string code);

    /// <summary>Gets an account by nature (Nature/Comptes, deleted accounts included), or null.</summary>
    AccountInfo? FindAccount(string code);

    /// <summary>Derives the chapter an account is budgeted in for a direction and operation kind (TypOpBudg 2 between sections, 1 inside, null either), or null.</summary>
    ChapterInfo? FindChapterOfAccount(string account, FlowDirection direction, OperationKind kind, int? orderType);

    /// <summary>Gets the label of a function (RefFonc, else functional chapter), or null.</summary>
    string? FindFunctionLabel(string code);
}
