using System.Globalization;
using Scdl.Budget.Analysis;
using Scdl.Budget.Internal;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Renders the report of one file as a single self-contained HTML page for a finance officer: the verdict and what
/// it means, what the conversion or normalisation did (if any), the budget at a glance (recettes and dépenses per
/// section, the largest chapters, the balance checks) as inline SVG charts, then the findings grouped by code, errors
/// first, with their lines and how to fix them.
/// </summary>
/// <remarks>
/// The page loads nothing: no script, no font, no image from the network. Its styles are inline and it prints
/// cleanly (charts keep their colours, sections are not cut across pages). The output is deterministic: the same
/// report and culture give the same bytes. Text from the input is escaped, its control characters made visible.
/// </remarks>
public static class HtmlReport
{
    /// <summary>The most rows (groups of findings that differ only by their line) listed under one code; the count says how many more findings there are.</summary>
    public const int MaxRowsPerCode = 200;

    /// <summary>The number of chapters drawn in each "largest chapters" chart.</summary>
    public const int LargestChapters = 10;

    private const int ChartWidth = 720;
    private const int LabelWidth = 250;
    private const int AmountWidth = 130;
    private const int BarHeight = 20;
    private const int BarGap = 6;
    private const string RecetteColour = "#1f6fb2";
    private const string DepenseColour = "#d9730d";

    /// <summary>Writes the HTML page of a validated file: the verdict, the budget summary of its documents, its findings.</summary>
    /// <param name="writer">Where to write the page.</param>
    /// <param name="report">The validation report.</param>
    /// <param name="options">The options (the culture), or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, ValidationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        new Page(writer, Culture(options)).Render(report.Source ?? string.Empty, report, null);
    }

    /// <summary>Writes the HTML page of a conversion: the verdict on the CSV written, what the conversion did and found, the budget, the findings.</summary>
    /// <param name="writer">Where to write the page.</param>
    /// <param name="report">The conversion report.</param>
    /// <param name="options">The options (the culture), or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, ConversionReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var page = new Page(writer, Culture(options));
        page.Render(report.Source, report.Validation, () => page.Conversion(report));
    }

    /// <summary>Writes the HTML page of a normalisation: the verdict on the file written, the changes, the budget, the findings.</summary>
    /// <param name="writer">Where to write the page.</param>
    /// <param name="report">The normalisation report.</param>
    /// <param name="options">The options (the culture), or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, NormalizationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var page = new Page(writer, Culture(options));
        page.Render(report.Source, report.Validation, () => page.Normalization(report));
    }

    /// <summary>
    /// Writes the HTML page of an analysis on its own, such as the analyses of several files combined
    /// (<see cref="BudgetAnalysis.Combine"/>): the key figures of each document in words, the savings cascade as a
    /// waterfall, receipts against expenses, the execution rates, then the documents side by side (voted and carried
    /// out, N against N−1) as charts and tables.
    /// </summary>
    /// <param name="writer">Where to write the page.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The options (the culture), or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, BudgetAnalysis analysis, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        new Page(writer, Culture(options)).RenderAnalysis(analysis);
    }

    /// <summary>Escapes the five characters that matter in HTML text and attributes; the page is UTF-8, so accents stay readable.</summary>
    internal static string Encode(string text)
    {
        text = ReportText.Neutralize(text);
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static CultureInfo Culture(ReportOptions? options) => options?.Culture ?? CultureInfo.CurrentUICulture;

    private sealed class Page(TextWriter writer, CultureInfo culture)
    {
        private const string Style = """
            :root { color-scheme: light; --ok: #1b7f3b; --bad: #b3261e; --warn: #8a5a00; --muted: #5f6368; --line: #dadce0; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #202124; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; word-break: break-all; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
            h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
            p.meta { color: var(--muted); margin: 0 0 1rem; }
            .verdict { border-radius: .5rem; padding: 1rem 1.25rem; margin: 1rem 0; border: 2px solid; }
            .verdict.ok { border-color: var(--ok); background: #e6f4ea; }
            .verdict.bad { border-color: var(--bad); background: #fce8e6; }
            .verdict strong { font-size: 1.3rem; display: block; }
            .counts { display: flex; gap: 1rem; flex-wrap: wrap; margin: .5rem 0 0; padding: 0; list-style: none; }
            .counts li { background: #fff; border: 1px solid var(--line); border-radius: .35rem; padding: .25rem .6rem; }
            .code { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid-page; }
            .code h3 { margin-top: 0; }
            .sev { display: inline-block; font-size: .8rem; font-weight: 600; border-radius: .25rem; padding: 0 .4rem; margin-right: .4rem; color: #fff; }
            .sev.Error { background: var(--bad); } .sev.Warning { background: var(--warn); } .sev.Info { background: var(--muted); }
            .fix { background: #f1f3f4; border-left: 4px solid var(--ok); padding: .4rem .75rem; margin: .5rem 0; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.value { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; }
            .more { color: var(--muted); font-style: italic; }
            .ok-text { color: var(--ok); font-weight: 600; } .bad-text { color: var(--bad); font-weight: 600; }
            figure { margin: 1rem 0 1.5rem; }
            svg { max-width: 100%; height: auto; }
            svg text { font-family: inherit; font-size: 12px; fill: #202124; }
            .legend { display: flex; gap: 1.25rem; font-size: .9rem; margin: .25rem 0 .75rem; flex-wrap: wrap; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: -.1rem; margin-right: .3rem; border-radius: .15rem; }
            footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2 { break-after: avoid-page; }
              section, .code, figure { break-inside: avoid-page; }
              .verdict, .sev, .swatch, svg rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            @page { margin: 14mm; }
            """;

        public void RenderAnalysis(BudgetAnalysis analysis)
        {
            var title = Text("Analysis.PageTitle");
            Head(title, withAnalysis: true);
            Line("<header>");
            Line($"<h1>{Encode(title)}</h1>");
            if (analysis.LinesNotCounted > 0)
            {
                Line($"<p class=\"meta\">{Encode(Plural("Count.NotCountedInTotals", analysis.LinesNotCounted))}</p>");
            }

            Line("</header>");
            if (analysis.Documents.Count == 0)
            {
                Line($"<p>{Encode(Text("Analysis.NoDocument"))}</p>");
            }
            else if (analysis.VotedVsRealised.Count == 0 && analysis.Evolutions.Count == 0)
            {
                Line($"<p class=\"more\">{Encode(Text("Analysis.NoSideBySide"))}</p>");
            }

            var html = new HtmlAnalysis(writer, culture);
            html.SideBySide(analysis, "analysis");
            html.Documents(analysis, "analysis");

            Line($"<footer>{Encode(Text("Html.Footer"))}</footer>");
            Line("</body>");
            Line("</html>");
        }

        public void Render(string source, ValidationReport? validation, Action? operation)
        {
            Head(Text("Html.PageTitle", source), validation?.Analysis is not null);
            Line("<header>");
            Line($"<h1>{Encode(Text("Html.PageTitle", source))}</h1>");
            var documents = validation?.Summary.Documents ?? [];
            if (documents.Count == 1)
            {
                Line($"<p class=\"meta\">{Encode(DocumentTitle(documents[0]))}</p>");
            }

            if (validation is { Summary.LinesNotCounted: > 0 })
            {
                Line($"<p class=\"meta\">{Encode(Plural("Count.NotCountedInTotals", validation.Summary.LinesNotCounted))}</p>");
            }

            Line("</header>");
            if (validation is not null)
            {
                Verdict(validation);
            }

            if (validation?.Analysis is { } analysis)
            {
                new HtmlAnalysis(writer, culture).Write(analysis, "analysis");
            }

            operation?.Invoke();
            for (var i = 0; i < documents.Count; i++)
            {
                Budget(documents[i], i);
            }

            if (validation is not null)
            {
                Findings(validation.Findings, Text("Html.FindingsHeading"), xml: false);
            }

            Line($"<footer>{Encode(Text("Html.Footer"))}</footer>");
            Line("</body>");
            Line("</html>");
        }

        private void Head(string title, bool withAnalysis)
        {
            Line("<!DOCTYPE html>");
            Line($"<html lang=\"{Lang}\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line($"<title>{Encode(title)}</title>");
            Line("<style>");
            Line(Style);
            if (withAnalysis)
            {
                Line(HtmlAnalysis.Style);
            }

            Line("</style>");
            Line("</head>");
            Line("<body>");
        }

        public void Conversion(ConversionReport report)
        {
            Line("<section>");
            Line($"<h2>{Encode(Text("Html.ConversionHeading"))}</h2>");
            Line($"<p>{Encode(Text("Report.Conversion", report.Source, report.Output, Plural("Count.BudgetLinesRead", report.LinesRead),
                Plural("Count.CalculatedLinesSkipped", report.CalculatedLinesSkipped), Plural("Count.LinesWritten", report.LinesWritten)))}</p>");
            if (report.Findings.Total == 0)
            {
                Line($"<p>{Encode(Text("Report.Conversion.NoFinding"))}</p>");
                Line("</section>");
                return;
            }

            Line("</section>");
            Findings(report.Findings, Text("Html.ConversionFindingsHeading"), xml: true);
        }

        public void Normalization(NormalizationReport report)
        {
            var result = report.Normalization;
            Line("<section>");
            Line($"<h2>{Encode(Text("Html.NormalizationHeading"))}</h2>");
            Line($"<p>{Encode(Text("Report.Normalization", report.Source, report.Output, Plural("Count.LinesWritten", result.LinesWritten),
                Plural("Count.Changes", result.ChangeCount), Plural("Count.ProblemsLeft", result.UnresolvedCount)))}</p>");
            if (result.Dialect is { } dialect)
            {
                Line($"<p class=\"meta\">{Encode(Text("Report.Dialect", dialect.Encoding.WebName, dialect.Separator == '\t' ? "\\t" : dialect.Separator.ToString(),
                    dialect.DecimalSeparator.ToString(), Text(dialect.HasHeader ? "Report.Dialect.Header" : "Report.Dialect.NoHeader")))}</p>");
            }

            foreach (var change in result.DialectChanges)
            {
                Line($"<p class=\"meta\">{Encode(Text("Report.DialectChange", Text("Report.DialectAspect." + change.Aspect), change.Before, change.After))}</p>");
            }

            if (result.Changes.Count > 0)
            {
                Line("<table>");
                Line($"<thead><tr><th>{Encode(Text("Html.Column"))}</th><th>{Encode(Text("Html.Before"))}</th><th>{Encode(Text("Html.After"))}</th><th>{Encode(Text("Html.Lines"))}</th></tr></thead>");
                Line("<tbody>");
                foreach (var group in result.Changes.GroupBy(c => (c.Column, c.Before, c.After)).Take(MaxRowsPerCode))
                {
                    Line($"<tr><td>{Encode(group.Key.Column ?? Text("Report.HeaderColumn"))}</td><td class=\"value\">{Encode(group.Key.Before ?? string.Empty)}</td><td class=\"value\">{Encode(group.Key.After ?? string.Empty)}</td><td>{Encode(ReportText.Ranges(group.Select(c => c.Line)))}</td></tr>");
                }

                Line("</tbody>");
                Line("</table>");
            }

            Line("</section>");
            if (result.Findings.Total > 0)
            {
                Findings(result.Findings, Text("Html.ReaderFindingsHeading"), xml: false);
            }
        }

        private string Lang => string.Equals(culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal) ? "fr" : "en";

        private void Verdict(ValidationReport report)
        {
            var key = report.Verdict.ToString();
            var kind = report.Verdict == ValidationVerdict.Valid ? "ok" : "bad";
            var tally = report.Findings;
            Line($"<section class=\"verdict {kind}\" aria-label=\"{Encode(Text("Html.VerdictHeading"))}\">");
            Line($"<strong>{Encode(Text("Html.Verdict." + key))}</strong>");
            Line($"<span>{Encode(Text("Html.Verdict." + key + ".Explanation"))}</span>");
            Line("<ul class=\"counts\">");
            Line($"<li>{Encode(Plural("Count.LinesRead", report.LinesRead))}</li>");
            Line($"<li>{Encode(Plural("Count.Errors", tally.ErrorCount))}</li>");
            Line($"<li>{Encode(Plural("Count.Warnings", tally.WarningCount))}</li>");
            Line($"<li>{Encode(Plural("Count.Infos", tally.InfoCount))}</li>");
            Line("</ul>");
            Line("</section>");
        }

        private void Findings(FindingTally tally, string heading, bool xml)
        {
            Line("<section>");
            Line($"<h2>{Encode(heading)}</h2>");
            if (tally.Total == 0)
            {
                Line($"<p>{Encode(Text("Html.NoFindings"))}</p>");
                Line("</section>");
                return;
            }

            if (tally.NotKeptCount > 0)
            {
                Line($"<p class=\"more\">{Encode(Plural("Count.NotKept", tally.NotKeptCount, Number(tally.KeptCount)))}</p>");
            }

            // Errors first, then warnings, then information; within a severity, by code.
            var groups = tally.Groups.ToLookup(g => g.Code, StringComparer.Ordinal);
            foreach (var code in tally.CountsByCode.Keys
                .OrderBy(c => tally.SeverityOf(c) ?? FindingSeverity.Info)
                .ThenBy(c => c, StringComparer.Ordinal))
            {
                CodeGroup(code, tally.SeverityOf(code) ?? FindingSeverity.Info, [.. groups[code]], tally.CountOf(code), xml);
            }

            Line("</section>");
        }

        private void CodeGroup(string code, FindingSeverity severity, List<FindingGroup> groups, long total, bool xml)
        {
            var descriptor = FindingCodes.Describe(code);
            var title = descriptor?.GetTitle(culture) ?? code;
            Line($"<article class=\"code\" id=\"{(xml ? "xml-" : string.Empty)}{Encode(code)}\">");
            Line($"<h3><span class=\"sev {severity}\">{Encode(Text("Html.Severity." + severity))}</span>{Encode(code)} · {Encode(title)} <span class=\"more\">({Encode(Plural("Count.Found", total))})</span></h3>");
            if (descriptor is not null)
            {
                Line($"<p class=\"fix\"><strong>{Encode(Text("Html.HowToFix"))}</strong> {Encode(descriptor.GetFix(culture))}</p>");
            }

            var listed = 0L;
            var rows = 0;
            if (groups.Count > 0)
            {
                Line("<table>");
                Line($"<thead><tr><th class=\"num\">{Encode(Text(xml ? "Html.XmlLine" : "Html.Line"))}</th><th>{Encode(Text(xml ? "Html.Element" : "Html.Column"))}</th><th>{Encode(Text("Html.Value"))}</th><th>{Encode(Text("Html.Message"))}</th></tr></thead>");
                Line("<tbody>");
                foreach (var group in groups)
                {
                    if (rows++ >= MaxRowsPerCode)
                    {
                        break;
                    }

                    var finding = group.Finding;
                    var lines = group.IsWholeFile ? Text("Html.WholeFile") : ReportText.Ranges(group.Lines);
                    listed += ReportText.Listed(group);
                    Line($"<tr><td class=\"num\">{Encode(lines)}</td><td>{Encode(finding.Location.Column ?? string.Empty)}</td><td class=\"value\">{Encode(finding.Value ?? string.Empty)}</td><td>{Encode(finding.GetMessage(culture))}</td></tr>");
                }

                Line("</tbody>");
                Line("</table>");
            }

            var notListed = total - listed;
            if (notListed > 0)
            {
                Line($"<p class=\"more\">{Encode(Plural("Count.NotListedHere", notListed))}</p>");
            }

            Line("</article>");
        }

        private void Budget(DocumentSummary document, int index)
        {
            Line("<section>");
            var heading = Text("Html.BudgetHeading");
            Line($"<h2>{Encode(heading + " — " + DocumentTitle(document))}</h2>");
            Line($"<p class=\"meta\">{Encode(Text("Html.AmountColumn", Text(document.AmountBasis == AmountBasis.Realised ? "Html.Basis.Realised" : "Html.Basis.Voted")))}</p>");
            Legend();
            SectionsChart(document, index);
            var chapters = document.Chapters
                .Where(c => !c.IsCarriedForward)
                .GroupBy(c => (c.ChapterCode, c.Direction))
                .Select(g => (g.Key.ChapterCode, Label: g.Select(c => c.ChapterLabel).FirstOrDefault(l => l.Length > 0) ?? string.Empty, g.Key.Direction, Amount: g.Sum(c => c.Amount)))
                .ToList();
            ChaptersChart(chapters, FlowDirection.Depense, index);
            ChaptersChart(chapters, FlowDirection.Recette, index);
            Checks(document.Checks);
            Line("</section>");
        }

        private static string DocumentTitle(DocumentSummary document) =>
            string.Create(CultureInfo.InvariantCulture, $"{document.AuthorityName} — {ReportText.Step(document.Step)} {document.Year} — SIRET {document.Siret}");

        private void Legend()
        {
            Line("<div class=\"legend\">");
            Line($"<span><span class=\"swatch\" style=\"background:{RecetteColour}\"></span>{Encode(Text("Html.Recettes"))}</span>");
            Line($"<span><span class=\"swatch\" style=\"background:{DepenseColour}\"></span>{Encode(Text("Html.Depenses"))}</span>");
            Line($"<span><span class=\"swatch\" style=\"background:#9aa0a6\"></span>{Encode(Text("Html.OrderPart"))}</span>");
            Line($"<span><span class=\"swatch\" style=\"background:#d5d8dc\"></span>{Encode(Text("Html.CarriedForwardPart"))}</span>");
            Line("</div>");
        }

        private void SectionsChart(DocumentSummary document, int index)
        {
            Line("<figure>");
            Line($"<h3>{Encode(Text("Html.SectionsHeading"))}</h3>");
            var rows = new List<(string Label, FlowDirection Direction, decimal Real, decimal Order, decimal Carried)>();
            foreach (var section in new[] { BudgetSection.Fonctionnement, BudgetSection.Investissement })
            {
                foreach (var direction in new[] { FlowDirection.Recette, FlowDirection.Depense })
                {
                    var real = document.GetTotal(section, direction, OperationKind.Reel);
                    var order = document.GetTotal(section, direction, OperationKind.Ordre);
                    var carried = document.GetCarriedForward(section, direction);
                    var label = Text("Html.Section." + section) + " · " + Text(direction == FlowDirection.Recette ? "Html.Recettes" : "Html.Depenses");
                    rows.Add((label, direction, real, order, carried));
                }
            }

            var max = rows.Max(r => Math.Abs(r.Real) + Math.Abs(r.Order) + Math.Abs(r.Carried));
            var height = (rows.Count * (BarHeight + BarGap)) + BarGap;
            var titleId = string.Create(CultureInfo.InvariantCulture, $"chart-sections-{index}");
            Line($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{titleId}\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">");
            Line($"<title id=\"{titleId}\">{Encode(Text("Html.SectionsHeading"))}</title>");
            var y = BarGap;
            foreach (var (label, direction, real, order, carried) in rows)
            {
                var colour = direction == FlowDirection.Recette ? RecetteColour : DepenseColour;
                var realWidth = Scale(Math.Abs(real), max);
                var orderWidth = Scale(Math.Abs(order), max);
                var carriedWidth = Scale(Math.Abs(carried), max);
                Line($"<text x=\"0\" y=\"{y + 14}\">{Encode(label)}</text>");
                Line($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{realWidth}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(Text("Html.RealPart") + " : " + Money(real))}</title></rect>");
                if (orderWidth > 0)
                {
                    Line($"<rect x=\"{LabelWidth + realWidth}\" y=\"{y}\" width=\"{orderWidth}\" height=\"{BarHeight}\" fill=\"{colour}\" fill-opacity=\"0.45\"><title>{Encode(Text("Html.OrderPart") + " : " + Money(order))}</title></rect>");
                }

                if (carriedWidth > 0)
                {
                    Line($"<rect x=\"{LabelWidth + realWidth + orderWidth}\" y=\"{y}\" width=\"{carriedWidth}\" height=\"{BarHeight}\" fill=\"{colour}\" fill-opacity=\"0.18\"><title>{Encode(Text("Html.CarriedForwardPart") + " : " + Money(carried))}</title></rect>");
                }

                Line($"<text x=\"{LabelWidth + realWidth + orderWidth + carriedWidth + 6}\" y=\"{y + 14}\">{Encode(Money(real + order + carried))}</text>");
                y += BarHeight + BarGap;
            }

            Line("</svg>");
            Table(rows.Select(r => (r.Label, r.Real, r.Order, r.Carried)).ToList());
            Line("</figure>");
        }

        private void Table(List<(string Label, decimal Real, decimal Order, decimal Carried)> rows)
        {
            Line("<table>");
            Line($"<thead><tr><th></th><th class=\"num\">{Encode(Text("Html.RealPart"))}</th><th class=\"num\">{Encode(Text("Html.OrderPart"))}</th><th class=\"num\">{Encode(Text("Html.CarriedForwardPart"))}</th><th class=\"num\">{Encode(Text("Html.Total"))}</th></tr></thead>");
            Line("<tbody>");
            foreach (var (label, real, order, carried) in rows)
            {
                Line($"<tr><td>{Encode(label)}</td><td class=\"num\">{Encode(Money(real))}</td><td class=\"num\">{Encode(Money(order))}</td><td class=\"num\">{Encode(Money(carried))}</td><td class=\"num\">{Encode(Money(real + order + carried))}</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
        }

        private void ChaptersChart(List<(string ChapterCode, string Label, FlowDirection Direction, decimal Amount)> chapters, FlowDirection direction, int index)
        {
            var largest = chapters
                .Where(c => c.Direction == direction && c.Amount != 0)
                .OrderByDescending(c => Math.Abs(c.Amount))
                .ThenBy(c => c.ChapterCode, StringComparer.Ordinal)
                .Take(LargestChapters)
                .ToList();
            var heading = Text(direction == FlowDirection.Recette ? "Html.LargestRecettes" : "Html.LargestDepenses", largest.Count);
            Line("<figure>");
            Line($"<h3>{Encode(heading)}</h3>");
            if (largest.Count == 0)
            {
                Line($"<p class=\"more\">{Encode(Text("Html.NoAmounts"))}</p>");
                Line("</figure>");
                return;
            }

            var colour = direction == FlowDirection.Recette ? RecetteColour : DepenseColour;
            var max = Math.Abs(largest[0].Amount);
            var height = (largest.Count * (BarHeight + BarGap)) + BarGap;
            var titleId = string.Create(CultureInfo.InvariantCulture, $"chart-chapters-{(direction == FlowDirection.Recette ? "recettes" : "depenses")}-{index}");
            Line($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{titleId}\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">");
            Line($"<title id=\"{titleId}\">{Encode(heading)}</title>");
            var y = BarGap;
            foreach (var chapter in largest)
            {
                var label = string.IsNullOrWhiteSpace(chapter.Label) ? chapter.ChapterCode : chapter.ChapterCode + " " + chapter.Label;
                var width = Scale(Math.Abs(chapter.Amount), max);
                Line($"<text x=\"0\" y=\"{y + 14}\"><title>{Encode(label)}</title>{Encode(Truncate(label, 38))}</text>");
                Line($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{Encode(label + " : " + Money(chapter.Amount))}</title></rect>");
                Line($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 14}\">{Encode(Money(chapter.Amount))}</text>");
                y += BarHeight + BarGap;
            }

            Line("</svg>");
            Line("</figure>");
        }

        private void Checks(IReadOnlyList<BalanceCheck> checks)
        {
            Line("<figure>");
            Line($"<h3>{Encode(Text("Html.ChecksHeading"))}</h3>");
            if (checks.Count == 0)
            {
                Line($"<p class=\"more\">{Encode(Text("Html.NoChecks"))}</p>");
                Line("</figure>");
                return;
            }

            Line("<table>");
            Line($"<thead><tr><th>{Encode(Text("Html.Check"))}</th><th class=\"num\"></th><th class=\"num\"></th><th class=\"num\">{Encode(Text("Html.Difference"))}</th><th>{Encode(Text("Html.Result"))}</th></tr></thead>");
            Line("<tbody>");
            foreach (var check in checks)
            {
                var result = check.Holds
                    ? $"<span class=\"ok-text\">✓ {Encode(Text("Html.Balanced"))}</span>"
                    : $"<span class=\"bad-text\">✗ {Encode(Text("Html.NotBalanced"))}</span>";
                Line($"<tr><td>{Encode(check.GetTitle(culture))}</td><td class=\"num\">{Encode(check.GetLeftLabel(culture))}<br>{Encode(Money(check.Left))}</td><td class=\"num\">{Encode(check.GetRightLabel(culture))}<br>{Encode(Money(check.Right))}</td><td class=\"num\">{Encode(Money(check.Difference))}</td><td>{result}</td></tr>");
            }

            Line("</tbody>");
            Line("</table>");
            Line("</figure>");
        }

        private static int Scale(decimal value, decimal max)
        {
            const int available = ChartWidth - LabelWidth - AmountWidth;
            return max <= 0 ? 0 : (int)Math.Round(value / max * available, MidpointRounding.AwayFromZero);
        }

        private static string Truncate(string text, int length) =>
            text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

        private string Number(long value) => ReportText.Number(value, culture);

        private string Plural(string key, long count, params object?[] args) => ReportText.Plural(key, count, culture, args);

        private string Money(decimal value) => Text("Html.Money", ReportText.Amount(value, culture));

        private string Text(string key, params object?[] args)
        {
            var template = Messages.Get(key, culture);
            return args.Length == 0 ? template : string.Format(culture, template, args);
        }

        private void Line(string text) => writer.Write(text + "\n");
    }
}
