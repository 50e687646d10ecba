using System.Globalization;
using Scdl.Budget.Internal;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <content>Builds the model of the HTML report from a validation report and its budget summary.</content>
public sealed partial record HtmlReportModel
{
    /// <summary>
    /// Builds the model of the HTML report of a validated file: its counts and findings, and one budget overview per
    /// document of its summary (totals per section, carried-forward balances, chapters, balance checks).
    /// </summary>
    /// <param name="report">The validation report.</param>
    /// <param name="culture">The language of the labels the model carries; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static HtmlReportModel FromValidation(ValidationReport report, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        culture ??= CultureInfo.CurrentUICulture;
        var budgets = report.Summary.Documents.Select(d => Overview(d, culture)).ToList();
        var description = budgets.Count == 1 ? budgets[0].Title : null;
        if (report.Summary.LinesNotCounted > 0)
        {
            var notCounted = string.Format(culture, Messages.Get("Html.NotCounted", culture), report.Summary.LinesNotCounted.ToString("N0", culture));
            description = description is null ? notCounted : description + " · " + notCounted;
        }

        return new HtmlReportModel
        {
            Source = report.Source ?? string.Empty,
            Description = description,
            LinesRead = report.LinesRead,
            ErrorCount = report.ErrorCount,
            WarningCount = report.WarningCount,
            InfoCount = report.InfoCount,
            Findings = report.Findings,
            CountsByCode = report.CountsByCode,
            Budgets = budgets,
        };
    }

    private static HtmlBudgetOverview Overview(DocumentSummary document, CultureInfo culture) => new()
    {
        Title = string.Create(CultureInfo.InvariantCulture, $"{document.AuthorityName} — {ReportText.Step(document.Step)} {document.Year} — SIRET {document.Siret}"),
        AmountColumn = Messages.Get(document.AmountBasis == AmountBasis.Realised ? "Html.Basis.Realised" : "Html.Basis.Voted", culture),
        Sections = [.. document.Totals.Select(t => new HtmlSectionTotal(t.Section, t.Direction, t.OperationKind, t.Amount))],
        Chapters =
        [
            .. document.Chapters
                .Where(c => !c.IsCarriedForward)
                .GroupBy(c => (c.ChapterCode, c.Direction))
                .Select(g => new HtmlChapterTotal(g.Key.ChapterCode, g.Select(c => c.ChapterLabel).FirstOrDefault(l => l.Length > 0) ?? string.Empty, g.Key.Direction, g.Sum(c => c.Amount))),
        ],
        CarriedForward = [.. document.CarriedForward.Select(t => new HtmlCarriedForwardTotal(t.Section, t.Direction, t.Amount))],
        Checks = [.. document.Checks.Select(c => new HtmlBalanceCheck(c.GetTitle(culture), c.GetLeftLabel(culture), c.Left, c.GetRightLabel(culture), c.Right))],
    };
}
