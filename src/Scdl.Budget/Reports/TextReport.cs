using System.Globalization;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Writes a <see cref="ValidationReport"/> as plain text for people: the verdict and counts, then the findings
/// grouped by code (title, severity, count, what to do, each finding with its line, the other lines compactly),
/// then the budget summary. Deterministic: the same report and culture give the same text.
/// </summary>
public static class TextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The destination; lines end with <c>\n</c>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(ValidationReport report, TextWriter writer, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= ReportOptions.Default;
        var culture = options.Culture;
        var verdict = ReportText.Format(report.IsValid ? "Report.Valid" : "Report.Invalid", culture);
        Line(writer, ReportText.Format("Report.Heading", culture, report.Source ?? "-", report.SchemaVersion.Text, verdict));
        Line(writer, ReportText.Format("Report.Counts", culture, Count(report.ErrorCount), Count(report.WarningCount), Count(report.InfoCount), Count(report.LinesRead)));
        if (report.FindingsNotKept > 0)
        {
            Line(writer, ReportText.Format("Report.NotKept", culture, Count(report.Findings.Count), Count(report.FindingsNotKept)));
        }

        if (report.FindingCount == 0)
        {
            Line(writer, string.Empty);
            Line(writer, ReportText.Format("Report.NoFinding", culture));
        }

        foreach (var (code, count) in report.CountsByCode)
        {
            WriteCode(writer, report, code, count, options);
        }

        WriteSummary(writer, report.Summary, culture);
    }

    /// <summary>Renders the report as text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The text, lines ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToText(ValidationReport report, ReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    private static void WriteCode(TextWriter writer, ValidationReport report, string code, long count, ReportOptions options)
    {
        var culture = options.Culture;
        var descriptor = FindingCodes.Describe(code);
        var kept = report.Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal)).ToList();
        var severity = kept.Count > 0 ? kept[0].Severity : descriptor?.DefaultSeverity ?? FindingSeverity.Error;
        Line(writer, string.Empty);
        Line(writer, ReportText.Format("Report.CodeHeading", culture, code, descriptor?.GetTitle(culture) ?? code, ReportText.Severity(severity, culture), Count(count)));
        if (descriptor is not null)
        {
            Line(writer, "  " + ReportText.Format("Report.Fix", culture, descriptor.GetFix(culture)));
        }

        // Findings that differ only by their line (same column, value and message) are shown once, with their lines.
        var groups = kept
            .GroupBy(f => (f.Location.Column, f.Value, Arguments: string.Join('\u0001', f.Arguments)))
            .ToList();
        foreach (var group in groups.Take(options.MaxFindingsPerCode))
        {
            var lines = group.Select(f => f.Location.Line).Where(l => l > 0).ToList();
            var where = lines.Count == 0
                ? ReportText.Format("Report.File", culture)
                : ReportText.Format(lines.Count == 1 ? "Report.Line" : "Report.Lines", culture, ReportText.Ranges(lines));
            foreach (var finding in lines.Count == 0 ? group : group.Take(1))
            {
                Line(writer, "  - " + ReportText.Format("Report.At", culture, where, finding.GetMessage(culture)));
            }
        }

        var rest = groups.Skip(options.MaxFindingsPerCode).SelectMany(g => g).Select(f => f.Location.Line).Where(l => l > 0).ToList();
        if (rest.Count > 0)
        {
            Line(writer, "  - " + ReportText.Format("Report.AlsoAt", culture, ReportText.Ranges(rest)));
        }

        var notKept = count - kept.Count;
        if (notKept > 0)
        {
            Line(writer, "  - " + ReportText.Format("Report.MoreNotListed", culture, Count(notKept)));
        }
    }

    private static void WriteSummary(TextWriter writer, BudgetSummary summary, CultureInfo? culture)
    {
        if (summary.Documents.Count == 0 && summary.LinesNotCounted == 0)
        {
            return;
        }

        Line(writer, string.Empty);
        Line(writer, ReportText.Format("Report.Summary", culture));
        foreach (var document in summary.Documents)
        {
            var basis = ReportText.Format(document.AmountBasis == AmountBasis.Realised ? "Report.AmountBasis.Realised" : "Report.AmountBasis.Voted", culture);
            Line(writer, "  " + ReportText.Format("Report.Document", culture,
                ReportText.Step(document.Step), Count(document.Year), document.Siret.ToString(), document.AuthorityName, Count(document.LineCount)) + " (" + basis + ")");
            foreach (var section in (ReadOnlySpan<BudgetSection>)[BudgetSection.Fonctionnement, BudgetSection.Investissement])
            {
                Line(writer, "    " + ReportText.Format("Report.SectionLine", culture,
                    ReportText.Section(section),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Recette), culture),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Recette, OperationKind.Reel), culture),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Recette, OperationKind.Ordre), culture),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Depense), culture),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Depense, OperationKind.Reel), culture),
                    ReportText.Amount(document.GetTotal(section, FlowDirection.Depense, OperationKind.Ordre), culture),
                    ReportText.Amount(document.GetCarriedForward(section, FlowDirection.Recette), culture),
                    ReportText.Amount(document.GetCarriedForward(section, FlowDirection.Depense), culture)));
            }

            foreach (var check in document.Checks)
            {
                Line(writer, "    " + ReportText.Format("Report.Check", culture,
                    check.GetLeftLabel(culture), ReportText.Amount(check.Left, culture), check.GetRightLabel(culture), ReportText.Amount(check.Right, culture),
                    ReportText.Format(check.Holds ? "Report.Check.Holds" : "Report.Check.Fails", culture)));
            }
        }

        if (summary.LinesNotCounted > 0)
        {
            Line(writer, "  " + ReportText.Format("Report.NotCounted", culture, Count(summary.LinesNotCounted)));
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
