using Scdl.Budget.Nomenclature;
using Scdl.Budget.Tests.Nomenclature;
using Scdl.Budget.Validation.Rules;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>Each plan-based rule on one handmade line, against the real M52 2021 and M43_D 2021/2022 plans of the fixtures.</summary>
public sealed class PlanLineCheckerTests
{
    private static readonly NomenclatureId M52 = new(2021, "M52", "M52");

    [Fact]
    public void ALineThatFollowsThePlan_HasNoFinding()
    {
        Check(Line("6064", "011")).ShouldBeEmpty();
        Check(Line("6064", "011") with { AccountLabel = "Fournitures administratives", ChapterLabel = "Charges à caractère général" }).ShouldBeEmpty();
        Check(Line("1021", "10", FlowDirection.Recette, section: BudgetSection.Investissement)).ShouldBeEmpty();
        Check(Line("6811", "042", kind: OperationKind.Ordre)).ShouldBeEmpty();
    }

    [Fact]
    public void UnknownAccountAndChapter_AreErrors()
    {
        var findings = Check(Line("6999", "0111"));

        findings.Select(f => (f.Code, f.Location.Column, f.Value)).ShouldBe(
        [
            (FindingCodes.UnknownAccount, "BGT_CONTNAT", "6999"),
            (FindingCodes.UnknownChapter, "BGT_NATURE", "0111"),
        ]);
        findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error);
        findings[0].Arguments.ShouldBe(["2021/M52/M52"]);
    }

    [Fact]
    public void AccountNotAllowedForTheDirection()
    {
        // 6064 has DR = 011 but no RR: it cannot be a receipt.
        var finding = Check(Line("6064", "011", FlowDirection.Recette)).ShouldHaveSingleItem();

        finding.Code.ShouldBe(FindingCodes.AccountNotAllowed);
        finding.Arguments.ShouldBe(["recette", "réel", "2021/M52/M52"]);
        finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).ShouldContain("ne peut pas être utilisé pour une ligne recette (réel)");
    }

    [Fact]
    public void ChapterOtherThanThePlans_IsAWarning_ExceptInSpecialChapters()
    {
        var finding = Check(Line("6064", "65")).ShouldHaveSingleItem();

        finding.Code.ShouldBe(FindingCodes.ChapterDiffersFromPlan);
        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Arguments.ShouldBe(["6064", "2021/M52/M52", "011"]);

        // 017 (RSA) is a special chapter: accounts of several natures are voted there (Morbihan does).
        Check(Line("6064", "017")).ShouldBeEmpty();
    }

    [Fact]
    public void OrderLinesAcceptEitherOrderChapter()
    {
        // 1021 has DOES = 040 and DOIS = 041; a CSV does not say which kind of order.
        Check(Line("1021", "040", kind: OperationKind.Ordre, section: BudgetSection.Investissement)).ShouldBeEmpty();
        Check(Line("1021", "041", kind: OperationKind.Ordre, section: BudgetSection.Investissement)).ShouldBeEmpty();
        Check(Line("1021", "10", kind: OperationKind.Ordre, section: BudgetSection.Investissement)).ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.ChapterDiffersFromPlan);
    }

    [Fact]
    public void SectionOtherThanTheChapters_IsAnError()
    {
        var finding = Check(Line("6064", "011", section: BudgetSection.Investissement)).ShouldHaveSingleItem();

        finding.Code.ShouldBe(FindingCodes.SectionDiffersFromPlan);
        finding.Location.Column.ShouldBe("BGT_SECTION");
        finding.Value.ShouldBe("investissement");
        finding.Arguments.ShouldBe(["011", "fonctionnement"]);
    }

    [Fact]
    public void SectionIsCheckedAgainstTheAccountsChapter_WhenTheChapterIsEmpty()
    {
        Check(Line("6064", "", section: BudgetSection.Investissement)).ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.SectionDiffersFromPlan);
        Check(Line("6064", "", section: default)).ShouldBeEmpty("an empty section is the reader's finding, not the plan's");
    }

    [Fact]
    public void LabelsOtherThanThePlans_AreWarningsNamingTheExpectedLabel()
    {
        var findings = Check(Line("6064", "011") with { AccountLabel = "Fournitures admin.", ChapterLabel = "Charges generales" });

        findings.Select(f => (f.Code, f.Location.Column, f.Value, f.Arguments[^1])).ShouldBe(
        [
            (FindingCodes.AccountLabelDiffers, "BGT_CONTNAT_LABEL", "Fournitures admin.", "Fournitures administratives"),
            (FindingCodes.ChapterLabelDiffers, "BGT_NATURE_LABEL", "Charges generales", "Charges à caractère général"),
        ]);
        findings.ShouldAllBe(f => f.Severity == FindingSeverity.Warning);
        findings[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'Fournitures administratives'");
    }

    [Fact]
    public void Functions_MustResolve_AndTheirLabelsMatch()
    {
        Check(Line("6064", "011") with { FunctionCode = "020", FunctionLabel = "Administration générale de la collectivité" }).ShouldBeEmpty();
        Check(Line("6064", "011") with { FunctionCode = "930" }).ShouldBeEmpty("a functional chapter is a function code too");

        Check(Line("6064", "011") with { FunctionCode = "999" }).ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.UnknownFunction);
        var label = Check(Line("6064", "011") with { FunctionCode = "020", FunctionLabel = "Admin" }).ShouldHaveSingleItem();
        label.Code.ShouldBe(FindingCodes.FunctionLabelDiffers);
        label.Location.Column.ShouldBe("BGT_FONCTION_LABEL");
    }

    [Fact]
    public void DeletedAccounts_AreWarnings()
    {
        var finding = Check(Line("6581", "65")).ShouldHaveSingleItem();

        finding.Code.ShouldBe(FindingCodes.DeletedAccount);
        finding.Arguments.ShouldBe(["2021/M52/M52", "2020-12-08T14:00:00"]);
    }

    [Fact]
    public void CodesFoundOnlyInAnotherYear_AreWarnings()
    {
        // Saint-Malo's 6518 in a 2022 M43_D budget: only in the 2021 plan. Its chapter (65) comes from there too, silently.
        var line = Line("6518", "65") with { Year = 2022 };

        var finding = Check(line, new NomenclatureId(2022, "M4", "M43_D")).ShouldHaveSingleItem();

        finding.Code.ShouldBe(FindingCodes.CodeFromOtherYear);
        finding.Value.ShouldBe("6518");
        finding.Arguments.ShouldBe(["2022/M4/M43_D", "2021"]);
    }

    [Fact]
    public void OperationChapters_OfM52_AreKnown()
    {
        // Morbihan CA 2021: chapter 4544128 (45441 + operation 28) for account 45441.
        Check(Line("45441", "4544128", section: BudgetSection.Investissement)).ShouldBeEmpty();
    }

    [Fact]
    public void SwappedLines_AreReadTheOtherWay_AndFindingsNameTheRealColumns()
    {
        var checker = new PlanLineChecker(PlanFixtures.Catalog, M52, PlanColumns.For(ColumnConvention.TotemConverters), swapLines: true);
        var findings = new List<Finding>();

        // Read with the schema convention, a TOTEM-convention file has the chapter as AccountCode.
        checker.Check(Line("011", "6999"), 2, findings);

        var finding = findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.UnknownAccount);
        finding.Location.Column.ShouldBe("BGT_NATURE");
    }

    [Fact]
    public void ACombinationThatComesBack_HasTheSameFindings_AtEachLine_WhetherItsStringsAreShared()
    {
        var checker = new PlanLineChecker(PlanFixtures.Catalog, M52, PlanColumns.For(ColumnConvention.Schema), swapLines: false);
        var line = Line("6999", "011") with { AccountLabel = "Libellé", FunctionCode = "999", FunctionLabel = "Fonction" };
        var copy = line with
        {
            AccountCode = new string("6999".AsSpan()),
            AccountLabel = new string("Libellé".AsSpan()),
            FunctionCode = new string("999".AsSpan()),
        };
        var findings = new List<Finding>();

        checker.Check(line, 2, findings);
        var first = findings.Select(f => f with { Location = f.Location with { Line = 0 } }).ToList();
        checker.Check(line, 3, findings);
        checker.Check(copy, 4, findings);
        checker.Check(line with { Direction = FlowDirection.Recette }, 5, findings);

        first.Select(f => f.Code).ShouldBe([FindingCodes.UnknownAccount, FindingCodes.UnknownFunction]);
        foreach (var number in new[] { 2L, 3L, 4L })
        {
            findings.Where(f => f.Location.Line == number).Select(f => f with { Location = f.Location with { Line = 0 } }).ShouldBe(first);
        }

        findings.Where(f => f.Location.Line == 5).Select(f => f.Code).ShouldBe([FindingCodes.UnknownAccount, FindingCodes.UnknownFunction]);
    }

    [Fact]
    public void CombinationsThatNeverComeBack_StopBeingRemembered_AndAreStillChecked()
    {
        var checker = new PlanLineChecker(PlanFixtures.Catalog, M52, PlanColumns.For(ColumnConvention.Schema), swapLines: false);
        var findings = new List<Finding>();

        for (var i = 0; i < PlanLineChecker.Probation + 10; i++)
        {
            findings.Clear();
            checker.Check(Line("6064", "011") with { AccountLabel = "Libellé " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, i + 2, findings);
            findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.AccountLabelDiffers);
        }

        checker.IsRemembering.ShouldBeFalse();
    }

    [Fact]
    public void CombinationsThatComeBack_StayRemembered()
    {
        var checker = new PlanLineChecker(PlanFixtures.Catalog, M52, PlanColumns.For(ColumnConvention.Schema), swapLines: false);
        var findings = new List<Finding>();

        for (var i = 0; i < PlanLineChecker.Probation + 10; i++)
        {
            checker.Check(Line(i % 2 == 0 ? "6064" : "6999", "011"), i + 2, findings);
        }

        checker.IsRemembering.ShouldBeTrue();
        findings.Count.ShouldBe((PlanLineChecker.Probation + 10) / 2);
        findings.ShouldAllBe(f => f.Code == FindingCodes.UnknownAccount && f.Location.Line % 2 == 1);
    }

    private static List<Finding> Check(BudgetLine line, NomenclatureId? id = null)
    {
        var checker = new PlanLineChecker(PlanFixtures.Catalog, id ?? M52, PlanColumns.For(ColumnConvention.Schema), swapLines: false);
        var findings = new List<Finding>();
        checker.Check(line, 7, findings);
        findings.ShouldAllBe(f => f.Location.Line == 7);
        return findings;
    }

    internal static BudgetLine Line(
        string account,
        string chapter,
        FlowDirection direction = FlowDirection.Depense,
        OperationKind kind = OperationKind.Reel,
        BudgetSection section = BudgetSection.Fonctionnement) => new()
        {
            Step = BudgetStep.BudgetPrimitif,
            Year = 2021,
            Siret = Siret.Parse("22560001400016", null),
            AuthorityName = "DEPARTEMENT",
            AccountCode = account,
            AccountLabel = string.Empty,
            ChapterCode = chapter,
            ChapterLabel = string.Empty,
            Section = section,
            OperationKind = kind,
            Direction = direction,
            MontantVote = 100m,
        };
}
