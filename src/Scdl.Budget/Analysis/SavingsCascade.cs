namespace Scdl.Budget.Analysis;

/// <summary>
/// The savings cascade of a document (épargne de gestion, épargne brute, épargne nette), the figures it is made of,
/// and what it allows (taux d'épargne brute, capacité de désendettement), on the document's <see cref="AnalysisBasis"/>:
/// executed amounts for a compte administratif or financier unique, voted amounts for a budget (the épargne
/// prévisionnelle). The accounts and chapters of each base figure are data, per nomenclature (docs/analysis.md).
/// </summary>
public sealed record SavingsCascade
{
    internal SavingsCascade(
        AnalysisFigure recettesReellesFonctionnement,
        AnalysisFigure depensesReellesFonctionnement,
        AnalysisFigure interetsDeLaDette,
        AnalysisFigure remboursementCapitalDette,
        AnalysisFigure depensesEquipement,
        decimal? encoursDeLaDette)
    {
        RecettesReellesFonctionnement = recettesReellesFonctionnement;
        DepensesReellesFonctionnement = depensesReellesFonctionnement;
        InteretsDeLaDette = interetsDeLaDette;
        RemboursementCapitalDette = remboursementCapitalDette;
        DepensesEquipement = depensesEquipement;
        EncoursDeLaDette = encoursDeLaDette is { } debt ? AnalysisFigure.Of(debt) : AnalysisFigure.Missing(FigureGap.DebtNotGiven);

        var depensesHorsInterets = AnalysisFigure.Combine(depensesReellesFonctionnement, interetsDeLaDette, (d, i) => d - i);
        EpargneDeGestion = AnalysisFigure.Combine(recettesReellesFonctionnement, depensesHorsInterets, (r, d) => r - d);
        EpargneBrute = AnalysisFigure.Combine(recettesReellesFonctionnement, depensesReellesFonctionnement, (r, d) => r - d);
        EpargneNette = AnalysisFigure.Combine(EpargneBrute, remboursementCapitalDette, (e, r) => e - r);
        TauxEpargneBrute = AnalysisFigure.Ratio(EpargneBrute, recettesReellesFonctionnement, 6);
        CapaciteDeDesendettement = EncoursDeLaDette.Gap is not null || EpargneBrute.Gap is not null
            ? (EncoursDeLaDette.Gap is not null ? EncoursDeLaDette : EpargneBrute)
            : EpargneBrute.Value <= 0m
                ? AnalysisFigure.Missing(FigureGap.EpargneBruteNotPositive)
                : AnalysisFigure.Ratio(EncoursDeLaDette, EpargneBrute, 2);
    }

    /// <summary>
    /// Gets the recettes réelles de fonctionnement: the real receipts of the fonctionnement section, without the
    /// carried-forward result and without the proceeds of sales of assets (account 775), in euros.
    /// </summary>
    public AnalysisFigure RecettesReellesFonctionnement { get; }

    /// <summary>
    /// Gets the dépenses réelles de fonctionnement: the real expenses of the fonctionnement section, without the
    /// carried-forward result and without the travaux en régie (the order receipts of account 72), in euros.
    /// </summary>
    public AnalysisFigure DepensesReellesFonctionnement { get; }

    /// <summary>Gets the interest on debt (intérêts de la dette, account 661), real expenses of fonctionnement, in euros.</summary>
    public AnalysisFigure InteretsDeLaDette { get; }

    /// <summary>
    /// Gets the épargne de gestion: the recettes réelles de fonctionnement minus the dépenses réelles de
    /// fonctionnement other than the interest on debt, in euros.
    /// </summary>
    public AnalysisFigure EpargneDeGestion { get; }

    /// <summary>
    /// Gets the épargne brute (capacité d'autofinancement brute): the recettes réelles minus the dépenses réelles de
    /// fonctionnement, the épargne de gestion minus the interest on debt, in euros: what the running of the year
    /// leaves to repay debt and invest.
    /// </summary>
    public AnalysisFigure EpargneBrute { get; }

    /// <summary>
    /// Gets the taux d'épargne brute: the épargne brute as a fraction of the recettes réelles de fonctionnement
    /// (0.15 is 15 %), rounded to 6 decimals.
    /// </summary>
    public AnalysisFigure TauxEpargneBrute { get; }

    /// <summary>
    /// Gets the repayment of the capital of debt (remboursement du capital de la dette): the real expenses of chapter
    /// 16, without deposits received (165), refinancing (166) and revolving draws (16449), in euros.
    /// </summary>
    public AnalysisFigure RemboursementCapitalDette { get; }

    /// <summary>Gets the épargne nette: the épargne brute minus the repayment of the capital of debt, in euros.</summary>
    public AnalysisFigure EpargneNette { get; }

    /// <summary>
    /// Gets the dépenses d'équipement brut: the real expenses of chapters 20, 204, 21 and 23 plus the travaux en
    /// régie (account 72), in euros.
    /// </summary>
    public AnalysisFigure DepensesEquipement { get; }

    /// <summary>
    /// Gets the outstanding debt at the end of the year (encours de la dette, capital restant dû), in euros, as given
    /// in <see cref="AnalysisOptions.OutstandingDebt"/>: budget lines do not carry it.
    /// </summary>
    public AnalysisFigure EncoursDeLaDette { get; }

    /// <summary>
    /// Gets the capacité de désendettement: the outstanding debt divided by the épargne brute, in years (rounded to
    /// 2 decimals): how long repaying the debt would take if all the épargne brute went to it.
    /// </summary>
    public AnalysisFigure CapaciteDeDesendettement { get; }
}
