namespace Scdl.Budget.Analysis;

/// <summary>The figures defined as data, in <c>Analysis/Data/definitions.tsv</c>: each adds up chapters or accounts.</summary>
internal enum DefinedFigure
{
    RecettesReellesFonctionnement = 0,
    DepensesReellesFonctionnement = 1,
    InteretsDeLaDette = 2,
    RemboursementCapitalDette = 3,
    DepensesEquipement = 4,
}
