using Scdl.Budget.Totem.Tests.Support;
using static Scdl.Budget.Totem.Tests.Support.CalculatedLines;

namespace Scdl.Budget.Totem.Tests.Analysis;

/// <summary>
/// Where a shared TOTEM document carries its own totals, the analysis equals them: the calculated lines of the Mohon
/// CFU 2023 (read with XDocument, the library skips them), and the ratios of <c>InformationsGenerales</c> that the
/// Crach documents fill (CGCT article R. 2313-1: amounts per inhabitant and percentages, rounded to 2 decimals).
/// </summary>
public sealed class OwnTotalsTests
{
    private const string Mohon = "mohon-cfu2023.cfu.xml";

    public static TheoryData<bool> Paths => new() { false, true };

    public static TheoryData<string, bool> FilesWithRatios()
    {
        var data = new TheoryData<string, bool>();
        foreach (var file in TestFiles.ValidXml.Where(f => CalculatedLines.Load(f).InformationNumber("PopTot") > 0))
        {
            data.Add(file, false);
            data.Add(file, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void MohonCfu_Results_AreTheDocumentsOwnBalances(bool throughCsv)
    {
        var calculated = CalculatedLines.Load(Mohon);

        var results = IndependentCheckTests.Analyse(Mohon, throughCsv).Resultats.ShouldNotBeNull();

        results.Fonctionnement.ResultatDeLExercice.Value.ShouldBe(Amount(calculated.Group("SOLDEFONEX"), "MtReal"));
        results.Investissement.ResultatDeLExercice.Value.ShouldBe(Amount(calculated.Group("SOLDEINVEX"), "MtReal"));
        results.ResultatDeLExercice.Value.ShouldBe(Amount(calculated.Group("SOLDEGLOBEX"), "MtReal"));
        results.Fonctionnement.SoldeReporte.Value.ShouldBe(Amount(calculated.Group("SOLDE002"), "MtReal"));
        results.Investissement.SoldeReporte.Value.ShouldBe(Amount(calculated.Group("SOLDE001"), "MtReal"));
        results.Fonctionnement.ResultatDeCloture.Value.ShouldBe(Amount(calculated.Group("SOLDEFONTOTCA"), "MtReal"));
        results.Investissement.ResultatDeCloture.Value.ShouldBe(Amount(calculated.Group("SOLDEINVTOTCA"), "MtReal"));
        results.ResultatDeCloture.Value.ShouldBe(Amount(calculated.Group("SOLDEGLOBALCA"), "MtReal"));
        results.Investissement.RestesARealiserRecettes.ShouldBe(Amount(calculated.Group("GRECTOTINVCA"), "MtRAR3112"));
        results.Investissement.RestesARealiserDepenses.ShouldBe(Amount(calculated.Group("GDEPTOTINVCA"), "MtRAR3112"));
        results.SoldeRestesARealiser.ShouldBe(Amount(calculated.Group("SOLDEGLOBALCA"), "MtRAR3112"));
        results.ResultatGlobal.Value.ShouldBe(Amount(calculated.Group("SOLDEGLOBALCA"), "MtReal") + Amount(calculated.Group("SOLDEGLOBALCA"), "MtRAR3112"));
        results.ResultatGlobal.Value.ShouldBe(795_892.53m);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void MohonCfu_SavingsFigures_AreTheDocumentsOwnTotals_WithWhatTheDefinitionsSetApart(bool throughCsv)
    {
        var calculated = CalculatedLines.Load(Mohon);
        var independent = IndependentFigures.Of(Mohon);

        var epargne = IndependentCheckTests.Analyse(Mohon, throughCsv).Epargne;

        // The document's real operating receipts include the proceeds of a sale of assets (7751: 3,690.60), which the
        // recettes réelles de fonctionnement of the savings cascade leave to investment.
        independent.Cessions.ShouldBe(3_690.60m);
        (epargne.RecettesReellesFonctionnement.Value + independent.Cessions).ShouldBe(Amount(calculated.Group("GRECEXFONREL"), "MtReal"));
        (epargne.DepensesReellesFonctionnement.Value + independent.TravauxEnRegie).ShouldBe(Amount(calculated.Group("GDEPEXFONREL"), "MtReal"));
        (epargne.DepensesEquipement.Value - independent.TravauxEnRegie).ShouldBe(Amount(calculated.Group("GDEPEXINVEQPT"), "MtReal"));

        // Its own capital repayment leaves out the deposits of chapter 16 (165: 469.17), as the definition does.
        epargne.RemboursementCapitalDette.Value.ShouldBe(Amount(calculated.Group("GDEP16RELFIN"), "MtReal"));
        epargne.RemboursementCapitalDette.Value.ShouldBe(63_537.01m);
        epargne.EpargneBrute.Value.ShouldBe(927_490.78m - 701_450.06m);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void MohonCfu_Execution_IsTheDocumentsOwn_PerSectionAndPerChapter(bool throughCsv)
    {
        var calculated = CalculatedLines.Load(Mohon);

        var execution = IndependentCheckTests.Analyse(Mohon, throughCsv).Execution.ShouldNotBeNull();

        foreach (var (group, section, kind, direction) in new[]
        {
            ("GRECEXFONREL", BudgetSection.Fonctionnement, OperationKind.Reel, FlowDirection.Recette),
            ("GDEPEXFONREL", BudgetSection.Fonctionnement, OperationKind.Reel, FlowDirection.Depense),
            ("GRECEXFONORD", BudgetSection.Fonctionnement, OperationKind.Ordre, FlowDirection.Recette),
            ("GDEPEXFONORD", BudgetSection.Fonctionnement, OperationKind.Ordre, FlowDirection.Depense),
            ("GRECEXINVREL", BudgetSection.Investissement, OperationKind.Reel, FlowDirection.Recette),
            ("GDEPEXINVREL", BudgetSection.Investissement, OperationKind.Reel, FlowDirection.Depense),
            ("GRECEXINVORD", BudgetSection.Investissement, OperationKind.Ordre, FlowDirection.Recette),
            ("GDEPEXINVORD", BudgetSection.Investissement, OperationKind.Ordre, FlowDirection.Depense),
        })
        {
            var total = execution.Sections.Single(t => t.Section == section && t.OperationKind == kind && t.Direction == direction);
            var line = calculated.Group(group);
            (total.CreditsOuverts, total.Realisations, total.RestesARealiser)
                .ShouldBe((Amount(line, "CredOuv"), Amount(line, "MtReal"), Amount(line, "MtRAR3112")), group);
        }

        var chapters = calculated.ChapterTotals().Where(c => c.Chapter is not ("001" or "002")).ToList();
        chapters.Count.ShouldBe(execution.Chapters.Count);
        foreach (var (chapter, direction, kind, line) in chapters)
        {
            var found = execution.Chapters.Where(c => c.ChapterCode == chapter
                && c.Direction == (direction == "R" ? FlowDirection.Recette : FlowDirection.Depense)
                && c.OperationKind == (kind == "0" ? OperationKind.Reel : OperationKind.Ordre)).ShouldHaveSingleItem();
            (found.CreditsOuverts, found.Realisations, found.RestesARealiser)
                .ShouldBe((Amount(line, "CredOuv"), Amount(line, "MtReal"), Amount(line, "MtRAR3112")), chapter + " " + direction);
        }
    }

    /// <summary>
    /// The ratios a TOTEM document states in <c>InformationsGenerales</c> (CGCT article R. 2313-1; filled by the finance
    /// software in the Crach documents and the Mohon CFU, zeros in Saint-Malo's), on the same amounts as the document
    /// (voted for a budget: a décision modificative states them on the budget voted to date). The ratios take every
    /// real operating receipt, proceeds of sales of assets (775) included, where the savings cascade leaves them to
    /// investment; and their "dépenses + remboursement de dette" takes all of chapter 16, deposits (165) included.
    /// </summary>
    [Theory]
    [MemberData(nameof(FilesWithRatios))]
    public void Ratios_AreTheOnesTheDocumentStates(string file, bool throughCsv)
    {
        var calculated = CalculatedLines.Load(file);
        var independent = IndependentFigures.Of(file);
        var population = calculated.InformationNumber("PopTot")!.Value;

        var epargne = IndependentCheckTests.Analyse(file, throughCsv).Epargne;

        var rrf = epargne.RecettesReellesFonctionnement.Value!.Value + independent.Cessions;
        var drf = epargne.DepensesReellesFonctionnement.Value!.Value;
        var equipement = epargne.DepensesEquipement.Value!.Value;
        var brute = epargne.EpargneBrute.Value!.Value + independent.Cessions;
        var nette = epargne.EpargneNette.Value!.Value + independent.Cessions;
        var checkedRatios = new List<string>();
        Check("ValDepRFonc", drf / population);
        Check("ValRecRFonc", rrf / population);
        Check("ValDepFoncRemDette", (drf + epargne.RemboursementCapitalDette.Value!.Value + independent.DepotsEtCautionnements) / rrf * 100m);
        Check("ValDepEq", equipement / population);
        Check("ValDepEqB", equipement / rrf * 100m);
        Check("ValEparRFonc", brute / rrf * 100m);
        Check("ValEparNetRFonc", nette / rrf * 100m);
        checkedRatios.Count.ShouldBeGreaterThanOrEqualTo(5);

        void Check(string code, decimal computed)
        {
            if (calculated.InformationValue(code) is not var (stated, decimals))
            {
                return;
            }

            Math.Round(computed, decimals, MidpointRounding.AwayFromZero).ShouldBe(stated, code + ": computed " + computed);
            checkedRatios.Add(code);
        }
    }
}
