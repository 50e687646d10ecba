using System.Globalization;
using System.Text;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Nomenclature;
using Scdl.Budget.Tests.Validation;

namespace Scdl.Budget.Tests.Analysis;

public sealed class BudgetAnalyzerTests
{
    private static BudgetLine Ca(string account, string chapter, BudgetSection section, FlowDirection direction, decimal realised, OperationKind kind = OperationKind.Reel) =>
        Lines.Valid() with
        {
            Step = BudgetStep.CompteAdministratif,
            Year = 2021,
            AccountCode = account,
            ChapterCode = chapter,
            Section = section,
            Direction = direction,
            OperationKind = kind,
            Realisations = realised,
            MontantVote = null,
        };

    /// <summary>A small compte administratif: every figure of it is worked out by hand in the tests below.</summary>
    private static IEnumerable<BudgetLine> CompteAdministratif()
    {
        const BudgetSection F = BudgetSection.Fonctionnement;
        const BudgetSection I = BudgetSection.Investissement;
        const FlowDirection R = FlowDirection.Recette;
        const FlowDirection D = FlowDirection.Depense;
        yield return Ca("73111", "731", F, R, 1000m);
        yield return Ca("7411", "74", F, R, 500m);
        yield return Ca("775", "77", F, R, 80m);              // a sale of assets: left to investment
        yield return Ca("002", "002", F, R, 300m);            // résultat reporté: carried forward, not real
        yield return Ca("60611", "011", F, D, 700m);
        yield return Ca("6411", "012", F, D, 400m);
        yield return Ca("66111", "66", F, D, 50m);
        yield return Ca("722", "042", F, R, 30m, OperationKind.Ordre);   // travaux en régie
        yield return Ca("6811", "042", F, D, 100m, OperationKind.Ordre);
        yield return Ca("28041", "040", I, R, 100m, OperationKind.Ordre);
        yield return Ca("2313", "040", I, D, 30m, OperationKind.Ordre);
        yield return Ca("1641", "16", I, D, 120m);
        yield return Ca("165", "16", I, D, 10m);               // a deposit repaid: not debt
        yield return Ca("2183", "21", I, D, 200m) with { RestesARealiser = 40m, CreditsOuverts = 400m };
        yield return Ca("1321", "13", I, R, 60m) with { RestesARealiser = 15m, CreditsOuverts = 90m };
        yield return Ca("001", "001", I, D, 25m);             // déficit d'investissement reporté
    }

    [Fact]
    public void CompteAdministratif_Flows_LeaveTheCarriedForwardBalancesApart()
    {
        var document = BudgetAnalyzer.Analyze(CompteAdministratif()).Documents.ShouldHaveSingleItem();

        document.Basis.ShouldBe(AnalysisBasis.Realised);
        document.Fonctionnement.ShouldBe(new SectionFlows(BudgetSection.Fonctionnement, 1580m, 30m, 300m, 1150m, 100m, 0m));
        document.Investissement.ShouldBe(new SectionFlows(BudgetSection.Investissement, 60m, 100m, 0m, 330m, 30m, 25m));
        document.Fonctionnement.RecettesDeLExercice.ShouldBe(1610m);
        document.Fonctionnement.RecettesTotales.ShouldBe(1910m);
    }

    [Fact]
    public void CompteAdministratif_Results_OfTheYear_CarriedForward_Closing_AndGlobal()
    {
        var results = BudgetAnalyzer.Analyze(CompteAdministratif()).Documents[0].Resultats.ShouldNotBeNull();

        results.Fonctionnement.ResultatDeLExercice.Value.ShouldBe(1610m - 1250m);
        results.Fonctionnement.SoldeReporte.Value.ShouldBe(300m);
        results.Fonctionnement.ResultatDeCloture.Value.ShouldBe(660m);
        results.Investissement.ResultatDeLExercice.Value.ShouldBe(160m - 360m);
        results.Investissement.SoldeReporte.Value.ShouldBe(-25m);
        results.Investissement.ResultatDeCloture.Value.ShouldBe(-225m);
        results.Investissement.SoldeRestesARealiser.ShouldBe(15m - 40m);
        results.ResultatDeCloture.Value.ShouldBe(435m);
        results.ResultatGlobal.Value.ShouldBe(410m);
    }

    [Fact]
    public void CompteAdministratif_SavingsCascade_FollowsTheDefinitions()
    {
        var epargne = BudgetAnalyzer.Analyze(CompteAdministratif(), new AnalysisOptions { OutstandingDebt = 1000m }).Documents[0].Epargne;

        epargne.RecettesReellesFonctionnement.Value.ShouldBe(1500m);  // 1,580 real, without the 80 of 775
        epargne.DepensesReellesFonctionnement.Value.ShouldBe(1120m);  // 1,150 real, without the 30 of travaux en régie
        epargne.InteretsDeLaDette.Value.ShouldBe(50m);
        epargne.EpargneDeGestion.Value.ShouldBe(430m);
        epargne.EpargneBrute.Value.ShouldBe(380m);
        epargne.TauxEpargneBrute.Value.ShouldBe(0.253333m);
        epargne.RemboursementCapitalDette.Value.ShouldBe(120m);       // chapter 16 without the 10 of deposits
        epargne.EpargneNette.Value.ShouldBe(260m);
        epargne.DepensesEquipement.Value.ShouldBe(230m);             // 200 of chapter 21 and the 30 of travaux en régie
        epargne.EncoursDeLaDette.Value.ShouldBe(1000m);
        epargne.CapaciteDeDesendettement.Value.ShouldBe(2.63m);
    }

    [Fact]
    public void CapaciteDeDesendettement_SaysWhatItMisses()
    {
        BudgetAnalyzer.Analyze(CompteAdministratif()).Documents[0].Epargne.CapaciteDeDesendettement.Gap.ShouldBe(FigureGap.DebtNotGiven);
        var deficit = CompteAdministratif().Append(Ca("6574", "65", BudgetSection.Fonctionnement, FlowDirection.Depense, 1000m));
        var epargne = BudgetAnalyzer.Analyze(deficit, new AnalysisOptions { OutstandingDebt = 1000m }).Documents[0].Epargne;
        epargne.EpargneBrute.Value.ShouldBe(-620m);
        epargne.CapaciteDeDesendettement.Gap.ShouldBe(FigureGap.EpargneBruteNotPositive);
        epargne.CapaciteDeDesendettement.Value.ShouldBeNull();
    }

    [Fact]
    public void CompteAdministratif_Execution_PerSectionAndChapter_WithoutTheCarriedForwardBalances()
    {
        var execution = BudgetAnalyzer.Analyze(CompteAdministratif()).Documents[0].Execution.ShouldNotBeNull();

        var equipment = execution.Sections.Single(s => s.Section == BudgetSection.Investissement && s.OperationKind == OperationKind.Reel && s.Direction == FlowDirection.Depense);
        (equipment.CreditsOuverts, equipment.Realisations, equipment.RestesARealiser).ShouldBe((400m, 330m, 40m));
        equipment.TauxExecution.Value.ShouldBe(0.825m);
        execution.Sections.Single(s => s.Section == BudgetSection.Fonctionnement && s.OperationKind == OperationKind.Reel && s.Direction == FlowDirection.Recette)
            .TauxExecution.Gap.ShouldBe(FigureGap.BaseIsZero);
        execution.Chapters.Select(c => c.ChapterCode).ShouldBe(["011", "012", "040", "040", "042", "042", "13", "16", "21", "66", "731", "74", "77"]);
        execution.Chapters.Single(c => c.ChapterCode == "21").TauxExecution.Value.ShouldBe(0.5m);
    }

    [Fact]
    public void Budget_HasABalanceAndAVirement_NoResultNorExecution()
    {
        var document = BudgetAnalyzer.Analyze(Lines.BalancedBudget()).Documents.ShouldHaveSingleItem();

        document.Basis.ShouldBe(AnalysisBasis.Voted);
        document.Resultats.ShouldBeNull();
        document.Execution.ShouldBeNull();
        document.Equilibre.ShouldBe(new BudgetBalance(0m, 0m, 200m, 200m));
        document.Epargne.EpargneBrute.Value.ShouldBe(1200m - 900m);
        document.Epargne.CapaciteDeDesendettement.Gap.ShouldBe(FigureGap.DebtNotGiven);
    }

    [Fact]
    public void DecisionModificative_IsAnalysedOnTheBudgetVotedToDate_WhenItGivesThePreviousBudget()
    {
        var dm = Lines.Valid() with { Step = BudgetStep.DecisionModificative, AccountCode = "60611", ChapterCode = "011", BudgetPrecedent = 900m, MontantVote = 50m };
        var recette = dm with { AccountCode = "7411", ChapterCode = "74", Direction = FlowDirection.Recette, BudgetPrecedent = 1200m, MontantVote = 0m };

        var toDate = BudgetAnalyzer.Analyze([dm, recette]).Documents[0];
        var alone = BudgetAnalyzer.Analyze([dm with { BudgetPrecedent = null }, recette with { BudgetPrecedent = null }]).Documents[0];

        toDate.Basis.ShouldBe(AnalysisBasis.VotedToDate);
        toDate.Epargne.EpargneBrute.Value.ShouldBe(1200m - 950m);
        alone.Basis.ShouldBe(AnalysisBasis.Voted);
        alone.Epargne.EpargneBrute.Value.ShouldBe(-50m);
    }

    [Fact]
    public void CompteAdministratif_WithoutExecutedAmounts_SaysTheAmountsAreMissing()
    {
        var lines = CompteAdministratif().Select(l => l with { Realisations = null, MontantVote = 10m });

        var document = BudgetAnalyzer.Analyze(lines).Documents[0];

        document.AmountsMissing.ShouldBeTrue();
        document.Epargne.EpargneBrute.Gap.ShouldBe(FigureGap.AmountsMissing);
        document.Resultats!.ResultatGlobal.Gap.ShouldBe(FigureGap.AmountsMissing);
        document.GetFigure(FigureName.RecettesFonctionnement).Gap.ShouldBe(FigureGap.AmountsMissing);
    }

    [Fact]
    public void LinesWithoutAccount_MakeTheFiguresDefinedByAccountsSaySo_NotTheOthers()
    {
        var lines = CompteAdministratif().Append(Ca(string.Empty, "66", BudgetSection.Fonctionnement, FlowDirection.Depense, 5m));

        var epargne = BudgetAnalyzer.Analyze(lines).Documents[0].Epargne;

        epargne.InteretsDeLaDette.Gap.ShouldBe(FigureGap.AccountsMissing);
        epargne.EpargneDeGestion.Gap.ShouldBe(FigureGap.AccountsMissing);
        epargne.DepensesReellesFonctionnement.Value.ShouldBe(1125m);
        epargne.EpargneBrute.Value.ShouldBe(375m);
    }

    [Fact]
    public void Nomenclature_PicksItsDefinitions()
    {
        var lines = CompteAdministratif().Append(Ca("204", "204", BudgetSection.Investissement, FlowDirection.Depense, 7m));

        BudgetAnalyzer.Analyze(lines, new AnalysisOptions { Nomenclature = "M57-M57_A" }).Documents[0].Epargne.DepensesEquipement.Value.ShouldBe(237m);
        var m4 = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { Nomenclature = "M4-M43_D" }).Documents[0];
        m4.Nomenclature.ShouldBe("M4");
        m4.Epargne.DepensesEquipement.Value.ShouldBe(230m);
        BudgetAnalyzer.Analyze(lines).Documents[0].Nomenclature.ShouldBeNull();
        BudgetAnalyzer.Analyze(lines, new AnalysisOptions { Nomenclature = "m4" }).Documents[0].Nomenclature.ShouldBe("M4");
        var unknown = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { Nomenclature = "not a nomenclature" }).Documents[0];
        unknown.Nomenclature.ShouldBeNull();
        unknown.Epargne.DepensesEquipement.Value.ShouldBe(237m);
    }

    [Fact]
    public void Functions_WhenTheLinesCarryNone_SaySo_AndWhenTheyDo_GiveTheLargest()
    {
        BudgetAnalyzer.Analyze(CompteAdministratif()).Documents[0].Fonctions.Gap.ShouldBe(FigureGap.NoFunction);

        var lines = CompteAdministratif().Select((l, i) => l with { FunctionCode = (i % 3).ToString(CultureInfo.InvariantCulture), FunctionLabel = "F" + (i % 3).ToString(CultureInfo.InvariantCulture) });
        var fonctions = BudgetAnalyzer.Analyze(lines, new AnalysisOptions { TopFunctions = 2 }).Documents[0].Fonctions;

        fonctions.Gap.ShouldBeNull();
        // Real dépenses de fonctionnement: 700 (line 4, function 1), 400 (line 5, function 2), 50 (line 6, function 0).
        fonctions.Fonctionnement.Select(f => (f.FunctionCode, f.FunctionLabel, f.Amount)).ShouldBe([("1", "F1", 700m), ("2", "F2", 400m)]);
        fonctions.Fonctionnement[0].Share.Value.ShouldBe(Math.Round(700m / 1150m, 6, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Records_WithoutALine_AreCountedApart()
    {
        var records = new[]
        {
            new BudgetRecord(Lines.Valid(), 2, []),
            new BudgetRecord(null, 3, [new Finding(FindingCodes.RequiredValueMissing, FindingSeverity.Error, new SourceLocation(3, "BGT_SIRET"), string.Empty, ["BGT_SIRET"])]),
        };

        var analysis = BudgetAnalyzer.Analyze(records);

        analysis.LinesNotCounted.ShouldBe(1);
        analysis.Documents.ShouldHaveSingleItem().LineCount.ShouldBe(1);
    }

    [Fact]
    public async Task AnalyzeAsync_GivesWhatAnalyzeGives_AndStopsWhenCancelled()
    {
        var options = new AnalysisOptions { OutstandingDebt = 1000m };
        var expected = BudgetAnalyzer.Analyze(CompteAdministratif(), options).Documents[0];

        var actual = (await BudgetAnalyzer.AnalyzeAsync(CompteAdministratif().ToAsyncEnumerable(), options)).Documents[0];
        var fromRecords = (await BudgetAnalyzer.AnalyzeAsync(CompteAdministratif().Select((l, i) => new BudgetRecord(l, i + 2, [])).ToAsyncEnumerable(), options)).Documents[0];

        actual.Epargne.ShouldBe(expected.Epargne);
        actual.Fonctionnement.ShouldBe(expected.Fonctionnement);
        fromRecords.Epargne.ShouldBe(expected.Epargne);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => BudgetAnalyzer.AnalyzeAsync(CompteAdministratif().ToAsyncEnumerable(), options, cancelled.Token));
    }

    [Fact]
    public void ManyDocuments_BeyondTheBound_AreCountedNotAnalysed()
    {
        var lines = Enumerable.Range(0, AnalysisRun.MaxDocuments + 5).Select(i => Lines.Valid() with { Year = 1000 + i });

        var analysis = BudgetAnalyzer.Analyze(lines);

        analysis.Documents.Count.ShouldBe(AnalysisRun.MaxDocuments);
        analysis.LinesNotCounted.ShouldBe(5);
    }

    [Theory]
    [InlineData("fr", "encours de la dette")]
    [InlineData("en", "outstanding debt")]
    public void Gaps_AreExplainedInEachLanguage(string language, string expected)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var figure = BudgetAnalyzer.Analyze(CompteAdministratif()).Documents[0].Epargne.CapaciteDeDesendettement;

        figure.GetGapText(culture)!.ShouldContain(expected);
        foreach (var gap in Enum.GetValues<FigureGap>())
        {
            AnalysisFigure.Missing(gap).GetGapText(culture)!.ShouldNotStartWith("Analysis.");
        }

        AnalysisFigure.Of(1m).GetGapText(culture).ShouldBeNull();
    }

    /// <summary>
    /// The Morbihan CA 2021 carries functions on every line: the largest real expenses per function of each section are
    /// those a plain reading of the CSV text gives (the file's step spelled right so that its lines type).
    /// </summary>
    [Fact]
    public void MorbihanCa_LargestFunctions_AreThoseTheFileGives()
    {
        var text = Encoding.UTF8.GetString(RealFiles.Bytes(RealFiles.MorbihanCa2021)).Replace("Compte administratif,", "compte administratif,", StringComparison.Ordinal);
        var expected = ExpectedTopFunctions(text);

        var records = BudgetCsv.Read(new StringReader(text), new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters });
        var document = BudgetAnalyzer.Analyze(records, new AnalysisOptions { Nomenclature = "M52" }).Documents.ShouldHaveSingleItem();

        document.Fonctions.Gap.ShouldBeNull();
        document.Fonctions.Fonctionnement.Select(f => (f.FunctionCode, f.Amount)).ShouldBe(expected["fonctionnement"]);
        document.Fonctions.Investissement.Select(f => (f.FunctionCode, f.Amount)).ShouldBe(expected["investissement"]);
        document.Fonctions.Fonctionnement[0].FunctionLabel.ShouldBe("RSA allocations");
        document.Fonctions.Fonctionnement[0].Amount.ShouldBe(86_118_430.87m);
    }

    private static Dictionary<string, List<(string, decimal)>> ExpectedTopFunctions(string csv)
    {
        var rows = RealCsv.Parse(csv).Select(r => r.Cells).ToList();
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        var totals = new Dictionary<(string Section, string Function), decimal>();
        foreach (var row in rows.Skip(1))
        {
            if (row[Column("BGT_CODRD")] == "dépense" && row[Column("BGT_OPBUDG")] == "réel" && row[Column("BGT_CONTNAT")] is not ("001" or "002"))
            {
                var key = (row[Column("BGT_SECTION")], row[Column("BGT_FONCTION")]);
                var amount = row[Column("BGT_MTREAL")] is { Length: > 0 } value ? decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture) : 0m;
                totals[key] = totals.GetValueOrDefault(key) + amount;
            }
        }

        return totals
            .GroupBy(t => t.Key.Section, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Where(t => t.Value != 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key.Function, StringComparer.Ordinal).Take(5).Select(t => (t.Key.Function, t.Value)).ToList(),
                StringComparer.Ordinal);
    }
}
