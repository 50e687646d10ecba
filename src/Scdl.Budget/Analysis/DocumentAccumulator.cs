using Scdl.Budget.Internal;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Analysis;

/// <summary>
/// Accumulates what the analysis of one document needs while its lines stream by: the sums of the seven amount columns
/// per flow (section × kind × direction), per definition row, per chapter and per function. Memory grows with the
/// number of chapters and functions (each bounded), never with the number of lines.
/// </summary>
internal sealed class DocumentAccumulator
{
    /// <summary>The most chapters remembered per document; lines of further chapters still count in every other total.</summary>
    internal const int MaxChapters = 2_000;

    /// <summary>The most functions remembered per document; lines of further functions still count in every other total.</summary>
    internal const int MaxFunctions = 2_000;

    private readonly DocumentKey _key;
    private readonly string _authorityName;
    private readonly IReadOnlyList<DefinitionRow> _rows;
    private readonly int[][] _rowsByFlow;
    private readonly Amounts[] _flows = new Amounts[Flows.Count];
    private readonly Amounts[] _rowAmounts;
    private readonly long[] _rowLinesWithoutAccount;
    private readonly Dictionary<(string Chapter, BudgetSection Section, OperationKind Kind, FlowDirection Direction), LabelledAmounts> _chapters = [];
    private readonly Dictionary<(BudgetSection Section, string Function), LabelledAmounts> _functions = [];
    private long _lineCount;
    private long _linesWithRealisations;
    private long _linesWithVotedAmounts;
    private long _linesWithBudgetPrecedent;
    private long _linesWithCredits;
    private long _linesWithFunction;
    private TotalsBound _bound;

    public DocumentAccumulator(DocumentKey key, string authorityName, IReadOnlyList<DefinitionRow> rows)
    {
        _key = key;
        _authorityName = KeptText.Of(authorityName);
        _rows = rows;
        _rowAmounts = new Amounts[rows.Count];
        _rowLinesWithoutAccount = new long[rows.Count];
        _rowsByFlow = new int[Flows.Count][];
        for (var flow = 0; flow < Flows.Count; flow++)
        {
            _rowsByFlow[flow] = [.. Enumerable.Range(0, rows.Count).Where(i => rows[i].Flow == flow)];
        }
    }

    /// <summary>Adds a line to the figures, unless its amounts would take the document's totals out of range.</summary>
    /// <returns><see langword="false"/> when the line was left out (see <see cref="TotalsBound"/>).</returns>
    public bool Add(BudgetLine line)
    {
        if (!_bound.TryAdd(line))
        {
            return false;
        }

        _lineCount++;
        if (line.Realisations is not null)
        {
            _linesWithRealisations++;
        }

        if (line.MontantVote is not null || line.RestesARealiserPrecedents is not null)
        {
            _linesWithVotedAmounts++;
        }

        if (line.BudgetPrecedent is not null)
        {
            _linesWithBudgetPrecedent++;
        }

        if (line.CreditsOuverts is not null)
        {
            _linesWithCredits++;
        }

        var flow = Flows.Of(line);
        if (flow < 0)
        {
            return true;
        }

        _flows[flow].Add(line);
        foreach (var i in _rowsByFlow[flow])
        {
            var row = _rows[i];
            if (row.Match == DefinitionMatch.Account && line.AccountCode.Length == 0)
            {
                _rowLinesWithoutAccount[i]++;
            }
            else if (row.Matches(line))
            {
                _rowAmounts[i].Add(line);
            }
        }

        var chapterKey = (KeptText.Of(line.ChapterCode), line.Section, line.OperationKind, line.Direction);
        if (_chapters.TryGetValue(chapterKey, out var chapter) || (_chapters.Count < MaxChapters && _chapters.TryAdd(chapterKey, chapter = new LabelledAmounts())))
        {
            chapter.Add(line, line.ChapterLabel);
        }

        if (!string.IsNullOrEmpty(line.FunctionCode))
        {
            _linesWithFunction++;
            if (line.Direction == FlowDirection.Depense && flow == Flows.Index(line.Section, LineKind.Reel, FlowDirection.Depense))
            {
                var functionKey = (line.Section, KeptText.Of(line.FunctionCode));
                if (_functions.TryGetValue(functionKey, out var function) || (_functions.Count < MaxFunctions && _functions.TryAdd(functionKey, function = new LabelledAmounts())))
                {
                    function.Add(line, line.FunctionLabel);
                }
            }
        }

        return true;
    }

    public DocumentAnalysis Build(string? norme, AnalysisOptions options)
    {
        var realised = _key.Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique;
        var basis = realised
            ? AnalysisBasis.Realised
            : _key.Step is BudgetStep.BudgetSupplementaire or BudgetStep.DecisionModificative && _linesWithBudgetPrecedent > 0
                ? AnalysisBasis.VotedToDate
                : AnalysisBasis.Voted;
        var amountsMissing = basis switch
        {
            AnalysisBasis.Realised => _linesWithRealisations == 0,
            AnalysisBasis.VotedToDate => false,
            _ => _linesWithVotedAmounts == 0,
        };

        var fonctionnement = Section(BudgetSection.Fonctionnement, basis);
        var investissement = Section(BudgetSection.Investissement, basis);
        var epargne = new SavingsCascade(
            Defined(DefinedFigure.RecettesReellesFonctionnement, basis, amountsMissing),
            Defined(DefinedFigure.DepensesReellesFonctionnement, basis, amountsMissing),
            Defined(DefinedFigure.InteretsDeLaDette, basis, amountsMissing),
            Defined(DefinedFigure.RemboursementCapitalDette, basis, amountsMissing),
            Defined(DefinedFigure.DepensesEquipement, basis, amountsMissing),
            options.OutstandingDebt);

        return new DocumentAnalysis(
            Siret.FromDigitsUnchecked(_key.Siret),
            _key.Year,
            _key.Step,
            _authorityName,
            _lineCount,
            norme,
            basis,
            fonctionnement,
            investissement,
            realised ? Results(fonctionnement, investissement, amountsMissing) : null,
            realised ? null : Balance(fonctionnement, investissement, basis),
            epargne,
            realised ? Execution() : null,
            Functions(basis, fonctionnement, investissement, options.TopFunctions),
            amountsMissing);
    }

    private static AnalysisFigure Figure(decimal value, bool amountsMissing) =>
        amountsMissing ? AnalysisFigure.Missing(FigureGap.AmountsMissing) : AnalysisFigure.Of(value);

    private static SectionResult SectionResult(SectionFlows flows, decimal restesRecettes, decimal restesDepenses, bool amountsMissing)
    {
        var ofTheYear = Figure(flows.RecettesDeLExercice - flows.DepensesDeLExercice, amountsMissing);
        var carried = Figure(flows.RecettesReportees - flows.DepensesReportees, amountsMissing);
        return new SectionResult(flows.Section, ofTheYear, carried, AnalysisFigure.Combine(ofTheYear, carried, (a, b) => a + b), restesRecettes, restesDepenses);
    }

    private static int CompareChapters(ChapterExecution x, ChapterExecution y) =>
        ChapterOrder.Compare((x.ChapterCode, x.Section, x.OperationKind, x.Direction), (y.ChapterCode, y.Section, y.OperationKind, y.Direction));

    private ref Amounts Flow(BudgetSection section, LineKind kind, FlowDirection direction) => ref _flows[Flows.Index(section, kind, direction)];

    private SectionFlows Section(BudgetSection section, AnalysisBasis basis) => new(
        section,
        Flow(section, LineKind.Reel, FlowDirection.Recette).Of(basis),
        Flow(section, LineKind.Ordre, FlowDirection.Recette).Of(basis),
        Flow(section, LineKind.Reporte, FlowDirection.Recette).Of(basis),
        Flow(section, LineKind.Reel, FlowDirection.Depense).Of(basis),
        Flow(section, LineKind.Ordre, FlowDirection.Depense).Of(basis),
        Flow(section, LineKind.Reporte, FlowDirection.Depense).Of(basis));

    /// <summary>Adds up the rows of a figure, each with its sign, on a basis.</summary>
    private AnalysisFigure Defined(DefinedFigure figure, AnalysisBasis basis, bool amountsMissing)
    {
        if (amountsMissing)
        {
            return AnalysisFigure.Missing(FigureGap.AmountsMissing);
        }

        var total = 0m;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Figure != figure)
            {
                continue;
            }

            if (_rowLinesWithoutAccount[i] > 0)
            {
                return AnalysisFigure.Missing(FigureGap.AccountsMissing);
            }

            var amount = _rowAmounts[i].Of(basis);
            total = _rows[i].Sign > 0 ? total + amount : total - amount;
        }

        return AnalysisFigure.Of(total);
    }

    private decimal RestesARealiser(BudgetSection section, FlowDirection direction) =>
        Flow(section, LineKind.Reel, direction).RestesARealiser + Flow(section, LineKind.Ordre, direction).RestesARealiser + Flow(section, LineKind.Reporte, direction).RestesARealiser;

    private BudgetResults Results(SectionFlows fonctionnement, SectionFlows investissement, bool amountsMissing) => new(
        SectionResult(fonctionnement, RestesARealiser(BudgetSection.Fonctionnement, FlowDirection.Recette), RestesARealiser(BudgetSection.Fonctionnement, FlowDirection.Depense), amountsMissing),
        SectionResult(investissement, RestesARealiser(BudgetSection.Investissement, FlowDirection.Recette), RestesARealiser(BudgetSection.Investissement, FlowDirection.Depense), amountsMissing));

    private BudgetBalance Balance(SectionFlows fonctionnement, SectionFlows investissement, AnalysisBasis basis) => new(
        fonctionnement.RecettesTotales - fonctionnement.DepensesTotales,
        investissement.RecettesTotales - investissement.DepensesTotales,
        ChapterAmount("023", FlowDirection.Depense, basis),
        ChapterAmount("021", FlowDirection.Recette, basis));

    private decimal ChapterAmount(string chapter, FlowDirection direction, AnalysisBasis basis)
    {
        var total = 0m;
        foreach (var (key, amounts) in _chapters)
        {
            if (string.Equals(key.Chapter, chapter, StringComparison.Ordinal) && key.Direction == direction)
            {
                total += amounts.Amounts.Of(basis);
            }
        }

        return total;
    }

    private AnalysisFigure Rate(decimal realised, decimal credits) =>
        _linesWithCredits == 0 || _linesWithRealisations == 0
            ? AnalysisFigure.Missing(FigureGap.AmountsMissing)
            : AnalysisFigure.Ratio(AnalysisFigure.Of(realised), AnalysisFigure.Of(credits), 6);

    private ExecutionAnalysis Execution()
    {
        var sections = new List<ExecutionTotal>(8);
        foreach (var section in (ReadOnlySpan<BudgetSection>)[BudgetSection.Fonctionnement, BudgetSection.Investissement])
        {
            foreach (var kind in (ReadOnlySpan<LineKind>)[LineKind.Reel, LineKind.Ordre])
            {
                foreach (var direction in (ReadOnlySpan<FlowDirection>)[FlowDirection.Recette, FlowDirection.Depense])
                {
                    var amounts = Flow(section, kind, direction);
                    sections.Add(new ExecutionTotal(
                        section, kind == LineKind.Reel ? OperationKind.Reel : OperationKind.Ordre, direction,
                        amounts.CreditsOuverts, amounts.Realisations, amounts.RestesARealiser, Rate(amounts.Realisations, amounts.CreditsOuverts)));
                }
            }
        }

        var chapters = new List<ChapterExecution>(_chapters.Count);
        foreach (var (key, slot) in _chapters)
        {
            if (CarriedForwardChapters.IsChapter(key.Chapter))
            {
                continue;
            }

            var amounts = slot.Amounts;
            chapters.Add(new ChapterExecution(
                key.Chapter, slot.Label, key.Section, key.Kind, key.Direction,
                amounts.CreditsOuverts, amounts.Realisations, amounts.RestesARealiser, Rate(amounts.Realisations, amounts.CreditsOuverts)));
        }

        chapters.Sort(CompareChapters);
        return new ExecutionAnalysis(sections, chapters);
    }

    private FunctionBreakdown Functions(AnalysisBasis basis, SectionFlows fonctionnement, SectionFlows investissement, int top)
    {
        if (_linesWithFunction == 0)
        {
            return new FunctionBreakdown(FigureGap.NoFunction, [], []);
        }

        return new FunctionBreakdown(null, Top(BudgetSection.Fonctionnement, fonctionnement.DepensesReelles), Top(BudgetSection.Investissement, investissement.DepensesReelles));

        List<FunctionTotal> Top(BudgetSection section, decimal sectionTotal) =>
        [
            .. _functions
                .Where(f => f.Key.Section == section)
                .Select(f => (Code: f.Key.Function, f.Value.Label, Amount: f.Value.Amounts.Of(basis)))
                .Where(f => f.Amount != 0)
                .OrderByDescending(f => f.Amount)
                .ThenBy(f => f.Code, StringComparer.Ordinal)
                .Take(Math.Max(0, top))
                .Select(f => new FunctionTotal(f.Code, f.Label, f.Amount, AnalysisFigure.Ratio(AnalysisFigure.Of(f.Amount), AnalysisFigure.Of(sectionTotal), 6))),
        ];
    }

    /// <summary>The amounts of a chapter or function, and the first non-empty label met for it.</summary>
    private sealed class LabelledAmounts
    {
        public Amounts Amounts;

        public string Label { get; private set; } = string.Empty;

        public void Add(BudgetLine line, string? label)
        {
            Amounts.Add(line);
            if (Label.Length == 0 && !string.IsNullOrEmpty(label))
            {
                Label = KeptText.Of(label);
            }
        }
    }
}
