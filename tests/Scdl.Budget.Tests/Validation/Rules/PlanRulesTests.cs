using Scdl.Budget.Nomenclature;
using Scdl.Budget.Tests.Nomenclature;
using Scdl.Budget.Validation;
using Scdl.Budget.Validation.Rules;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>
/// The plan-based rule group on the real CSVs of <c>TestData/scdl-csv</c> (produced by yatotem2scdl and the Megalis
/// XSL from real TOTEM files; they put the chapter in BGT_CONTNAT). Each test says what the findings mean.
/// </summary>
public sealed class PlanRulesTests
{
    [Theory]
    [InlineData("crach-budget-principal-ca2021.yatotem2scdl.csv", "2021/M14/M14_COM_500_3500", 196)]
    [InlineData("crach-budget-principal-dm2-2021.yatotem2scdl.csv", "2021/M14/M14_COM_500_3500", 185)]
    [InlineData("crach-budget-principal-bp2022.megalis-xsl.noheader.csv", "2022/M14/M14_COM_500_3500", 201)]
    [InlineData("crach-lotissement-boceno-ca2021.yatotem2scdl.csv", "2021/M14/M14_COM_500_3500", 20)]
    [InlineData("crach-lotissement-boceno-bp2022.yatotem2scdl.csv", "2022/M14/M14_COM_500_3500", 21)]
    [InlineData("crach-lotissement-boceno-dm1-2022.yatotem2scdl.csv", "2022/M14/M14_COM_500_3500", 20)]
    public void Crach_IsInferredAsM14Communes500To3500_AndEveryLineFollowsThePlan(string file, string plan, int lines)
    {
        // Crach's TOTEM files say M14-M14_COM_500_3500, and every line resolves there. M14_COM_SUP3500 shares nearly
        // all its accounts and comes next (a line or two short, or equal on the smallest files, where the account
        // labels and then the catalogue order decide); the finding names it so a reader knows the choice was close.
        // The converters took codes, labels and sections from that very plan, so no line has a plan finding (empty
        // chapters and sections are the reader's findings, SCDL201, not the plan's).
        var (findings, rules) = Run(file, ColumnConvention.TotemConverters);

        rules.Chosen.ToString().ShouldBe(plan);
        var inferred = findings.First(f => f.Code == FindingCodes.NomenclatureInferred);
        inferred.Arguments.Take(4).ShouldBe([plan, $"{lines}", $"{lines}", "100"]);
        inferred.Arguments[4].ShouldStartWith(plan.Replace("500_3500", "SUP3500", StringComparison.Ordinal));
        findings.Single(f => f.Code == FindingCodes.ColumnConventionConfirmed).Arguments.ShouldBe(["BGT_NATURE", "BGT_CONTNAT", $"{lines}", $"{lines}"]);
        findings.Where(f => f.Location.Line > 0).ShouldBeEmpty();
    }

    [Fact]
    public void Crach_ReadWithTheSchemaConvention_IsDetectedAsSwapped()
    {
        // Read as the schema says (BGT_CONTNAT = account), every code resolves only the other way round: one SCDL416
        // instead of 196 unknown accounts, and the lines are checked with the columns the file really has.
        var (findings, rules) = Run("crach-budget-principal-ca2021.yatotem2scdl.csv", ColumnConvention.Schema);

        rules.DetectedConvention.ShouldBe(ColumnConvention.TotemConverters);
        var swapped = findings.Single(f => f.Code == FindingCodes.ColumnConventionSwapped);
        swapped.Severity.ShouldBe(FindingSeverity.Warning);
        swapped.Arguments.ShouldBe(["BGT_NATURE", "BGT_CONTNAT", "196", "196"]);
        findings.Where(f => f.Location.Line > 0).ShouldBeEmpty();
    }

    [Fact]
    public void SaintMalo_IsInferredAsM43D_AndItsAccount6518ComesFromThe2021Plan()
    {
        // The 2022 M43_D plan lacks 6518 (its file is the 2020 plan; 2022 M43 has it). With the year fallback both
        // plans resolve every line; the labels decide: the converter wrote the M43_D labels ("Versement de
        // transport"), where M43 2022 says "Versement de mobilité".
        var (findings, rules) = Run("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv", ColumnConvention.TotemConverters);

        rules.Chosen.ToString().ShouldBe("2022/M4/M43_D");
        findings.First(f => f.Code == FindingCodes.NomenclatureInferred).Arguments[4].ShouldStartWith("2022/M4/M43 100 %");
        var lineFindings = findings.Where(f => f.Location.Line > 0).ToList();
        var fallback = lineFindings.ShouldHaveSingleItem();
        fallback.Code.ShouldBe(FindingCodes.CodeFromOtherYear);
        fallback.Location.ShouldBe(new SourceLocation(79, "BGT_NATURE"));
        fallback.Value.ShouldBe("6518");
        fallback.Arguments.ShouldBe(["2022/M4/M43_D", "2021"]);
    }

    [Fact]
    public void SaintMalo_WithItsNomenclatureNamed_IsNotInferred()
    {
        var (findings, rules) = Run("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv", ColumnConvention.TotemConverters, NomenclatureId.Parse(2022, "M4-M43_D"));

        rules.Chosen.ToString().ShouldBe("2022/M4/M43_D");
        findings.ShouldNotContain(f => f.Code == FindingCodes.NomenclatureInferred);
        findings.Where(f => f.Location.Line > 0).Select(f => f.Code).ShouldBe([FindingCodes.CodeFromOtherYear]);
    }

    [Fact]
    public void SaintMalo_CheckedAgainstTheNewM43Plan_ShowsWhatChangedIn2022()
    {
        // Naming the wrong (newer) plan: the 2022 M43 plan renamed "Versement de transport" (6331, 734) and 238,
        // and deleted 281748 and 6414, which the authority still uses.
        var (findings, _) = Run("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv", ColumnConvention.TotemConverters, new NomenclatureId(2022, "M4", "M43"));

        findings.Where(f => f.Location.Line > 0).Select(f => (f.Code, f.Location.Line, f.Value)).ShouldBe(
        [
            (FindingCodes.DeletedAccount, 31, "281748"),
            (FindingCodes.AccountLabelDiffers, 65, "Versement de transport"),
            (FindingCodes.DeletedAccount, 69, "6414"),
            (FindingCodes.AccountLabelDiffers, 92, "Versement de transport"),
            (FindingCodes.AccountLabelDiffers, 123, "Avances et acomptes versés sur commandes d'immobi…"),
        ]);
    }

    [Fact]
    public void Mohon_IsInferredAsM57A_WithThreeAccountsDeletedFrom2023()
    {
        // Mohon's CFU says "M57_A" (a bare déclinaison). Every line resolves (line 141 budgets the grouping account 72,
        // which M57_A allows as an order receipt in 042). The 2023 M57_A plan deletes 6061, 6062 and 6063 (since
        // 2022-11-25), which the commune still used: three warnings.
        var (findings, rules) = Run("mohon-cfu2023.yatotem2scdl.csv", ColumnConvention.TotemConverters);

        rules.Chosen.ToString().ShouldBe("2023/M57/M57_A");
        findings.First(f => f.Code == FindingCodes.NomenclatureInferred).Arguments.Take(4).ShouldBe(["2023/M57/M57_A", "163", "163", "100"]);
        findings.Where(f => f.Location.Line > 0).Select(f => (f.Code, f.Location.Line, f.Value)).ShouldBe(
        [
            (FindingCodes.DeletedAccount, 66, "6061"),
            (FindingCodes.DeletedAccount, 70, "6062"),
            (FindingCodes.DeletedAccount, 75, "6063"),
        ]);
    }

    [Fact]
    public void Morbihan_IsInferredAsM57_AndOneOperationChapterIsIncomplete()
    {
        // The Morbihan CA 2021 uses M57 accounts (65748, 2041482…: a fifth of its lines are not in M52 2021),
        // and its function codes and labels are M57's: M57 resolves every line, M52 only 78.7 %. Its 4544128-like
        // chapters are the operation chapter 45441 plus an operation number. Line 1264 has chapter "4544" for
        // account 45442: neither a chapter nor a chapter followed by an operation number.
        var (findings, rules) = Run("morbihan-departement-ca2021.yatotem2scdl.csv", ColumnConvention.TotemConverters);

        rules.Chosen.ToString().ShouldBe("2021/M57/M57");
        findings.First(f => f.Code == FindingCodes.NomenclatureInferred).Arguments[4].ShouldStartWith("2021/M52/M52 79 %");
        var unknown = findings.Where(f => f.Location.Line > 0).ShouldHaveSingleItem();
        unknown.Code.ShouldBe(FindingCodes.UnknownChapter);
        unknown.Location.ShouldBe(new SourceLocation(1264, "BGT_CONTNAT"));
        unknown.Value.ShouldBe("4544");
    }

    [Fact]
    public void Morbihan_CheckedAgainstM52_ReportsTheM57OnlyAccounts()
    {
        var (findings, _) = Run("morbihan-departement-ca2021.yatotem2scdl.csv", ColumnConvention.TotemConverters, new NomenclatureId(2021, "M52", "M52"));

        findings.ShouldContain(f => f.Code == FindingCodes.NomenclaturePoorFit);
        findings.Count(f => f.Code == FindingCodes.UnknownAccount).ShouldBeGreaterThan(200);
        findings.ShouldContain(f => f.Code == FindingCodes.UnknownAccount && f.Value == "65748");
    }

    [Fact]
    public void FindingsOfHeldLines_ComeInLineOrder_AfterTheDecision()
    {
        var (findings, _) = Run("morbihan-departement-ca2021.yatotem2scdl.csv", ColumnConvention.TotemConverters, new NomenclatureId(2021, "M52", "M52"), lookahead: 100);

        var lines = findings.Where(f => f.Location.Line > 0).Select(f => f.Location.Line).ToList();
        lines.ShouldBe(lines.Order().ToList());
        findings.TakeWhile(f => f.Location.Line == 0).Count().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ANomenclatureTheCatalogueLacks_SkipsTheChecks()
    {
        var (findings, rules) = Run("crach-lotissement-boceno-ca2021.yatotem2scdl.csv", ColumnConvention.TotemConverters, new NomenclatureId(2021, "M99", "M99_X"));

        findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.NomenclatureUnavailable);
        findings[0].Arguments.ShouldBe(["M99-M99_X"]);
        rules.Chosen.ShouldBeNull();
    }

    [Fact]
    public void CodesOfNoPlan_AreAPoorFit_AndNotCheckedLineByLine()
    {
        var rules = new PlanRules(PlanCatalog.BuiltIn, null, ColumnConvention.Schema);
        var findings = new List<Finding>();
        var context = new ValidationContext(BudgetValidationOptions.Default) { Sink = findings };
        for (var i = 0; i < 10; i++)
        {
            rules.Observe(PlanLineCheckerTests.Line("X" + i, "Y" + i), i + 2, context);
        }

        rules.Complete(context);

        findings.Select(f => f.Code).ShouldBe([FindingCodes.NomenclatureInferred, FindingCodes.NomenclaturePoorFit]);
    }

    [Fact]
    public void LinesNearTheRecordSizeLimit_AreHeldOnlyUpToTheByteBound()
    {
        // Each line carries a label of a quarter of the held bound: the decision comes at the fourth line, long before
        // the 1,000 lines of the look-ahead, so that what is held stays a few megabytes whatever the lines.
        var rules = new PlanRules(PlanCatalog.BuiltIn, null, ColumnConvention.Schema);
        var findings = new List<Finding>();
        var context = new ValidationContext(BudgetValidationOptions.Default) { Sink = findings };
        var line = Lines.Valid() with { AccountLabel = new string('x', (int)(PlanRules.MaxHeldChars / 4)) };

        for (var number = 2; number <= 4; number++)
        {
            rules.Observe(line, number, context);
        }

        rules.DetectedConvention.ShouldBeNull("three lines are under the bound: still held");
        rules.Observe(line, 5, context);
        rules.DetectedConvention.ShouldNotBeNull("the fourth line reaches the bound: decided");
        findings.ShouldContain(f => f.Code == FindingCodes.NomenclatureInferred);
    }

    private static (List<Finding> Findings, PlanRules Rules) Run(string file, ColumnConvention readWith, NomenclatureId? named = null, int lookahead = PlanRules.DefaultLookahead)
    {
        var rules = new PlanRules(PlanCatalog.BuiltIn, named, readWith, lookahead);
        var findings = new List<Finding>();
        var context = new ValidationContext(BudgetValidationOptions.Default) { Sink = findings };
        foreach (var (line, number) in RealCsv.Read(file, readWith))
        {
            rules.Observe(line, number, context);
        }

        rules.Complete(context);
        return (findings, rules);
    }
}
