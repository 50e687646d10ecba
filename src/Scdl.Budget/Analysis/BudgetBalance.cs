namespace Scdl.Budget.Analysis;

/// <summary>
/// The balance of a budget (primitif, supplémentaire, décision modificative) on its voted amounts, in euros: what
/// each section's recettes exceed its dépenses by (zero when it is voted in balance, as the law asks), and the
/// transfer from fonctionnement to investissement (virement: dépense of chapter 023, recette of chapter 021).
/// </summary>
/// <param name="EcartFonctionnement">Every recette minus every dépense of the fonctionnement section, the carried-forward balance included.</param>
/// <param name="EcartInvestissement">Every recette minus every dépense of the investissement section, the carried-forward balance included.</param>
/// <param name="VirementALaSectionDInvestissement">The dépenses of chapter 023 (virement à la section d'investissement).</param>
/// <param name="VirementDeLaSectionDeFonctionnement">The recettes of chapter 021 (virement de la section de fonctionnement).</param>
public sealed record BudgetBalance(
    decimal EcartFonctionnement,
    decimal EcartInvestissement,
    decimal VirementALaSectionDInvestissement,
    decimal VirementDeLaSectionDeFonctionnement);
