using System.Globalization;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Reports;
using Scdl.Budget.Summary;
using Scdl.Budget.Tests.Validation;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Summary;

public sealed class DocumentSummaryTests
{
    private static readonly BudgetValidator Validator = new();

    /// <summary>
    /// The balanced budget of <see cref="Lines.BalancedBudget"/> plus a résultat reporté of 400 in recettes de
    /// fonctionnement balanced by 400 more of dépenses, and a déficit d'investissement reporté of 30 balanced by 30 more
    /// of recettes.
    /// </summary>
    private static IEnumerable<BudgetLine> BudgetWithResultsCarriedForward()
    {
        foreach (var line in Lines.BalancedBudget())
        {
            yield return line;
        }

        var line2 = Lines.Valid();
        yield return line2 with { AccountCode = "002", ChapterCode = "002", Direction = FlowDirection.Recette, MontantVote = 400m };
        yield return line2 with { AccountCode = "6068", ChapterCode = "011", MontantVote = 400m };
        var investissement = line2 with { Section = BudgetSection.Investissement };
        yield return investissement with { AccountCode = "001", ChapterCode = "001", MontantVote = 30m };
        yield return investissement with { AccountCode = "1641", ChapterCode = "16", Direction = FlowDirection.Recette, MontantVote = 30m };
    }

    [Fact]
    public void CarriedForwardBalances_AreOnTheirOwnLine_NeitherRealNorOrder()
    {
        var document = Validator.Validate(BudgetWithResultsCarriedForward()).Summary.Documents.ShouldHaveSingleItem();

        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Reel).ShouldBe(1200m);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Ordre).ShouldBe(0m);
        document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(400m);
        document.GetCarriedForward(BudgetSection.Investissement, FlowDirection.Depense).ShouldBe(30m);
        document.GetTotal(BudgetSection.Investissement, FlowDirection.Depense, OperationKind.Reel).ShouldBe(300m);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(1600m);
        document.Totals.Sum(t => t.LineCount).ShouldBe(9);
        document.CarriedForward.Select(t => (t.Section, t.Direction, t.LineCount, t.Amount)).ShouldBe(
        [
            (BudgetSection.Fonctionnement, FlowDirection.Recette, 1L, 400m),
            (BudgetSection.Fonctionnement, FlowDirection.Depense, 0L, 0m),
            (BudgetSection.Investissement, FlowDirection.Recette, 0L, 0m),
            (BudgetSection.Investissement, FlowDirection.Depense, 1L, 30m),
        ]);
        document.CarriedForward[0].MontantVote.ShouldBe(400m);
    }

    [Fact]
    public void SectionBalance_CountsTheCarriedForwardBalance()
    {
        var document = Validator.Validate(BudgetWithResultsCarriedForward()).Summary.Documents.ShouldHaveSingleItem();

        var fonctionnement = document.Checks.Single(c => c.Kind == BalanceCheckKind.FonctionnementBalance);
        fonctionnement.Left.ShouldBe(1600m);
        fonctionnement.Right.ShouldBe(1600m);
        var investissement = document.Checks.Single(c => c.Kind == BalanceCheckKind.InvestissementBalance);
        (investissement.Left, investissement.Right).ShouldBe((330m, 330m));
        document.Checks.ShouldAllBe(c => c.Holds);
    }

    [Fact]
    public void CarriedForwardLine_IsKnownByItsAccount_WhenAConverterLeftTheChapterEmpty()
    {
        var line = Lines.Valid() with { Step = BudgetStep.CompteAdministratif, AccountCode = "002", ChapterCode = "", Direction = FlowDirection.Recette, Realisations = 768_051.45m };

        var document = Validator.Validate([line, Lines.Valid() with { Step = BudgetStep.CompteAdministratif, Realisations = 10m }]).Summary.Documents.ShouldHaveSingleItem();

        document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(768_051.45m);
        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Reel).ShouldBe(0m);
    }

    [Fact]
    public void ChapterTotals_SayWhichChapterIsCarriedForward()
    {
        var document = Validator.Validate(BudgetWithResultsCarriedForward()).Summary.Documents.ShouldHaveSingleItem();

        document.Chapters.Where(c => c.IsCarriedForward).Select(c => c.ChapterCode).ShouldBe(["001", "002"]);
    }

    [Fact]
    public void Html_ShowsTheCarriedForwardBalancesApart_NotAmongTheLargestChapters()
    {
        var report = Validator.Validate(BudgetWithResultsCarriedForward());
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        HtmlReport.Write(writer, report, new ReportOptions { Culture = CultureInfo.GetCultureInfo("fr") });

        var html = writer.ToString();
        html.ShouldContain("Reporté (001/002");
        var largest = html[html.IndexOf("Les plus grands chapitres de recettes", StringComparison.Ordinal)..];
        largest[..largest.IndexOf("</figure>", StringComparison.Ordinal)].ShouldNotContain(">002 ");
    }

    [Theory]
    [InlineData("fr", "Virement à l'investissement : dépenses 023 = recettes 021", "dépenses du chapitre 023", "recettes du chapitre 021")]
    [InlineData("en", "Transfer to the capital section: expenses 023 = receipts 021", "expenses of chapter 023", "receipts of chapter 021")]
    public void BalanceCheck_LabelsComeFromTheResources_InEachLanguage(string language, string title, string left, string right)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var check = new BalanceCheck(BalanceCheckKind.Depenses023Recettes021, 200m, 0m);

        (check.GetTitle(culture), check.GetLeftLabel(culture), check.GetRightLabel(culture)).ShouldBe((title, left, right));
        check.Holds.ShouldBeFalse();
        check.Difference.ShouldBe(200m);
    }

    [Fact]
    public void BalanceCheck_EveryKindHasATitleAndTwoLabels_InBothLanguages()
    {
        foreach (var kind in Enum.GetValues<BalanceCheckKind>())
        {
            foreach (var language in new[] { "fr", "en" })
            {
                var culture = CultureInfo.GetCultureInfo(language);
                var check = new BalanceCheck(kind, 0m, 0m);
                string[] texts = [check.GetTitle(culture), check.GetLeftLabel(culture), check.GetRightLabel(culture)];
                texts.ShouldAllBe(t => !t.StartsWith("Check.", StringComparison.Ordinal) && t.Length > 0, $"{kind} in {language}");
            }
        }
    }

    /// <summary>
    /// What makes 001 and 002 the carried-forward balances is the plans de comptes: every plan of the built-in catalogue
    /// has chapter 001 in investissement and 002 in fonctionnement, both "reporté", and no other chapter says "reporté".
    /// </summary>
    [Fact]
    public void EveryBuiltInPlan_Names001And002_AndOnlyThem_AsCarriedForward()
    {
        var catalog = PlanCatalog.BuiltIn;
        catalog.Nomenclatures.Count.ShouldBeGreaterThan(200);
        foreach (var id in catalog.Nomenclatures)
        {
            var plan = catalog.GetPlan(id)!;
            plan.FindChapter("001")!.Section.ShouldBe(BudgetSection.Investissement, id.ToString());
            plan.FindChapter("002")!.Section.ShouldBe(BudgetSection.Fonctionnement, id.ToString());
            plan.Chapters
                .Where(c => c.Label.Contains("report", StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Code).Order(StringComparer.Ordinal).ToList()
                .ShouldBe(["001", "002"], id.ToString());
        }
    }
}
