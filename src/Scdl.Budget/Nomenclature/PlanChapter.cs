namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Represents a chapter of a plan de comptes: a nature chapter (<c>011</c>, <c>65</c>, <c>040</c>, <c>4581</c>) or
/// a functional chapter (<c>930</c>, <c>900</c>). Element <c>Chapitre</c> of <c>planDeCompte.xml</c>.
/// </summary>
public sealed class PlanChapter
{
    internal PlanChapter(string code, string label, string shortLabel, string chapterType, BudgetSection? section, bool isSpecial, bool isForStatementOnly, bool isFunctional = false)
    {
        Code = code;
        Label = label;
        ShortLabel = shortLabel;
        ChapterType = chapterType;
        Section = section;
        IsSpecial = isSpecial;
        IsForStatementOnly = isForStatementOnly;
        IsFunctional = isFunctional;
    }

    /// <summary>Gets the code of the chapter, such as <c>011</c> (attribute <c>Code</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the label of the chapter (attribute <c>Libelle</c>), the text of <c>BGT_CONTNAT_LABEL</c> or <c>BGT_NATURE_LABEL</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the short label of the chapter (attribute <c>Lib_court</c>).</summary>
    public string ShortLabel { get; }

    /// <summary>
    /// Gets the type of the chapter as the plan writes it (attribute <c>TypeChapitre</c>): <c>C</c> (a chapter of
    /// accounts), <c>G</c> (a global chapter such as 011, 012, 040) or <c>L</c> (such as 001, 002, 020, 023); empty when absent.
    /// </summary>
    public string ChapterType { get; }

    /// <summary>Gets the budget section of the chapter (attribute <c>Section</c>: <c>I</c> or <c>F</c>), or <see langword="null"/> when the plan gives none.</summary>
    public BudgetSection? Section { get; }

    /// <summary>Gets whether the chapter is special (attribute <c>Special="1"</c>).</summary>
    public bool IsSpecial { get; }

    /// <summary>Gets whether the chapter is used only in statements, not for votes (attribute <c>PourEtatSeul="1"</c>).</summary>
    public bool IsForStatementOnly { get; }

    /// <summary>
    /// Gets whether this is a functional chapter (<c>Fonction/Chapitres</c>, such as <c>930</c> "Services généraux"),
    /// the chapter of a line voted by function, rather than a nature chapter.
    /// </summary>
    public bool IsFunctional { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Label;
}
