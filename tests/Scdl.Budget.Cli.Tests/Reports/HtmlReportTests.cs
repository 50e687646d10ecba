using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scdl.Budget.Reports;

namespace Scdl.Budget.Cli.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    internal static HtmlReportModel Sample() => new()
    {
        Source = "budget-2022.csv",
        Description = "CRACH — budget primitif 2022",
        LinesRead = 3,
        ErrorCount = 1,
        WarningCount = 1,
        Findings =
        [
            new Finding(FindingCodes.ValueNotAllowed, FindingSeverity.Error, new SourceLocation(2, "BGT_NATDEC"), "Budget primitif", "'budget primitif', 'compte administratif'"),
            new Finding(FindingCodes.ExtraColumn, FindingSeverity.Warning, new SourceLocation(1, "BGT_ID"), "BGT_ID"),
        ],
        Budgets =
        [
            new HtmlBudgetOverview
            {
                Title = "CRACH — budget primitif 2022",
                AmountColumn = "BGT_MTPREV",
                Sections =
                [
                    new(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Reel, 1_200_000m),
                    new(BudgetSection.Fonctionnement, FlowDirection.Depense, OperationKind.Reel, 1_000_000m),
                    new(BudgetSection.Fonctionnement, FlowDirection.Depense, OperationKind.Ordre, 200_000m),
                    new(BudgetSection.Investissement, FlowDirection.Recette, OperationKind.Reel, 300_000.50m),
                    new(BudgetSection.Investissement, FlowDirection.Recette, OperationKind.Ordre, 200_000m),
                    new(BudgetSection.Investissement, FlowDirection.Depense, OperationKind.Reel, 500_000m),
                ],
                Chapters =
                [
                    new("011", "Charges à caractère général", FlowDirection.Depense, 400_000m),
                    new("012", "Charges de personnel et frais assimilés", FlowDirection.Depense, 600_000m),
                    new("023", "Virement à la section d'investissement", FlowDirection.Depense, 200_000m),
                    new("73", "Impôts et taxes <&>", FlowDirection.Recette, 1_200_000m),
                ],
                Checks =
                [
                    new("Section de fonctionnement équilibrée", "Recettes", 1_200_000m, "Dépenses", 1_200_000m),
                    new("Dépenses 023 = recettes 021", "Dépenses 023", 200_000m, "Recettes 021", 0m),
                ],
            },
        ],
    };

    [Fact]
    public void ToHtml_Sample_IsApproved()
    {
        var html = HtmlReport.ToHtml(Sample(), French);

        html.ShouldMatchApproved(c => c.WithFileExtension("html").NoDiff());
    }

    [Fact]
    public void ToHtml_IsSelfContained()
    {
        var html = HtmlReport.ToHtml(Sample(), French);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        html.ShouldNotContain("@font-face", Case.Insensitive);
        html.ShouldNotContain("src=", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);

        // The only address is the SVG namespace, which is a name, not a download.
        Regex.Matches(html, "https?://[^\"]*").Select(m => m.Value).Distinct().ShouldBe(["http://www.w3.org/2000/svg"]);
    }

    [Fact]
    public void ToHtml_ChartsAreWellFormedSvg()
    {
        var html = HtmlReport.ToHtml(Sample(), French);

        var charts = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline);
        charts.Count.ShouldBe(3);
        foreach (Match chart in charts)
        {
            var svg = XElement.Parse(chart.Value);
            svg.Descendants().Count(e => e.Name.LocalName == "rect").ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void ToHtml_EscapesWhatItShows()
    {
        var html = HtmlReport.ToHtml(Sample(), French);

        html.ShouldContain("Impôts et taxes &lt;&amp;&gt;");
        html.ShouldNotContain("<&>");
    }

    [Fact]
    public void ToHtml_Verdict_FollowsTheErrors()
    {
        HtmlReport.ToHtml(Sample(), French).ShouldContain("Non valide");
        HtmlReport.ToHtml(Sample() with { ErrorCount = 0, Findings = [] }, French).ShouldContain("Valide : prêt à publier");
        HtmlReport.ToHtml(Sample() with { ErrorCount = 0, Findings = [] }, CultureInfo.GetCultureInfo("en")).ShouldContain("Valid: ready to publish");
    }

    [Fact]
    public void ToHtml_ListsAtMostTheCapPerCode_AndCountsTheRest()
    {
        var findings = Enumerable.Range(2, HtmlReport.MaxLinesPerCode + 50)
            .Select(line => new Finding(FindingCodes.RequiredValueMissing, FindingSeverity.Error, new SourceLocation(line, "BGT_SECTION"), string.Empty))
            .ToList();
        var model = new HtmlReportModel
        {
            Source = "big.csv",
            ErrorCount = findings.Count + 1000,
            Findings = findings,
            CountsByCode = new Dictionary<string, long>(StringComparer.Ordinal) { [FindingCodes.RequiredValueMissing] = findings.Count + 1000 },
        };

        var html = HtmlReport.ToHtml(model, CultureInfo.GetCultureInfo("en"));

        Regex.Count(html, "<tr><td class=\"num\">").ShouldBe(HtmlReport.MaxLinesPerCode);
        html.ShouldContain("… and 1,050 more, not listed here.");
    }

    [Fact]
    public void ToHtml_IsDeterministic()
    {
        HtmlReport.ToHtml(Sample(), French).ShouldBe(HtmlReport.ToHtml(Sample(), French));
    }
}
