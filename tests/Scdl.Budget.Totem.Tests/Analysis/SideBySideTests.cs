using Scdl.Budget.Analysis;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests.Analysis;

/// <summary>
/// The shared Crach documents of the budget principal (budget primitif 2022, décision modificative 2 of 2021, compte
/// administratif 2021) lined up: the budget voted for 2021 against what was carried out, and the budget voted for
/// 2022 against 2021's. Expected figures come from <see cref="IndependentFigures"/>.
/// </summary>
public sealed class SideBySideTests
{
    private const string Bp2022 = "crach-budget-principal-bp2022.totem.xml";
    private const string Dm2021 = "crach-budget-principal-dm2-2021.totem.xml";
    private const string Ca2021 = "crach-budget-principal-ca2021.totem.xml";

    private static readonly AnalysisOptions M14 = new() { Nomenclature = "M14-M14_COM_500_3500" };

    /// <summary>One analysis per file, combined; and one analysis of one input holding the three documents.</summary>
    public static TheoryData<bool> OneInput => new() { false, true };

    [Theory]
    [MemberData(nameof(OneInput))]
    public void CrachDocuments_LineUp_Voted2021AgainstTheCompteAdministratif(bool oneInput)
    {
        var analysis = Analyse(oneInput, Bp2022, Dm2021, Ca2021);

        analysis.Documents.Select(d => (d.Year, d.Step, d.Basis)).ShouldBe(
        [
            (2022, BudgetStep.BudgetPrimitif, AnalysisBasis.Voted),
            (2021, BudgetStep.DecisionModificative, AnalysisBasis.VotedToDate),
            (2021, BudgetStep.CompteAdministratif, AnalysisBasis.Realised),
        ]);
        var comparison = analysis.VotedVsRealised.ShouldHaveSingleItem();
        (comparison.Year, comparison.VotedStep, comparison.VotedBasis, comparison.RealisedStep).ShouldBe((2021, BudgetStep.DecisionModificative, AnalysisBasis.VotedToDate, BudgetStep.CompteAdministratif));
        comparison.Siret.ToString().ShouldBe("21560046100010");
        comparison.Figures.Select(f => f.Name).ShouldBe(Enum.GetValues<FigureName>());

        var voted = IndependentFigures.Of(Dm2021);
        var realised = IndependentFigures.Of(Ca2021);
        foreach (var figure in comparison.Figures)
        {
            var (v, r) = (Expected(voted, figure.Name), Expected(realised, figure.Name));
            (figure.Voted.Value, figure.Realised.Value, figure.Difference.Value).ShouldBe((v, r, r - v), figure.Name.ToString());
            if (v == 0)
            {
                figure.TauxDeRealisation.Gap.ShouldBe(FigureGap.BaseIsZero);
            }
            else
            {
                figure.TauxDeRealisation.Value.ShouldBe(Math.Round(r / v, 6, MidpointRounding.AwayFromZero), figure.Name.ToString());
            }
        }

        // The budget voted to date at the last décision modificative is the credits the compte administratif opened.
        var opened = analysis.Documents[2].Execution!.Sections.Where(s => s.Section == BudgetSection.Fonctionnement && s.OperationKind == OperationKind.Reel && s.Direction == FlowDirection.Depense).Single().CreditsOuverts;
        comparison.Figures.Single(f => f.Name == FigureName.DepensesReellesFonctionnement).Voted.Value.ShouldBe(opened - voted.TravauxEnRegie);
    }

    [Theory]
    [MemberData(nameof(OneInput))]
    public void CrachDocuments_LineUp_TheBudgetVotedFor2022AgainstThe2021One(bool oneInput)
    {
        var analysis = Analyse(oneInput, Bp2022, Dm2021, Ca2021);

        var evolution = analysis.Evolutions.ShouldHaveSingleItem();
        (evolution.Realised, evolution.PreviousYear, evolution.PreviousStep, evolution.Year, evolution.Step)
            .ShouldBe((false, 2021, BudgetStep.DecisionModificative, 2022, BudgetStep.BudgetPrimitif));
        var previous = IndependentFigures.Of(Dm2021);
        var current = IndependentFigures.Of(Bp2022);
        foreach (var figure in evolution.Figures)
        {
            var (p, c) = (Expected(previous, figure.Name), Expected(current, figure.Name));
            (figure.Previous.Value, figure.Current.Value, figure.Change.Value).ShouldBe((p, c, c - p), figure.Name.ToString());
            if (p == 0)
            {
                figure.ChangeRate.Gap.ShouldBe(FigureGap.BaseIsZero);
            }
            else
            {
                figure.ChangeRate.Value.ShouldBe(Math.Round((c - p) / Math.Abs(p), 6, MidpointRounding.AwayFromZero), figure.Name.ToString());
            }
        }

        evolution.Figures.Single(f => f.Name == FigureName.RecettesReellesFonctionnement).Current.Value.ShouldBe(3_082_599.00m);
    }

    [Fact]
    public void TheLotissementDocuments_HaveNoYearToLineUp_AndSayNothing()
    {
        var analysis = Analyse(false, "crach-lotissement-boceno-bp2022.totem.xml", "crach-lotissement-boceno-dm1-2022.totem.xml", "crach-lotissement-boceno-ca2021.totem.xml");

        analysis.Documents.Count.ShouldBe(3);
        analysis.VotedVsRealised.ShouldBeEmpty();
        analysis.Evolutions.ShouldBeEmpty();
    }

    private static BudgetAnalysis Analyse(bool oneInput, params string[] files) =>
        oneInput
            ? BudgetAnalyzer.Analyze(files.SelectMany(f => TotemConverter.Read(TestFiles.XmlStream(f))), M14)
            : BudgetAnalysis.Combine(files.Select(f => BudgetAnalyzer.Analyze(TotemConverter.Read(TestFiles.XmlStream(f)), M14)));

    private static decimal Expected(IndependentFigures figures, FigureName name) => name switch
    {
        FigureName.RecettesFonctionnement => figures.Flow("F", "reel", "R") + figures.Flow("F", "ordre", "R"),
        FigureName.DepensesFonctionnement => figures.Flow("F", "reel", "D") + figures.Flow("F", "ordre", "D"),
        FigureName.RecettesInvestissement => figures.Flow("I", "reel", "R") + figures.Flow("I", "ordre", "R"),
        FigureName.DepensesInvestissement => figures.Flow("I", "reel", "D") + figures.Flow("I", "ordre", "D"),
        FigureName.RecettesReellesFonctionnement => figures.RecettesReellesFonctionnement,
        FigureName.DepensesReellesFonctionnement => figures.DepensesReellesFonctionnement,
        FigureName.InteretsDeLaDette => figures.InteretsDeLaDette,
        FigureName.EpargneDeGestion => figures.EpargneDeGestion,
        FigureName.EpargneBrute => figures.EpargneBrute,
        FigureName.RemboursementCapitalDette => figures.RemboursementCapitalDette,
        FigureName.EpargneNette => figures.EpargneNette,
        _ => figures.DepensesEquipement,
    };
}
