namespace Scdl.Budget.Summary;

/// <summary>
/// Tells the carried-forward balances apart: chapter 001 (solde d'exécution de la section d'investissement reporté)
/// and chapter 002 (résultat de fonctionnement, or d'exploitation, reporté). They carry last year's results into this
/// year's budget: neither real nor order operations of the year. Every plan de comptes of the built-in catalogue
/// (M14, M4x, M52, M57, M61, M71, 2013–2024) names them so, and no other chapter.
/// </summary>
internal static class CarriedForwardChapters
{
    /// <summary>The chapter (and account) of the investissement balance carried forward.</summary>
    public const string Investissement = "001";

    /// <summary>The chapter (and account) of the fonctionnement result carried forward.</summary>
    public const string Fonctionnement = "002";

    /// <summary>Tells whether a chapter code is 001 or 002.</summary>
    public static bool IsChapter(string? code) =>
        string.Equals(code, Investissement, StringComparison.Ordinal) || string.Equals(code, Fonctionnement, StringComparison.Ordinal);

    /// <summary>
    /// Tells whether a line is a carried-forward balance: its chapter, or its account when a converter left the
    /// chapter empty, is 001 or 002.
    /// </summary>
    public static bool Is(BudgetLine line) => IsChapter(line.ChapterCode) || IsChapter(line.AccountCode);
}
