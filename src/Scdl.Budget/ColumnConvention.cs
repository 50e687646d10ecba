namespace Scdl.Budget;

/// <summary>
/// Chooses which of <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c> holds the account and which holds the chapter.
/// </summary>
/// <remarks>
/// The schema text says <c>BGT_CONTNAT</c> is the account (article) and <c>BGT_NATURE</c> the chapter; every
/// existing TOTEM converter and almost every published file does the reverse, because in TOTEM "ContNat" is the
/// chapter. Both validate the same against the schema. The model always names what things are
/// (<see cref="BudgetLine.AccountCode"/>, <see cref="BudgetLine.ChapterCode"/>); this option decides the columns.
/// </remarks>
public enum ColumnConvention
{
    /// <summary>
    /// The schema text's reading (the default): <c>BGT_CONTNAT</c> = account, <c>BGT_NATURE</c> = chapter,
    /// each label following its code.
    /// </summary>
    Schema = 1,

    /// <summary>
    /// The TOTEM converters' reading (totem2csv, yatotem2scdl, Megalis): <c>BGT_CONTNAT</c> = chapter,
    /// <c>BGT_NATURE</c> = account, each label following its code.
    /// </summary>
    TotemConverters = 2,
}
