using System.Globalization;
using Scdl.Budget.Analysis;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Reports;

/// <summary>
/// Writes the analysis part of an HTML report: per document, the key figures in words, each with the sentence that
/// says what it means; the savings cascade as a waterfall; receipts against expenses per section; the execution
/// rates; the largest functions; then the documents side by side (voted and carried out, N against N−1). Every chart
/// is inline SVG with a title and a description, next to a table of the same figures; a figure without value says why.
/// </summary>
internal sealed class HtmlAnalysis(TextWriter writer, CultureInfo culture)
{
    /// <summary>The styles the analysis adds to the page's.</summary>
    public const string Style = """
        .analysis .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .75rem; margin: .75rem 0 1rem; }
        .analysis .card { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; break-inside: avoid-page; }
        .analysis .card .label { display: block; font-weight: 600; }
        .analysis .card .value { display: block; font-size: 1.35rem; font-variant-numeric: tabular-nums; margin: .15rem 0; }
        .analysis .card .value.gap { font-size: .95rem; color: var(--muted); }
        .analysis .card p { margin: 0; font-size: .85rem; color: var(--muted); }
        .analysis td.meaning { color: var(--muted); font-size: .85rem; }
        .analysis figcaption { color: var(--muted); font-size: .85rem; margin: .25rem 0 .5rem; }
        """;

    private const int ChartWidth = 720;
    private const int LabelWidth = 270;
    private const int ValueWidth = 150;
    private const int BarHeight = 20;
    private const int BarGap = 6;
    private const string RecetteColour = "#1f6fb2";
    private const string DepenseColour = "#c25e00";
    private const string EpargneColour = "#1b7f3b";
    private const string LightColour = "#5b8fc0";
    private const string DarkColour = "#174f80";
    private const string AxisColour = "#5f6368";

    // Every colour keeps a contrast of at least 3:1 against the white page (WCAG 1.4.11); text stays #202124.

    /// <summary>Writes the analysis of each document, then the documents side by side.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="prefix">What makes the element ids of this part unique in the page.</param>
    public void Write(BudgetAnalysis analysis, string prefix)
    {
        Documents(analysis, prefix);
        SideBySide(analysis, prefix);
    }

    /// <summary>Writes the analysis of each document.</summary>
    public void Documents(BudgetAnalysis analysis, string prefix)
    {
        for (var i = 0; i < analysis.Documents.Count; i++)
        {
            Document(analysis.Documents[i], string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"));
        }
    }

    /// <summary>Writes the documents side by side, when there are some to line up.</summary>
    public void SideBySide(BudgetAnalysis analysis, string prefix)
    {
        if (analysis.VotedVsRealised.Count == 0 && analysis.Evolutions.Count == 0)
        {
            return;
        }

        Line($"<section class=\"analysis\" aria-labelledby=\"{prefix}-side\">");
        Line($"<h2 id=\"{prefix}-side\">{Encode(Text("Analysis.SideBySide"))}</h2>");
        var n = 0;
        foreach (var comparison in analysis.VotedVsRealised)
        {
            var heading = Text("Analysis.VotedVsRealised", comparison.AuthorityName, ReportText.Step(comparison.VotedStep), AnalysisRows.Basis(comparison.VotedBasis, culture),
                ReportText.Step(comparison.RealisedStep), comparison.Year.ToString(CultureInfo.InvariantCulture));
            Line($"<h3>{Encode(heading)}</h3>");
            var pairs = comparison.Figures.Select(f => (f.Name, First: f.Voted, Second: f.Realised)).ToList();
            PairChart(string.Create(CultureInfo.InvariantCulture, $"{prefix}-vr-{n++}"), heading, Text("Analysis.Column.Voted"), Text("Analysis.Column.Realised"), pairs);
            Line("<table>");
            Line($"<thead><tr><th>{Encode(Text("Analysis.Column.Figure"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Voted"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Realised"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Difference"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.TauxDeRealisation"))}</th></tr></thead>");
            Line("<tbody>");
            foreach (var figure in comparison.Figures)
            {
                Line($"<tr><td>{Encode(AnalysisRows.Label(AnalysisRows.Key(figure.Name), culture))}</td>{Cell(figure.Voted, FigureUnit.Money)}{Cell(figure.Realised, FigureUnit.Money)}{Cell(figure.Difference, FigureUnit.Money, signed: true)}{Cell(figure.TauxDeRealisation, FigureUnit.Rate)}</tr>");
            }

            Line("</tbody>");
            Line("</table>");
        }

        foreach (var evolution in analysis.Evolutions)
        {
            var heading = Text(evolution.Realised ? "Analysis.Evolution.Realised" : "Analysis.Evolution.Voted", evolution.AuthorityName,
                evolution.PreviousYear.ToString(CultureInfo.InvariantCulture), ReportText.Step(evolution.PreviousStep),
                evolution.Year.ToString(CultureInfo.InvariantCulture), ReportText.Step(evolution.Step));
            Line($"<h3>{Encode(heading)}</h3>");
            var pairs = evolution.Figures.Select(f => (f.Name, First: f.Previous, Second: f.Current)).ToList();
            PairChart(string.Create(CultureInfo.InvariantCulture, $"{prefix}-ev-{n++}"), heading,
                evolution.PreviousYear.ToString(CultureInfo.InvariantCulture), evolution.Year.ToString(CultureInfo.InvariantCulture), pairs);
            Line("<table>");
            Line($"<thead><tr><th>{Encode(Text("Analysis.Column.Figure"))}</th><th class=\"num\">{evolution.PreviousYear}</th><th class=\"num\">{evolution.Year}</th><th class=\"num\">{Encode(Text("Analysis.Column.Change"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.ChangeRate"))}</th></tr></thead>");
            Line("<tbody>");
            foreach (var figure in evolution.Figures)
            {
                Line($"<tr><td>{Encode(AnalysisRows.Label(AnalysisRows.Key(figure.Name), culture))}</td>{Cell(figure.Previous, FigureUnit.Money)}{Cell(figure.Current, FigureUnit.Money)}{Cell(figure.Change, FigureUnit.Money, signed: true)}{Cell(figure.ChangeRate, FigureUnit.Rate, signed: true)}</tr>");
            }

            Line("</tbody>");
            Line("</table>");
        }

        Line("</section>");
    }

    private void Document(DocumentAnalysis document, string id)
    {
        var title = Text("Analysis.DocumentTitle", document.AuthorityName, ReportText.Step(document.Step), document.Year.ToString(CultureInfo.InvariantCulture),
            document.Siret.ToString(), AnalysisRows.Basis(document.Basis, culture));
        Line($"<section class=\"analysis\" aria-labelledby=\"{id}\">");
        Line($"<h2 id=\"{id}\">{Encode(Text("Analysis.KeyFigures") + " — " + title)}</h2>");
        Cards(KeyFigures(document));
        Line($"<h3>{Encode(Text("Analysis.Epargne"))}</h3>");
        Waterfall(document.Epargne, id);
        Figures(AnalysisRows.Epargne(document.Epargne));
        Sections(document, id);
        if (document.Resultats is { } resultats)
        {
            Line($"<h3>{Encode(Text("Analysis.Resultats"))}</h3>");
            Figures(AnalysisRows.Resultats(resultats));
        }

        if (document.Equilibre is { } equilibre)
        {
            Line($"<h3>{Encode(Text("Analysis.Equilibre"))}</h3>");
            Figures(AnalysisRows.Equilibre(equilibre));
        }

        if (document.Execution is { } execution)
        {
            Execution(execution, id);
        }

        Functions(document.Fonctions);
        Line("</section>");
    }

    /// <summary>The figures a reader looks at first: the result and the savings of a carried-out document, the savings and the balance of a budget.</summary>
    private static List<FigureRow> KeyFigures(DocumentAnalysis document)
    {
        var epargne = AnalysisRows.Epargne(document.Epargne).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var rows = new List<FigureRow>();
        if (document.Resultats is { } resultats)
        {
            rows.Add(AnalysisRows.Resultats(resultats).Single(r => string.Equals(r.Key, "resultatGlobal", StringComparison.Ordinal)));
        }

        rows.Add(epargne["epargneBrute"]);
        rows.Add(epargne["tauxEpargneBrute"]);
        rows.Add(epargne["epargneNette"]);
        rows.Add(epargne["depensesEquipement"]);
        if (document.IsRealised)
        {
            rows.Add(epargne["capaciteDeDesendettement"]);
        }

        return rows;
    }

    private void Cards(List<FigureRow> rows)
    {
        Line("<div class=\"cards\">");
        foreach (var row in rows)
        {
            var value = AnalysisRows.Value(row.Figure, row.Unit, culture);
            var shown = value is null
                ? $"<span class=\"value gap\">{Encode(Text("Analysis.NoValue", row.Figure.GetGapText(culture)))}</span>"
                : $"<span class=\"value\">{Encode(row.Unit == FigureUnit.Money ? Money(value) : value)}</span>";
            Line($"<div class=\"card\"><span class=\"label\">{Encode(AnalysisRows.Label(row.Key, culture))}</span>{shown}<p>{Encode(AnalysisRows.Meaning(row.Key, culture))}</p></div>");
        }

        Line("</div>");
    }

    /// <summary>A table of figures: the figure, its value (or why there is none) and what it means.</summary>
    private void Figures(IReadOnlyList<FigureRow> rows)
    {
        Line("<table>");
        Line($"<thead><tr><th>{Encode(Text("Analysis.Column.Figure"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Amount"))}</th><th>{Encode(Text("Analysis.Column.Meaning"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var row in rows)
        {
            Line($"<tr><td>{Encode(AnalysisRows.Label(row.Key, culture))}</td>{Cell(row.Figure, row.Unit)}<td class=\"meaning\">{Encode(AnalysisRows.Meaning(row.Key, culture))}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }

    /// <summary>Draws the savings cascade as a waterfall: receipts, less running expenses, less interest, less capital repaid.</summary>
    private void Waterfall(SavingsCascade cascade, string id)
    {
        if (cascade.RecettesReellesFonctionnement.Value is not { } recettes
            || cascade.DepensesReellesFonctionnement.Value is not { } depenses
            || cascade.InteretsDeLaDette.Value is not { } interets
            || cascade.RemboursementCapitalDette.Value is not { } remboursement)
        {
            var gap = new[] { cascade.RecettesReellesFonctionnement, cascade.DepensesReellesFonctionnement, cascade.InteretsDeLaDette, cascade.RemboursementCapitalDette }
                .First(f => f.Gap is not null);
            Line($"<p class=\"more\">{Encode(Text("Analysis.Waterfall.Gap", gap.GetGapText(culture)))}</p>");
            return;
        }

        var gestion = recettes - (depenses - interets);
        var brute = gestion - interets;
        var nette = brute - remboursement;
        var steps = new (string Label, decimal From, decimal To, string Colour, decimal Shown)[]
        {
            (AnalysisRows.Label("recettesReellesFonctionnement", culture), 0m, recettes, RecetteColour, recettes),
            ("− " + Text("Analysis.Waterfall.Depenses"), recettes, gestion, DepenseColour, -(depenses - interets)),
            ("= " + AnalysisRows.Label("epargneDeGestion", culture), 0m, gestion, EpargneColour, gestion),
            ("− " + Text("Analysis.Waterfall.Interets"), gestion, brute, DepenseColour, -interets),
            ("= " + AnalysisRows.Label("epargneBrute", culture), 0m, brute, EpargneColour, brute),
            ("− " + Text("Analysis.Waterfall.Remboursement"), brute, nette, DepenseColour, -remboursement),
            ("= " + AnalysisRows.Label("epargneNette", culture), 0m, nette, EpargneColour, nette),
        };
        var low = Math.Min(0m, steps.Min(s => Math.Min(s.From, s.To)));
        var high = Math.Max(0m, steps.Max(s => Math.Max(s.From, s.To)));
        var heading = Text("Analysis.Waterfall");
        var description = Text("Analysis.Waterfall.Description", Money(recettes), Money(depenses - interets), Money(gestion), Money(interets), Money(brute), Money(remboursement), Money(nette));
        Line("<figure>");
        var height = (steps.Length * (BarHeight + BarGap)) + BarGap;
        SvgStart(id + "-waterfall", heading, description, height);
        var zero = X(0m, low, high);
        var y = BarGap;
        foreach (var (label, from, to, colour, shown) in steps)
        {
            var left = X(Math.Min(from, to), low, high);
            var width = Math.Max(1, X(Math.Max(from, to), low, high) - left);
            Line($"<text x=\"0\" y=\"{y + 14}\">{Encode(label)}</text>");
            Line($"<rect x=\"{left}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(label + " : " + Money(shown))}</title></rect>");
            Line($"<text x=\"{ChartWidth - ValueWidth + 8}\" y=\"{y + 14}\">{Encode(Money(shown))}</text>");
            y += BarHeight + BarGap;
        }

        Line($"<line x1=\"{zero}\" y1=\"0\" x2=\"{zero}\" y2=\"{height}\" stroke=\"{AxisColour}\" stroke-width=\"1\"/>");
        Line("</svg>");
        Line($"<figcaption>{Encode(description)}</figcaption>");
        Line("</figure>");
    }

    /// <summary>Draws receipts against expenses of the year for each section, with the result in words.</summary>
    private void Sections(DocumentAnalysis document, string id)
    {
        var heading = Text("Analysis.SectionsChart");
        Line($"<h3>{Encode(heading)}</h3>");
        if (document.AmountsMissing)
        {
            Line($"<p class=\"more\">{Encode(Text("Analysis.NoValue", Text("Analysis.Gap." + FigureGap.AmountsMissing)))}</p>");
            return;
        }

        var rows = new List<(string Label, decimal Amount, string Colour)>();
        foreach (var flows in new[] { document.Fonctionnement, document.Investissement })
        {
            var section = Text("Html.Section." + flows.Section);
            rows.Add((section + " · " + Text("Html.Recettes"), flows.RecettesDeLExercice, RecetteColour));
            rows.Add((section + " · " + Text("Html.Depenses"), flows.DepensesDeLExercice, DepenseColour));
        }

        var max = rows.Max(r => Math.Abs(r.Amount));
        var height = (rows.Count * (BarHeight + BarGap)) + BarGap;
        var description = string.Join(" ; ", rows.Select(r => r.Label + " " + Money(r.Amount)));
        Line("<figure>");
        SvgStart(id + "-sections", heading, description, height);
        var y = BarGap;
        foreach (var (label, amount, colour) in rows)
        {
            var width = max <= 0 ? 0 : Scale(Math.Abs(amount), max);
            Line($"<text x=\"0\" y=\"{y + 14}\">{Encode(label)}</text>");
            Line($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(label + " : " + Money(amount))}</title></rect>");
            Line($"<text x=\"{ChartWidth - ValueWidth + 8}\" y=\"{y + 14}\">{Encode(Money(amount))}</text>");
            y += BarHeight + BarGap;
        }

        Line("</svg>");
        Line($"<figcaption>{Encode(Text("Analysis.SectionsChart.Meaning"))}</figcaption>");
        Line("</figure>");
    }

    /// <summary>Draws the rate of execution of each flow that had credits, with a mark at 100 %, and lists them.</summary>
    private void Execution(ExecutionAnalysis execution, string id)
    {
        var heading = Text("Analysis.ExecutionChart");
        Line($"<h3>{Encode(Text("Analysis.Execution"))}</h3>");
        var rows = execution.Sections.Where(t => t.CreditsOuverts != 0 || t.Realisations != 0).ToList();
        var charted = rows.Where(t => t.TauxExecution.Value is not null).ToList();
        if (charted.Count > 0)
        {
            const decimal top = 1.2m;
            var height = (charted.Count * (BarHeight + BarGap)) + BarGap;
            var description = string.Join(" ; ", charted.Select(t => FlowName(t) + " " + AnalysisRows.ValueOrGap(t.TauxExecution, FigureUnit.Rate, culture)));
            Line("<figure>");
            SvgStart(id + "-execution", heading, description, height);
            var y = BarGap;
            foreach (var total in charted)
            {
                var rate = Math.Clamp(total.TauxExecution.Value!.Value, 0m, top);
                var label = FlowName(total);
                var colour = total.Direction == FlowDirection.Recette ? RecetteColour : DepenseColour;
                Line($"<text x=\"0\" y=\"{y + 14}\">{Encode(label)}</text>");
                Line($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Scale(rate, top)}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(label + " : " + AnalysisRows.ValueOrGap(total.TauxExecution, FigureUnit.Rate, culture))}</title></rect>");
                Line($"<text x=\"{ChartWidth - ValueWidth + 8}\" y=\"{y + 14}\">{Encode(AnalysisRows.ValueOrGap(total.TauxExecution, FigureUnit.Rate, culture))}</text>");
                y += BarHeight + BarGap;
            }

            var hundred = LabelWidth + Scale(1m, top);
            Line($"<line x1=\"{hundred}\" y1=\"0\" x2=\"{hundred}\" y2=\"{height}\" stroke=\"{AxisColour}\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>");
            Line("</svg>");
            Line($"<figcaption>{Encode(Text("Analysis.ExecutionChart.Meaning"))}</figcaption>");
            Line("</figure>");
        }

        Line("<table>");
        Line($"<thead><tr><th></th><th class=\"num\">{Encode(Text("Analysis.Column.CreditsOuverts"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Realised"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.RestesARealiser"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.TauxExecution"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var total in rows)
        {
            Line($"<tr><td>{Encode(FlowName(total))}</td><td class=\"num\">{Encode(Money(total.CreditsOuverts))}</td><td class=\"num\">{Encode(Money(total.Realisations))}</td><td class=\"num\">{Encode(Money(total.RestesARealiser))}</td>{Cell(total.TauxExecution, FigureUnit.Rate)}</tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }

    private void Functions(FunctionBreakdown functions)
    {
        Line($"<h3>{Encode(Text("Analysis.Functions"))}</h3>");
        if (functions.Gap is { } gap)
        {
            Line($"<p class=\"more\">{Encode(Text("Analysis.Functions.None", Text("Analysis.Gap." + gap)))}</p>");
            return;
        }

        Line("<table>");
        Line($"<thead><tr><th>{Encode(Text("Analysis.Column.Function"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Amount"))}</th><th class=\"num\">{Encode(Text("Analysis.Column.Share"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var (section, list) in new[] { (BudgetSection.Fonctionnement, functions.Fonctionnement), (BudgetSection.Investissement, functions.Investissement) })
        {
            foreach (var function in list)
            {
                var name = string.IsNullOrEmpty(function.FunctionLabel) ? function.FunctionCode : function.FunctionCode + " " + function.FunctionLabel;
                Line($"<tr><td>{Encode(Text("Html.Section." + section) + " · " + name)}</td><td class=\"num\">{Encode(Money(function.Amount))}</td>{Cell(function.Share, FigureUnit.Rate)}</tr>");
            }
        }

        Line("</tbody>");
        Line("</table>");
    }

    /// <summary>Draws two bars per figure (light: the first document; dark: the second) for the figures people compare first.</summary>
    private void PairChart(string id, string heading, string firstName, string secondName, List<(FigureName Name, AnalysisFigure First, AnalysisFigure Second)> pairs)
    {
        var charted = pairs.Where(p => AnalysisRows.Charted.Contains(p.Name) && p.First.Value is not null && p.Second.Value is not null).ToList();
        if (charted.Count == 0)
        {
            return;
        }

        var max = charted.Max(p => Math.Max(Math.Abs(p.First.Value!.Value), Math.Abs(p.Second.Value!.Value)));
        var group = (2 * BarHeight) + (3 * BarGap);
        var height = (charted.Count * group) + BarGap;
        var description = string.Join(" ; ", charted.Select(p => AnalysisRows.Label(AnalysisRows.Key(p.Name), culture) + " : " + firstName + " " + Money(p.First.Value!.Value) + ", " + secondName + " " + Money(p.Second.Value!.Value)));
        Line("<figure>");
        SvgStart(id, heading, description, height);
        var y = BarGap;
        foreach (var (name, first, second) in charted)
        {
            var label = AnalysisRows.Label(AnalysisRows.Key(name), culture);
            Line($"<text x=\"0\" y=\"{y + BarHeight + 4}\">{Encode(Truncate(label, 40))}</text>");
            foreach (var (value, colour, which) in new[] { (first.Value!.Value, LightColour, firstName), (second.Value!.Value, DarkColour, secondName) })
            {
                var width = max <= 0 ? 0 : Scale(Math.Abs(value), max);
                Line($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(label + ", " + which + " : " + Money(value))}</title></rect>");
                Line($"<text x=\"{ChartWidth - ValueWidth + 8}\" y=\"{y + 14}\">{Encode(which + " " + Money(value))}</text>");
                y += BarHeight + BarGap;
            }

            y += BarGap;
        }

        Line("</svg>");
        Line($"<figcaption>{Encode(Text("Analysis.PairChart.Meaning", firstName, secondName))}</figcaption>");
        Line("</figure>");
    }

    private void SvgStart(string id, string title, string description, int height)
    {
        Line($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">");
        Line($"<title id=\"{id}-title\">{Encode(title)}</title>");
        Line($"<desc id=\"{id}-desc\">{Encode(description)}</desc>");
    }

    private string FlowName(ExecutionTotal total) =>
        Text("Html.Section." + total.Section) + " · " + Text("Summary.Kind." + total.OperationKind) + " · " + Text(total.Direction == FlowDirection.Recette ? "Html.Recettes" : "Html.Depenses").ToLower(culture);

    /// <summary>A number cell: the value, or why there is none, in words.</summary>
    private string Cell(AnalysisFigure figure, FigureUnit unit, bool signed = false)
    {
        var value = AnalysisRows.Value(figure, unit, culture, signed);
        return value is null
            ? $"<td class=\"num more\">{Encode(Text("Analysis.NoValue", figure.GetGapText(culture)))}</td>"
            : $"<td class=\"num\">{Encode(unit == FigureUnit.Money ? Money(value) : value)}</td>";
    }

    private static int Scale(decimal value, decimal max) =>
        (int)Math.Round(value / max * (ChartWidth - LabelWidth - ValueWidth), MidpointRounding.AwayFromZero);

    /// <summary>The x of a value on a waterfall whose axis goes from <paramref name="low"/> (≤ 0) to <paramref name="high"/> (≥ 0).</summary>
    private static int X(decimal value, decimal low, decimal high) =>
        high == low ? LabelWidth : LabelWidth + (int)Math.Round((value - low) / (high - low) * (ChartWidth - LabelWidth - ValueWidth), MidpointRounding.AwayFromZero);

    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private string Money(decimal value) => Money(ReportText.Amount(value, culture));

    private string Money(string amount) => Text("Html.Money", amount);

    private string Text(string key, params object?[] args) => args.Length == 0 ? Messages.Get(key, culture) : string.Format(culture, Messages.Get(key, culture), args);

    private static string Encode(string text) => HtmlReport.Encode(text);

    private void Line(string text) => writer.Write(text + "\n");
}
