namespace Scdl.Budget.Analysis;

/// <summary>
/// The analysis of one budget document of the input (one SIRET, one year, one step): its flows per section, its
/// results (compte administratif, financier unique) or its balance (budget), its savings cascade, its execution and
/// its largest functions. Computed from its lines in one pass, in memory that does not grow with their number.
/// </summary>
public sealed class DocumentAnalysis
{
    internal DocumentAnalysis(
        Siret siret,
        int year,
        BudgetStep step,
        string authorityName,
        long lineCount,
        string? nomenclature,
        AnalysisBasis basis,
        SectionFlows fonctionnement,
        SectionFlows investissement,
        BudgetResults? resultats,
        BudgetBalance? equilibre,
        SavingsCascade epargne,
        ExecutionAnalysis? execution,
        FunctionBreakdown fonctions,
        bool amountsMissing)
    {
        Siret = siret;
        Year = year;
        Step = step;
        AuthorityName = authorityName;
        LineCount = lineCount;
        Nomenclature = nomenclature;
        Basis = basis;
        Fonctionnement = fonctionnement;
        Investissement = investissement;
        Resultats = resultats;
        Equilibre = equilibre;
        Epargne = epargne;
        Execution = execution;
        Fonctions = fonctions;
        AmountsMissing = amountsMissing;
    }

    /// <summary>Gets the SIRET of the document (<c>BGT_SIRET</c>).</summary>
    public Siret Siret { get; }

    /// <summary>Gets the fiscal year (<c>BGT_ANNEE</c>).</summary>
    public int Year { get; }

    /// <summary>Gets the budget step (<c>BGT_NATDEC</c>).</summary>
    public BudgetStep Step { get; }

    /// <summary>Gets the name of the authority on the document's first line (<c>BGT_NOM</c>).</summary>
    public string AuthorityName { get; }

    /// <summary>Gets the number of lines of the document.</summary>
    public long LineCount { get; }

    /// <summary>
    /// Gets the norme whose definitions of the figures applied (<c>M14</c>, <c>M57</c>…), or <see langword="null"/>
    /// when the nomenclature was not given and the definitions shared by all applied.
    /// </summary>
    public string? Nomenclature { get; }

    /// <summary>Gets which amounts the figures add up.</summary>
    public AnalysisBasis Basis { get; }

    /// <summary>
    /// Gets a value indicating whether no line has an amount in the columns of <see cref="Basis"/> (such as a compte
    /// administratif without <c>BGT_MTREAL</c>): the figures then say <see cref="FigureGap.AmountsMissing"/>.
    /// </summary>
    public bool AmountsMissing { get; }

    /// <summary>Gets the flows of the fonctionnement section.</summary>
    public SectionFlows Fonctionnement { get; }

    /// <summary>Gets the flows of the investissement section.</summary>
    public SectionFlows Investissement { get; }

    /// <summary>
    /// Gets the results of a compte administratif or financier unique (result of the year, carried forward, closing,
    /// restes à réaliser, global), or <see langword="null"/> for a budget.
    /// </summary>
    public BudgetResults? Resultats { get; }

    /// <summary>
    /// Gets the balance of a budget (primitif, supplémentaire, décision modificative) per section and its virement
    /// 023/021, or <see langword="null"/> for a compte administratif or financier unique.
    /// </summary>
    public BudgetBalance? Equilibre { get; }

    /// <summary>Gets the savings cascade, on <see cref="Basis"/>.</summary>
    public SavingsCascade Epargne { get; }

    /// <summary>
    /// Gets the execution (realised against credits opened) of a compte administratif or financier unique, or
    /// <see langword="null"/> for a budget.
    /// </summary>
    public ExecutionAnalysis? Execution { get; }

    /// <summary>Gets the largest functions of real expenses per section, or why there are none.</summary>
    public FunctionBreakdown Fonctions { get; }

    /// <summary>Gets a value indicating whether the document is carried out (compte administratif or financier unique) rather than voted.</summary>
    public bool IsRealised => Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique;

    /// <summary>Returns one of the figures documents side by side compare.</summary>
    /// <param name="name">The figure.</param>
    /// <returns>The figure, on <see cref="Basis"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="name"/> is not a <see cref="FigureName"/>.</exception>
    public AnalysisFigure GetFigure(FigureName name) => name switch
    {
        FigureName.RecettesFonctionnement => Flow(Fonctionnement.RecettesDeLExercice),
        FigureName.DepensesFonctionnement => Flow(Fonctionnement.DepensesDeLExercice),
        FigureName.RecettesInvestissement => Flow(Investissement.RecettesDeLExercice),
        FigureName.DepensesInvestissement => Flow(Investissement.DepensesDeLExercice),
        FigureName.RecettesReellesFonctionnement => Epargne.RecettesReellesFonctionnement,
        FigureName.DepensesReellesFonctionnement => Epargne.DepensesReellesFonctionnement,
        FigureName.InteretsDeLaDette => Epargne.InteretsDeLaDette,
        FigureName.EpargneDeGestion => Epargne.EpargneDeGestion,
        FigureName.EpargneBrute => Epargne.EpargneBrute,
        FigureName.RemboursementCapitalDette => Epargne.RemboursementCapitalDette,
        FigureName.EpargneNette => Epargne.EpargneNette,
        FigureName.DepensesEquipement => Epargne.DepensesEquipement,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a figure name."),
    };

    private AnalysisFigure Flow(decimal amount) => AmountsMissing ? AnalysisFigure.Missing(FigureGap.AmountsMissing) : AnalysisFigure.Of(amount);
}
