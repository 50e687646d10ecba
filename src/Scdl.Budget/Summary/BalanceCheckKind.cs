namespace Scdl.Budget.Summary;

/// <summary>Identifies a balance check of a document.</summary>
public enum BalanceCheckKind
{
    /// <summary>Recettes equal dépenses in the fonctionnement section (checked for a budget primitif).</summary>
    FonctionnementBalance = 1,

    /// <summary>Recettes equal dépenses in the investissement section (checked for a budget primitif).</summary>
    InvestissementBalance = 2,

    /// <summary>Dépenses of chapter 040 equal recettes of chapter 042 (order transfers between sections).</summary>
    Depenses040Recettes042 = 3,

    /// <summary>Dépenses of chapter 042 equal recettes of chapter 040 (order transfers between sections).</summary>
    Depenses042Recettes040 = 4,

    /// <summary>Dépenses of chapter 041 equal recettes of chapter 041 (order operations inside investissement).</summary>
    Order041 = 5,

    /// <summary>Dépenses of chapter 043 equal recettes of chapter 043 (order operations inside fonctionnement).</summary>
    Order043 = 6,

    /// <summary>Dépenses of chapter 023 (virement à la section d'investissement) equal recettes of chapter 021 (virement de la section de fonctionnement).</summary>
    Depenses023Recettes021 = 7,
}
