namespace Scdl.Budget.Analysis;

/// <summary>Names the amounts of a <see cref="DocumentAnalysis"/> that documents side by side compare (<see cref="DocumentAnalysis.GetFigure"/>).</summary>
public enum FigureName
{
    /// <summary>The receipts of the year of the fonctionnement section, real and order (<see cref="SectionFlows.RecettesDeLExercice"/>).</summary>
    RecettesFonctionnement = 1,

    /// <summary>The expenses of the year of the fonctionnement section, real and order (<see cref="SectionFlows.DepensesDeLExercice"/>).</summary>
    DepensesFonctionnement = 2,

    /// <summary>The receipts of the year of the investissement section, real and order.</summary>
    RecettesInvestissement = 3,

    /// <summary>The expenses of the year of the investissement section, real and order.</summary>
    DepensesInvestissement = 4,

    /// <summary><see cref="SavingsCascade.RecettesReellesFonctionnement"/>.</summary>
    RecettesReellesFonctionnement = 5,

    /// <summary><see cref="SavingsCascade.DepensesReellesFonctionnement"/>.</summary>
    DepensesReellesFonctionnement = 6,

    /// <summary><see cref="SavingsCascade.InteretsDeLaDette"/>.</summary>
    InteretsDeLaDette = 7,

    /// <summary><see cref="SavingsCascade.EpargneDeGestion"/>.</summary>
    EpargneDeGestion = 8,

    /// <summary><see cref="SavingsCascade.EpargneBrute"/>.</summary>
    EpargneBrute = 9,

    /// <summary><see cref="SavingsCascade.RemboursementCapitalDette"/>.</summary>
    RemboursementCapitalDette = 10,

    /// <summary><see cref="SavingsCascade.EpargneNette"/>.</summary>
    EpargneNette = 11,

    /// <summary><see cref="SavingsCascade.DepensesEquipement"/>.</summary>
    DepensesEquipement = 12,
}
