using System.Globalization;
using Scdl.Budget.Analysis;
using Scdl.Budget.Normalization;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Writes reports as plain text for people, in a terminal or an e-mail: the verdict and what it means, the counts,
/// the findings grouped by code (errors first; title, severity, count, what to do, each group of findings once with
/// its lines), and the budget summary. Deterministic: the same report and culture give the same text.
/// </summary>
/// <remarks>
/// Text that comes from the input (values, names, labels) is shown with its control characters made visible (see
/// <see cref="Neutralize(string)"/>): a cell cannot drive the terminal the report is printed on.
/// </remarks>
public static class TextReport
{
    /// <summary>Writes the report of a validation.</summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, ValidationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        new TextPage(writer, options).Validation(report);
    }

    /// <summary>Writes the report of a conversion: what the conversion did and found (in the source), then the validation of the CSV written.</summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, ConversionReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        new TextPage(writer, options).Conversion(report);
    }

    /// <summary>Writes the report of a normalisation: the dialect read, the changes, what the reader found, then the validation of the file written.</summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, NormalizationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        new TextPage(writer, options).Normalization(report);
    }

    /// <summary>
    /// Writes the budget summary of a validation on its own: per document, the totals per section, real/order kind
    /// and direction as a table, the largest chapters (<see cref="ReportOptions.LargestChapters"/>) and the balance checks.
    /// </summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="report">The report whose summary to write.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void WriteSummary(TextWriter writer, ValidationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        new TextPage(writer, options).SummaryTable(report);
    }

    /// <summary>
    /// Writes an analysis on its own, such as the analyses of several files combined
    /// (<see cref="BudgetAnalysis.Combine"/>): per document, its results or balance, its savings cascade, its execution
    /// and its largest functions, then the documents of each authority side by side (voted and carried out, each year
    /// against the year before). A figure that cannot be computed says why.
    /// </summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, BudgetAnalysis analysis, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        var page = new TextPage(writer, options);
        if (analysis.Documents.Count == 0)
        {
            page.Write(ReportText.Format("Analysis.NoDocument", options?.Culture ?? CultureInfo.CurrentUICulture));
        }

        page.Analysis(analysis, blankBefore: false);
    }

    /// <summary>
    /// Writes only the documents of an analysis side by side: for each authority, the budget voted against what was
    /// carried out, and each year against the year before, figure by figure; the tool prints it after the reports of
    /// several files given together, which show each document's own figures.
    /// </summary>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="analysis">The analysis, such as the analyses of several files combined (<see cref="BudgetAnalysis.Combine"/>).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static void WriteSideBySide(TextWriter writer, BudgetAnalysis analysis, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        new TextPage(writer, options).SideBySide(analysis, blankBefore: false);
    }

    /// <summary>
    /// Makes text from an input safe to print: control characters (C0, DEL, C1: ESC sequences, line breaks, tabs)
    /// become visible symbols such as <c>␛</c>, and Unicode direction overrides become <c>�</c>. Every text report
    /// does this to what it quotes from the input.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, unchanged when it holds no such character.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Neutralize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReportText.Neutralize(text);
    }

    private sealed class TextPage(TextWriter writer, ReportOptions? options)
    {
        private readonly ReportOptions _options = options ?? ReportOptions.Default;
        private readonly CultureInfo _culture = options?.Culture ?? CultureInfo.CurrentUICulture;

        public void Validation(ValidationReport report)
        {
            Line(T("Report.Heading", report.Source ?? "-", report.SchemaVersion.Text, ReportText.Verdict(report.Verdict, _culture)));
            var tally = report.Findings;
            Line(T("Report.Counts", Plural("Count.LinesRead", report.LinesRead), Plural("Count.Errors", tally.ErrorCount),
                Plural("Count.Warnings", tally.WarningCount), Plural("Count.Infos", tally.InfoCount)));
            if (report.Analysis is { } analysis)
            {
                Analysis(analysis, blankBefore: true);
            }

            Findings(tally, xml: false);
            BudgetSummary(report.Summary);
        }

        public void Write(string text) => Line(text);

        /// <summary>Writes each document's figures, then the documents side by side; a figure without value says why.</summary>
        public void Analysis(BudgetAnalysis analysis, bool blankBefore)
        {
            var first = !blankBefore;
            foreach (var document in analysis.Documents)
            {
                if (!first)
                {
                    Line(string.Empty);
                }

                first = false;
                AnalysedDocument(document);
            }

            SideBySide(analysis, blankBefore: true);
        }

        public void SideBySide(BudgetAnalysis analysis, bool blankBefore)
        {
            if (analysis.VotedVsRealised.Count == 0 && analysis.Evolutions.Count == 0)
            {
                if (!blankBefore)
                {
                    Line(T("Analysis.NoSideBySide"));
                }

                return;
            }

            if (blankBefore)
            {
                Line(string.Empty);
            }

            Line(T("Analysis.SideBySide"));
            foreach (var comparison in analysis.VotedVsRealised)
            {
                Line("  " + T("Analysis.VotedVsRealised", comparison.AuthorityName, ReportText.Step(comparison.VotedStep), AnalysisRows.Basis(comparison.VotedBasis, _culture),
                    ReportText.Step(comparison.RealisedStep), comparison.Year.ToString(CultureInfo.InvariantCulture)));
                foreach (var figure in comparison.Figures)
                {
                    Line("    " + T("Analysis.VotedVsRealisedLine", AnalysisRows.Label(AnalysisRows.Key(figure.Name), _culture),
                        Figure(figure.Voted, FigureUnit.Money), Figure(figure.Realised, FigureUnit.Money), Figure(figure.Difference, FigureUnit.Money, signed: true), Figure(figure.TauxDeRealisation, FigureUnit.Rate)));
                }
            }

            foreach (var evolution in analysis.Evolutions)
            {
                Line("  " + T(evolution.Realised ? "Analysis.Evolution.Realised" : "Analysis.Evolution.Voted", evolution.AuthorityName,
                    evolution.PreviousYear.ToString(CultureInfo.InvariantCulture), ReportText.Step(evolution.PreviousStep),
                    evolution.Year.ToString(CultureInfo.InvariantCulture), ReportText.Step(evolution.Step)));
                foreach (var figure in evolution.Figures)
                {
                    Line("    " + T("Analysis.EvolutionLine", AnalysisRows.Label(AnalysisRows.Key(figure.Name), _culture),
                        Figure(figure.Previous, FigureUnit.Money), Figure(figure.Current, FigureUnit.Money), Figure(figure.Change, FigureUnit.Money, signed: true), Figure(figure.ChangeRate, FigureUnit.Rate, signed: true)));
                }
            }
        }

        private void AnalysedDocument(DocumentAnalysis document)
        {
            Line(T("Analysis.Heading", T("Analysis.DocumentTitle", document.AuthorityName, ReportText.Step(document.Step),
                document.Year.ToString(CultureInfo.InvariantCulture), document.Siret.ToString(), AnalysisRows.Basis(document.Basis, _culture))));
            if (document.Resultats is { } resultats)
            {
                Figures(T("Analysis.Resultats"), AnalysisRows.Resultats(resultats));
            }

            if (document.Equilibre is { } equilibre)
            {
                Figures(T("Analysis.Equilibre"), AnalysisRows.Equilibre(equilibre));
            }

            Figures(T("Analysis.Epargne"), AnalysisRows.Epargne(document.Epargne));
            if (document.Execution is { } execution)
            {
                Line("  " + T("Analysis.Execution"));
                foreach (var total in execution.Sections.Where(t => t.CreditsOuverts != 0 || t.Realisations != 0))
                {
                    Line("    " + T("Analysis.ExecutionLine", FlowName(total.Section, total.OperationKind, total.Direction), Money(total.Realisations),
                        Money(total.CreditsOuverts), Figure(total.TauxExecution, FigureUnit.Rate), Money(total.RestesARealiser)));
                }
            }

            if (document.Fonctions.Gap is { } gap)
            {
                Line("  " + T("Analysis.Functions.None", GapText(gap)));
                return;
            }

            Line("  " + T("Analysis.Functions"));
            foreach (var (section, functions) in (ReadOnlySpan<(BudgetSection, IReadOnlyList<FunctionTotal>)>)[
                (BudgetSection.Fonctionnement, document.Fonctions.Fonctionnement), (BudgetSection.Investissement, document.Fonctions.Investissement)])
            {
                foreach (var function in functions)
                {
                    var name = string.IsNullOrEmpty(function.FunctionLabel) ? function.FunctionCode : function.FunctionCode + " " + function.FunctionLabel;
                    Line("    " + T("Analysis.FunctionLine", T("Summary.Section." + section) + " · " + name, Money(function.Amount), Figure(function.Share, FigureUnit.Rate)));
                }
            }
        }

        private void Figures(string heading, IReadOnlyList<FigureRow> rows)
        {
            Line("  " + heading);
            var width = rows.Max(r => AnalysisRows.Label(r.Key, _culture).Length) + 2;
            foreach (var row in rows)
            {
                var value = AnalysisRows.Value(row.Figure, row.Unit, _culture);
                Line("    " + AnalysisRows.Label(row.Key, _culture).PadRight(width) + (value is null ? Figure(row.Figure, row.Unit) : value.PadLeft(20)));
            }
        }

        private string Figure(AnalysisFigure figure, FigureUnit unit, bool signed = false) => AnalysisRows.ValueOrGap(figure, unit, _culture, signed);

        private string GapText(FigureGap gap) => T("Analysis.Gap." + gap);

        private string FlowName(BudgetSection section, OperationKind kind, FlowDirection direction) =>
            T("Summary.Section." + section) + " · " + T("Summary.Kind." + kind) + " · " + T(direction == FlowDirection.Recette ? "Summary.Recettes" : "Summary.Depenses").ToLower(_culture);

        public void Conversion(ConversionReport report)
        {
            Line(T("Report.Conversion", report.Source, report.Output, Plural("Count.BudgetLinesRead", report.LinesRead),
                Plural("Count.CalculatedLinesSkipped", report.CalculatedLinesSkipped), Plural("Count.LinesWritten", report.LinesWritten)));
            if (report.Findings.Total == 0)
            {
                Line(T("Report.Conversion.NoFinding"));
            }
            else
            {
                Line(T("Report.Conversion.Findings", Plural("Count.Errors", report.Findings.ErrorCount),
                    Plural("Count.Warnings", report.Findings.WarningCount), Plural("Count.Infos", report.Findings.InfoCount)));
                Findings(report.Findings, xml: true);
            }

            if (report.Validation is { } validation)
            {
                Line(string.Empty);
                Validation(validation);
            }
        }

        public void Normalization(NormalizationReport report)
        {
            var result = report.Normalization;
            Line(T("Report.Normalization", report.Source, report.Output, Plural("Count.LinesWritten", result.LinesWritten),
                Plural("Count.Changes", result.ChangeCount), Plural("Count.ProblemsLeft", result.UnresolvedCount)));
            if (result.Dialect is { } dialect)
            {
                Line(T("Report.Dialect", dialect.Encoding.WebName, dialect.Separator == '\t' ? "\\t" : dialect.Separator.ToString(),
                    dialect.DecimalSeparator.ToString(), T(dialect.HasHeader ? "Report.Dialect.Header" : "Report.Dialect.NoHeader")));
            }

            foreach (var change in result.DialectChanges)
            {
                Line("  " + T("Report.DialectChange", T("Report.DialectAspect." + change.Aspect), change.Before, change.After));
            }

            Changes(result);
            if (result.Findings.Total > 0)
            {
                Line(string.Empty);
                Line(T("Report.Normalization.Findings"));
                Findings(result.Findings, xml: false, blankBefore: false);
            }

            if (report.Validation is { } validation)
            {
                Line(string.Empty);
                Validation(validation);
            }
        }

        public void SummaryTable(ValidationReport report)
        {
            Line(report.Source ?? "-");
            var summary = report.Summary;
            if (summary.Documents.Count == 0)
            {
                Line(T("Summary.NoDocument"));
            }

            foreach (var document in summary.Documents)
            {
                DocumentTable(document);
            }

            if (summary.LinesNotCounted > 0)
            {
                Line(Plural("Count.NotCounted", summary.LinesNotCounted));
            }

            if (report.Analysis is { } analysis)
            {
                Analysis(analysis, blankBefore: true);
            }
        }

        private void Changes(NormalizationResult result)
        {
            if (result.ChangeCount == 0)
            {
                Line(T("Report.NoChange"));
                return;
            }

            // One line per kind of change (column, before, after), with the lines it was made on.
            var groups = result.Changes
                .GroupBy(c => (c.Column, c.Before, c.After))
                .Select(g => (g.Key.Column, g.Key.Before, g.Key.After, Lines: g.Select(c => c.Line).ToList()))
                .ToList();
            Line(Plural("Count.ChangesHeading", result.ChangeCount));
            var max = Math.Max(0, _options.MaxFindingsPerCode * 2);
            foreach (var (column, before, after, lines) in groups.Take(max))
            {
                Line("  " + T("Report.Change", column ?? T("Report.HeaderColumn"), before ?? string.Empty, after ?? string.Empty, Where(lines, xml: false)));
            }

            var notListed = result.ChangeCount - groups.Take(max).Sum(g => (long)g.Lines.Count);
            if (notListed > 0)
            {
                Line("  " + Plural("Count.MoreChanges", notListed));
            }
        }

        private void Findings(FindingTally tally, bool xml, bool blankBefore = true)
        {
            if (tally.NotKeptCount > 0)
            {
                Line(Plural("Count.NotKept", tally.NotKeptCount, Number(tally.KeptCount)));
            }

            if (tally.Total == 0)
            {
                Line(string.Empty);
                Line(T("Report.NoFinding"));
                return;
            }

            var groups = tally.Groups.ToLookup(g => g.Code, StringComparer.Ordinal);
            var codes = tally.CountsByCode.Keys
                .OrderBy(c => tally.SeverityOf(c) ?? FindingSeverity.Info)
                .ThenBy(c => c, StringComparer.Ordinal);
            var first = true;
            foreach (var code in codes)
            {
                if (blankBefore || !first)
                {
                    Line(string.Empty);
                }

                first = false;
                Code(code, tally.CountOf(code), tally.SeverityOf(code) ?? FindingSeverity.Info, [.. groups[code]], xml);
            }
        }

        private void Code(string code, long count, FindingSeverity severity, List<FindingGroup> groups, bool xml)
        {
            var descriptor = FindingCodes.Describe(code);
            Line(T("Report.CodeHeading", code, descriptor?.GetTitle(_culture) ?? code, ReportText.Severity(severity, _culture), Plural("Count.Found", count)));
            if (descriptor is not null)
            {
                Line("  " + T("Report.Fix", descriptor.GetFix(_culture)));
            }

            var shown = groups.Take(Math.Max(0, _options.MaxFindingsPerCode)).ToList();
            foreach (var group in shown)
            {
                var where = group.IsWholeFile ? T("Report.File") : WhereRanges(group.Lines, xml);
                Line("  - " + T("Report.At", where, group.Finding.GetMessage(_culture)));
            }

            var rest = groups.Skip(shown.Count).SelectMany(g => g.Lines).ToList();
            if (rest.Count > 0)
            {
                Line("  - " + T("Report.AlsoAt", ReportText.Ranges(rest)));
            }

            var notListed = count - groups.Sum(ReportText.Listed);
            if (notListed > 0)
            {
                Line("  - " + Plural("Count.MoreNotListed", notListed));
            }
        }

        private void BudgetSummary(BudgetSummary summary)
        {
            if (summary.Documents.Count == 0 && summary.LinesNotCounted == 0)
            {
                return;
            }

            Line(string.Empty);
            Line(T("Report.Summary"));
            foreach (var document in summary.Documents)
            {
                Line("  " + T("Report.Document", ReportText.Step(document.Step), document.Year.ToString(CultureInfo.InvariantCulture),
                    document.Siret.ToString(), document.AuthorityName, Plural("Count.Lines", document.LineCount), Basis(document)));
                foreach (var section in (ReadOnlySpan<BudgetSection>)[BudgetSection.Fonctionnement, BudgetSection.Investissement])
                {
                    Line("    " + T("Report.SectionLine",
                        ReportText.Section(section),
                        Money(document.GetTotal(section, FlowDirection.Recette)),
                        Money(document.GetTotal(section, FlowDirection.Recette, OperationKind.Reel)),
                        Money(document.GetTotal(section, FlowDirection.Recette, OperationKind.Ordre)),
                        Money(document.GetTotal(section, FlowDirection.Depense)),
                        Money(document.GetTotal(section, FlowDirection.Depense, OperationKind.Reel)),
                        Money(document.GetTotal(section, FlowDirection.Depense, OperationKind.Ordre)),
                        Money(document.GetCarriedForward(section, FlowDirection.Recette)),
                        Money(document.GetCarriedForward(section, FlowDirection.Depense))));
                }

                foreach (var check in document.Checks)
                {
                    Line("    " + T("Report.Check", check.GetLeftLabel(_culture), Money(check.Left), check.GetRightLabel(_culture), Money(check.Right),
                        T(check.Holds ? "Report.Check.Holds" : "Report.Check.Fails")));
                }
            }

            if (summary.LinesNotCounted > 0)
            {
                Line("  " + Plural("Count.NotCounted", summary.LinesNotCounted));
            }
        }

        private void DocumentTable(DocumentSummary document)
        {
            Line(T("Summary.Document", document.AuthorityName, ReportText.Step(document.Step), document.Year.ToString(CultureInfo.InvariantCulture),
                document.Siret.ToString(), Plural("Count.Lines", document.LineCount), Basis(document)));
            // Per section: réel, ordre, the carried-forward balance (001, 002) on its own line, then the total of the three.
            var rows = new List<(string Label, decimal Recettes, decimal Depenses)>();
            foreach (var section in (ReadOnlySpan<BudgetSection>)[BudgetSection.Fonctionnement, BudgetSection.Investissement])
            {
                foreach (var kind in (ReadOnlySpan<OperationKind?>)[OperationKind.Reel, OperationKind.Ordre, null])
                {
                    if (kind is null)
                    {
                        rows.Add((T("Summary.Section." + section) + " · " + T("Summary.CarriedForward"),
                            document.GetCarriedForward(section, FlowDirection.Recette), document.GetCarriedForward(section, FlowDirection.Depense)));
                    }

                    rows.Add((T("Summary.Section." + section) + " · " + T(kind is { } k ? "Summary.Kind." + k : "Summary.AllKinds"),
                        document.GetTotal(section, FlowDirection.Recette, kind), document.GetTotal(section, FlowDirection.Depense, kind)));
                }
            }

            var width = rows.Max(r => r.Label.Length) + 2;
            Line("  " + string.Empty.PadRight(width) + T("Summary.Recettes").PadLeft(20) + T("Summary.Depenses").PadLeft(20));
            foreach (var (label, recettes, depenses) in rows)
            {
                Line("  " + label.PadRight(width) + Money(recettes).PadLeft(20) + Money(depenses).PadLeft(20));
            }

            var chapters = Math.Max(0, _options.LargestChapters);
            if (chapters > 0 && document.Chapters.Count > 0)
            {
                Line(string.Empty);
                Line("  " + T("Summary.Chapters", chapters));
                foreach (var chapter in document.Chapters
                    .Where(c => c.Amount != 0 && !c.IsCarriedForward)
                    .OrderByDescending(c => Math.Abs(c.Amount))
                    .ThenBy(c => c.ChapterCode, StringComparer.Ordinal)
                    .Take(chapters))
                {
                    var direction = chapter.Direction == FlowDirection.Recette ? "R" : "D";
                    var label = Shorten(chapter.ChapterCode + " " + chapter.ChapterLabel, 46);
                    Line(string.Format(_culture, "    {0} {1,-46}{2,20}", direction, label, Money(chapter.Amount)));
                }
            }

            if (document.Checks.Count > 0)
            {
                Line(string.Empty);
                Line("  " + T("Summary.Checks"));
                foreach (var check in document.Checks)
                {
                    var text = T("Summary.Check", check.Holds ? "✓" : "✗", T("Summary.Check." + check.Kind),
                        check.GetLeftLabel(_culture), Money(check.Left), check.Holds ? "=" : "≠", check.GetRightLabel(_culture), Money(check.Right));
                    Line("    " + (check.Holds ? text : text + " " + T("Summary.Difference", Money(check.Difference))));
                }
            }
        }

        private string Basis(DocumentSummary document) =>
            T(document.AmountBasis == AmountBasis.Realised ? "Report.AmountBasis.Realised" : "Report.AmountBasis.Voted");

        private string WhereRanges(IReadOnlyList<LineRange> ranges, bool xml)
        {
            var key = (xml ? "Report.XmlLine" : "Report.Line") + (ranges is [{ Count: 1 }] ? string.Empty : "s");
            return T(key, ReportText.Ranges(ranges));
        }

        private string Where(IReadOnlyCollection<long> lines, bool xml)
        {
            var key = (xml ? "Report.XmlLine" : "Report.Line") + (lines.Distinct().Count() == 1 ? string.Empty : "s");
            return T(key, ReportText.Ranges(lines));
        }

        private static string Shorten(string value, int length) => value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");

        private string Money(decimal value) => ReportText.Amount(value, _culture);

        private string Number(long value) => ReportText.Number(value, _culture);

        private string Plural(string key, long count, params object?[] args) => ReportText.Plural(key, count, _culture, args);

        private string T(string key, params object?[] args) => ReportText.Format(key, _culture, args);

        /// <summary>Writes a line, its text from the input made safe: our own texts hold no control character.</summary>
        private void Line(string text)
        {
            writer.Write(ReportText.Neutralize(text));
            writer.Write('\n');
        }
    }
}
