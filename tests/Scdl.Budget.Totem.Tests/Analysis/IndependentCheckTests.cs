using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests.Analysis;

/// <summary>
/// Every figure of the analysis of every shared real TOTEM document equals a calculation made here from the
/// document's lines by another path (<see cref="IndependentFigures"/>), both when the analysis reads the TOTEM file and
/// when it reads the CSV converted from it.
/// </summary>
public sealed class IndependentCheckTests
{
    public static TheoryData<string, bool> FilesAndPaths()
    {
        var data = new TheoryData<string, bool>();
        foreach (var file in TestFiles.ValidXml)
        {
            data.Add(file, false);
            data.Add(file, true);
        }

        return data;
    }

    /// <summary>Analyses a TOTEM document with the nomenclature it names, from its lines or from the CSV converted from it.</summary>
    internal static DocumentAnalysis Analyse(string file, bool throughCsv, decimal? debt = null)
    {
        var options = new AnalysisOptions { Nomenclature = CalculatedLines.Load(file).Nomenclature, OutstandingDebt = debt };
        if (!throughCsv)
        {
            return BudgetAnalyzer.Analyze(TotemConverter.Read(TestFiles.XmlStream(file)), options).Documents.ShouldHaveSingleItem();
        }

        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes(file)));
        TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv").IsValid.ShouldBeTrue();
        var analysis = BudgetAnalyzer.Analyze(BudgetCsv.Read(fileSystem, "/out.csv"), options);
        analysis.LinesNotCounted.ShouldBe(0);
        return analysis.Documents.ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(FilesAndPaths))]
    public void Flows_AndResults_EqualTheIndependentCalculation(string file, bool throughCsv)
    {
        var expected = IndependentFigures.Of(file);

        var document = Analyse(file, throughCsv);

        foreach (var (section, flows) in new[] { ("F", document.Fonctionnement), ("I", document.Investissement) })
        {
            flows.RecettesReelles.ShouldBe(expected.Flow(section, "reel", "R"), section);
            flows.RecettesOrdre.ShouldBe(expected.Flow(section, "ordre", "R"), section);
            flows.RecettesReportees.ShouldBe(expected.Flow(section, "reporte", "R"), section);
            flows.DepensesReelles.ShouldBe(expected.Flow(section, "reel", "D"), section);
            flows.DepensesOrdre.ShouldBe(expected.Flow(section, "ordre", "D"), section);
            flows.DepensesReportees.ShouldBe(expected.Flow(section, "reporte", "D"), section);
        }

        document.IsRealised.ShouldBe(expected.Realised);
        if (expected.Realised)
        {
            var results = document.Resultats.ShouldNotBeNull();
            document.Equilibre.ShouldBeNull();
            foreach (var (section, result) in new[] { ("F", results.Fonctionnement), ("I", results.Investissement) })
            {
                result.ResultatDeLExercice.Value.ShouldBe(expected.ResultOfTheYear(section), section);
                result.SoldeReporte.Value.ShouldBe(expected.CarriedForward(section), section);
                result.ResultatDeCloture.Value.ShouldBe(expected.ResultOfTheYear(section) + expected.CarriedForward(section), section);
                result.RestesARealiserRecettes.ShouldBe(expected.RestesARealiser(section, "R"), section);
                result.RestesARealiserDepenses.ShouldBe(expected.RestesARealiser(section, "D"), section);
            }

            var restes = expected.RestesARealiser("F", "R") + expected.RestesARealiser("I", "R") - expected.RestesARealiser("F", "D") - expected.RestesARealiser("I", "D");
            results.SoldeRestesARealiser.ShouldBe(restes);
            results.ResultatGlobal.Value.ShouldBe(expected.ResultOfTheYear("F") + expected.ResultOfTheYear("I") + expected.CarriedForward("F") + expected.CarriedForward("I") + restes);
        }
        else
        {
            document.Resultats.ShouldBeNull();
            var balance = document.Equilibre.ShouldNotBeNull();
            balance.EcartFonctionnement.ShouldBe(expected.ResultOfTheYear("F") + expected.CarriedForward("F"));
            balance.EcartInvestissement.ShouldBe(expected.ResultOfTheYear("I") + expected.CarriedForward("I"));
        }
    }

    [Theory]
    [MemberData(nameof(FilesAndPaths))]
    public void SavingsCascade_EqualsTheIndependentCalculation(string file, bool throughCsv)
    {
        var expected = IndependentFigures.Of(file);

        var epargne = Analyse(file, throughCsv, debt: 1_000_000m).Epargne;

        epargne.RecettesReellesFonctionnement.Value.ShouldBe(expected.RecettesReellesFonctionnement);
        epargne.DepensesReellesFonctionnement.Value.ShouldBe(expected.DepensesReellesFonctionnement);
        epargne.InteretsDeLaDette.Value.ShouldBe(expected.InteretsDeLaDette);
        epargne.EpargneDeGestion.Value.ShouldBe(expected.EpargneDeGestion);
        epargne.EpargneBrute.Value.ShouldBe(expected.EpargneBrute);
        epargne.RemboursementCapitalDette.Value.ShouldBe(expected.RemboursementCapitalDette);
        epargne.EpargneNette.Value.ShouldBe(expected.EpargneNette);
        epargne.DepensesEquipement.Value.ShouldBe(expected.DepensesEquipement);
        if (expected.RecettesReellesFonctionnement == 0)
        {
            epargne.TauxEpargneBrute.Gap.ShouldBe(FigureGap.BaseIsZero);
        }
        else
        {
            epargne.TauxEpargneBrute.Value.ShouldBe(Math.Round(expected.EpargneBrute / expected.RecettesReellesFonctionnement, 6, MidpointRounding.AwayFromZero));
        }

        epargne.EncoursDeLaDette.Value.ShouldBe(1_000_000m);
        if (expected.EpargneBrute > 0)
        {
            epargne.CapaciteDeDesendettement.Value.ShouldBe(Math.Round(1_000_000m / expected.EpargneBrute, 2, MidpointRounding.AwayFromZero));
        }
        else
        {
            epargne.CapaciteDeDesendettement.Gap.ShouldBe(FigureGap.EpargneBruteNotPositive);
        }
    }

    [Theory]
    [MemberData(nameof(FilesAndPaths))]
    public void Execution_EqualsTheIndependentCalculation(string file, bool throughCsv)
    {
        var expected = IndependentFigures.Of(file);

        var document = Analyse(file, throughCsv);

        if (!expected.Realised)
        {
            document.Execution.ShouldBeNull();
            return;
        }

        var execution = document.Execution.ShouldNotBeNull();
        execution.Sections.Count.ShouldBe(8);
        foreach (var total in execution.Sections)
        {
            var section = total.Section == BudgetSection.Fonctionnement ? "F" : "I";
            var kind = total.OperationKind == OperationKind.Reel ? "reel" : "ordre";
            var direction = total.Direction == FlowDirection.Recette ? "R" : "D";
            var credits = expected.Column(section, kind, direction, "CredOuv");
            var realised = expected.Column(section, kind, direction, "MtReal");
            total.CreditsOuverts.ShouldBe(credits);
            total.Realisations.ShouldBe(realised);
            total.RestesARealiser.ShouldBe(expected.Column(section, kind, direction, "MtRAR3112"));
            if (credits == 0)
            {
                total.TauxExecution.Gap.ShouldBe(FigureGap.BaseIsZero);
            }
            else
            {
                total.TauxExecution.Value.ShouldBe(Math.Round(realised / credits, 6, MidpointRounding.AwayFromZero));
            }
        }

        execution.Chapters.Sum(c => c.Realisations).ShouldBe(execution.Sections.Sum(s => s.Realisations));
        execution.Chapters.Sum(c => c.CreditsOuverts).ShouldBe(execution.Sections.Sum(s => s.CreditsOuverts));
    }

    [Theory]
    [MemberData(nameof(FilesAndPaths))]
    public void SharedDocuments_CarryNoFunction_AndTheBreakdownSaysSo(string file, bool throughCsv)
    {
        var fonctions = Analyse(file, throughCsv).Fonctions;

        fonctions.Gap.ShouldBe(FigureGap.NoFunction);
        fonctions.Fonctionnement.ShouldBeEmpty();
    }
}
