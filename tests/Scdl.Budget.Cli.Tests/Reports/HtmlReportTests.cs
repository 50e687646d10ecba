using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly ReportOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };
    private static readonly ReportOptions English = new() { Culture = CultureInfo.GetCultureInfo("en") };

    private const string Header =
        "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE\n";

    /// <summary>A small budget primitif: balanced operating section, an unbalanced 023/021, a label to escape, and one line in error.</summary>
    internal static ValidationReport Sample(bool withError = true)
    {
        var csv = new StringBuilder(Header)
            .Append("budget primitif,2022,21560046100085,CRACH,60611,Eau et assainissement,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,400000,,,non spécialisé\n")
            .Append("budget primitif,2022,21560046100085,CRACH,6411,Personnel titulaire,012,Charges de personnel et frais assimilés,,,,fonctionnement,réel,dépense,,,,,600000,,,non spécialisé\n")
            .Append("budget primitif,2022,21560046100085,CRACH,023,Virement à la section d'investissement,023,Virement à la section d'investissement,,,,fonctionnement,ordre,dépense,,,,,200000,,,non spécialisé\n")
            .Append("budget primitif,2022,21560046100085,CRACH,73111,Taxes foncières <&>,73,Impôts et taxes <&>,,,,fonctionnement,réel,recette,,,,,1200000,,,non spécialisé\n")
            .Append("budget primitif,2022,21560046100085,CRACH,2313,Constructions,23,Immobilisations en cours,,,,investissement,réel,dépense,,,,,500000.50,,,non spécialisé\n")
            .Append("budget primitif,2022,21560046100085,CRACH,1641,Emprunts en euros,16,Emprunts et dettes assimilées,,,,investissement,réel,recette,,,,,500000.50,,,non spécialisé\n");
        if (withError)
        {
            csv.Append("Budget primitif,2022,21560046100085,CRACH,6068,Autres matières et fournitures,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,0,,,non spécialisé\n");
        }

        return new BudgetValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "budget-2022.csv");
    }

    private static string Html(ValidationReport report, ReportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReport.Write(writer, report, options);
        return writer.ToString();
    }

    [Fact]
    public void Write_Sample_IsApproved() =>
        Html(Sample(), French).ShouldMatchApproved(c => c.WithFileExtension("html").NoDiff());

    [Fact]
    public void Write_IsSelfContained()
    {
        var html = Html(Sample(), French);

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
    public void Write_ChartsAreWellFormedSvg()
    {
        var html = Html(Sample(), French);

        var charts = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline);
        charts.Count.ShouldBe(3);
        foreach (Match chart in charts)
        {
            var svg = XElement.Parse(chart.Value);
            svg.Descendants().Count(e => e.Name.LocalName == "rect").ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Write_EscapesWhatItShows()
    {
        var html = Html(Sample(), French);

        html.ShouldContain("Impôts et taxes &lt;&amp;&gt;");
        html.ShouldNotContain("<&>");
    }

    [Fact]
    public void Write_Verdict_FollowsTheErrors()
    {
        Html(Sample(), French).ShouldContain("Non valide : à corriger avant publication");
        Html(Sample(withError: false), French).ShouldContain("Valide : prêt à publier");
        Html(Sample(withError: false), English).ShouldContain("Valid: ready to publish");
    }

    [Fact]
    public void Write_PutsTheVerdictAndTheBudgetBeforeTheFindings()
    {
        var html = Html(Sample(), English);

        var verdict = html.IndexOf("class=\"verdict", StringComparison.Ordinal);
        var budget = html.IndexOf("The budget at a glance", StringComparison.Ordinal);
        var findings = html.IndexOf("What was found, by code", StringComparison.Ordinal);
        verdict.ShouldBeGreaterThan(0);
        budget.ShouldBeGreaterThan(verdict);
        findings.ShouldBeGreaterThan(budget);
    }

    [Fact]
    public void Write_ListsAtMostTheCapPerCode_AndCountsTheRest()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < HtmlReport.MaxRowsPerCode + 1250; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"budget primitif,2022,21560046100085,CRACH,60611,Eau,011,Charges,,,,fonctionnement,réel,dépense,,,,,x{i},,,non spécialisé\n");
        }

        var report = new BudgetValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "big.csv");
        var html = Html(report, English);

        report.Findings.CountOf(FindingCodes.InvalidNumber).ShouldBe(HtmlReport.MaxRowsPerCode + 1250);
        var article = Regex.Match(html, $"<article class=\"code\" id=\"{FindingCodes.InvalidNumber}\">.*?</article>", RegexOptions.Singleline).Value;
        Regex.Count(article, "<tr><td class=\"num\">").ShouldBe(HtmlReport.MaxRowsPerCode);
        article.ShouldContain("… and 1,250 more, not listed here.");
    }

    [Fact]
    public void Write_NeutralizesControlCharacters()
    {
        var csv = Header + "budget primitif,2022,21560046100085,\u001b]0;owned\u0007\u001b[2J,60611,Eau,011,Charges,,,,fonctionnement,réel,dépense,,,,,1,,,non spécialisé\n";
        var report = new BudgetValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "esc.csv");

        var html = Html(report, English);

        html.ShouldNotContain("\u001b");
        html.ShouldNotContain("\u0007");
        html.ShouldContain("␛]0;owned␇␛[2J");
    }

    [Fact]
    public void Write_IsDeterministic() =>
        Html(Sample(), French).ShouldBe(Html(Sample(), French));
}
