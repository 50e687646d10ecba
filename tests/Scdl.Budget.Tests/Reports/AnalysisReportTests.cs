using System.Globalization;
using System.Text.Json;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Reports;
using Scdl.Budget.Tests.Validation;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Reports;

/// <summary>The analysis computed in the validation's pass, and how the text, JSON and HTML reports show it.</summary>
public sealed class AnalysisReportTests
{
    private static readonly ReportOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };
    private static readonly ReportOptions English = new() { Culture = CultureInfo.GetCultureInfo("en") };

    /// <summary>The Morbihan CA 2021 with its step spelled as the schema wants: its lines type, and carry functions.</summary>
    private static ValidationReport Morbihan(AnalysisOptions? analysis) =>
        new BudgetValidator(RealFiles.Options(RealFiles.MorbihanCa2021) with { Analysis = analysis })
            .Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
                System.Text.Encoding.UTF8.GetString(RealFiles.Bytes(RealFiles.MorbihanCa2021)).Replace("Compte administratif,", "compte administratif,", StringComparison.Ordinal))), "morbihan.csv");

    private static string Html(ValidationReport report, ReportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReport.Write(writer, report, options);
        return writer.ToString();
    }

    [Fact]
    public void Validate_WithoutAnalysisOption_HasNoAnalysis()
    {
        var report = RealFiles.Validate(RealFiles.BocenoCa2021);

        report.Analysis.ShouldBeNull();
        ReportTests.ToJson(report, English).ShouldNotContain("\"analysis\"");
        Html(report, English).ShouldNotContain("class=\"analysis\"");
    }

    [Fact]
    public void Validate_WithAnalysisOption_GivesTheAnalysisOfTheSameLines()
    {
        var report = Morbihan(AnalysisOptions.Default);
        var records = BudgetCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(RealFiles.Bytes(RealFiles.MorbihanCa2021)).Replace("Compte administratif,", "compte administratif,", StringComparison.Ordinal))),
            new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters });
        var expected = BudgetAnalyzer.Analyze(records).Documents.ShouldHaveSingleItem();

        var document = report.Analysis.ShouldNotBeNull().Documents.ShouldHaveSingleItem();

        document.LineCount.ShouldBe(expected.LineCount);
        document.Epargne.EpargneBrute.ShouldBe(expected.Epargne.EpargneBrute);
        document.Resultats.ShouldNotBeNull().ResultatGlobal.ShouldBe(expected.Resultats!.ResultatGlobal);
        document.Fonctions.Fonctionnement.ShouldBe(expected.Fonctions.Fonctionnement);
        report.Analysis.LinesNotCounted.ShouldBe(report.Summary.LinesNotCounted);
    }

    [Fact]
    public void Validate_NomenclatureOfTheValidation_AppliesToTheAnalysis()
    {
        var report = RealFiles.Validate(RealFiles.BocenoCa2021, RealFiles.Options(RealFiles.BocenoCa2021) with
        {
            Nomenclature = "M14-M14_COM_500_3500",
            Analysis = AnalysisOptions.Default,
        });

        report.Analysis.ShouldNotBeNull().Documents.ShouldAllBe(d => d.Nomenclature == "M14");
    }

    [Fact]
    public void Text_PrintsEachFigure_AndWhyAFigureIsMissing()
    {
        var report = Morbihan(AnalysisOptions.Default);
        var epargne = report.Analysis!.Documents[0].Epargne;

        var text = ReportTests.ToText(report, French);

        text.ShouldContain("Analyse budgétaire — DEPARTEMENT DU MORBIHAN 56, compte administratif 2021");
        text.ShouldContain("Épargne brute");
        text.ShouldContain(epargne.EpargneBrute.Value!.Value.ToString("N2", CultureInfo.GetCultureInfo("fr-FR")));
        text.ShouldContain("Capacité de désendettement");
        text.ShouldContain("non calculable : Il faut l'encours de la dette au 31 décembre");
        text.ShouldContain("Principales fonctions (dépenses réelles de l'exercice)");
        text.IndexOf("Analyse budgétaire", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Synthèse budgétaire", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_HasTheFiguresUnderStableNames()
    {
        var report = Morbihan(new AnalysisOptions { OutstandingDebt = 1_000_000m });
        var expected = report.Analysis!.Documents[0];

        using var json = JsonDocument.Parse(ReportTests.ToJson(report, English));

        var document = json.RootElement.GetProperty("analysis").GetProperty("documents")[0];
        document.GetProperty("basis").GetString().ShouldBe("realised");
        var epargne = document.GetProperty("epargne");
        epargne.GetProperty("epargneBrute").GetProperty("value").GetDecimal().ShouldBe(expected.Epargne.EpargneBrute.Value!.Value);
        epargne.GetProperty("capaciteDeDesendettement").GetProperty("value").GetDecimal().ShouldBe(expected.Epargne.CapaciteDeDesendettement.Value!.Value);
        epargne.GetProperty("encoursDeLaDette").GetProperty("gap").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("resultats").GetProperty("resultatGlobal").GetProperty("value").GetDecimal().ShouldBe(expected.Resultats!.ResultatGlobal.Value!.Value);
        document.GetProperty("equilibre").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("execution").GetProperty("sections").GetArrayLength().ShouldBe(8);
        document.GetProperty("fonctions").GetProperty("fonctionnement")[0].GetProperty("function").GetString().ShouldBe(expected.Fonctions.Fonctionnement[0].FunctionCode);
    }

    [Fact]
    public void Json_AFigureWithoutValue_SaysWhyInWords()
    {
        using var json = JsonDocument.Parse(ReportTests.ToJson(Morbihan(AnalysisOptions.Default), French));

        var capacite = json.RootElement.GetProperty("analysis").GetProperty("documents")[0].GetProperty("epargne").GetProperty("capaciteDeDesendettement");
        capacite.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        capacite.GetProperty("gap").GetString().ShouldBe("debt-not-given");
        capacite.GetProperty("gapText").GetString()!.ShouldStartWith("Il faut l'encours de la dette");
    }

    [Fact]
    public void Html_OpensOnTheFigures_WithChartsTheirTextAlternativesAndMeanings()
    {
        var report = Morbihan(new AnalysisOptions { OutstandingDebt = 1_000_000m });

        var html = Html(report, French);

        var analysis = html.IndexOf("class=\"analysis\"", StringComparison.Ordinal);
        analysis.ShouldBeGreaterThan(0);
        analysis.ShouldBeLessThan(html.IndexOf("<h2>Le budget en un coup d", StringComparison.Ordinal) is var budget and > 0 ? budget : int.MaxValue);
        analysis.ShouldBeLessThan(html.IndexOf("<h2>Ce qui a été trouvé", StringComparison.Ordinal) is var findings and > 0 ? findings : int.MaxValue);
        html.ShouldContain("<h2 id=\"analysis-0\">L&#39;essentiel — DEPARTEMENT DU MORBIHAN 56, compte administratif 2021");
        html.ShouldContain("Ce que le fonctionnement laisse pour rembourser la dette et investir");
        html.ShouldContain("aria-labelledby=\"analysis-0-waterfall-title analysis-0-waterfall-desc\"");
        html.ShouldContain("<desc id=\"analysis-0-waterfall-desc\">Recettes réelles de fonctionnement ");
        html.ShouldContain("<title id=\"analysis-0-execution-title\">Taux d&#39;exécution, par section</title>");
        html.ShouldContain("<title id=\"analysis-0-sections-title\">");
        html.ShouldContain("Capacité de désendettement");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("src=", Case.Insensitive);
        html.ShouldNotContain("https://", Case.Insensitive);
    }

    [Fact]
    public void Html_InEnglish_SaysTheFiguresInEnglish()
    {
        var html = Html(Morbihan(AnalysisOptions.Default), English);

        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("The key figures — DEPARTEMENT DU MORBIHAN 56, compte administratif 2021");
        html.ShouldContain("not computed: Needs the outstanding debt at the end of the year");
    }

    [Theory]
    [InlineData("fr-FR", "1.11", "1,11 an")]
    [InlineData("fr-FR", "2.69", "2,69 ans")]
    [InlineData("en", "1.11", "1.11 years")]
    [InlineData("en", "1", "1.00 year")]
    public void Years_AgreeWithTheirNumber(string culture, string years, string expected) =>
        AnalysisRows.Years(decimal.Parse(years, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)).Replace('\u202f', ' ').ShouldBe(expected);
}
