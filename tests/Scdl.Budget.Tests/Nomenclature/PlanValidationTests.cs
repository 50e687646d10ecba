using System.Globalization;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Nomenclature;

/// <summary>The plan rule group wired into <see cref="BudgetValidator"/>.</summary>
public sealed class PlanValidationTests
{
    private static readonly BudgetValidationOptions WithPlan = new()
    {
        RuleGroups = ValidationRuleGroups.Plan,
        ColumnConvention = ColumnConvention.TotemConverters,
    };

    [Fact]
    public void ThePlanGroup_IsNotRunByDefault()
    {
        new BudgetValidationOptions().RuleGroups.HasFlag(ValidationRuleGroups.Plan).ShouldBeFalse();
        ValidationRuleGroups.All.HasFlag(ValidationRuleGroups.Plan).ShouldBeTrue();

        var report = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters }).Validate(SaintMalo());

        report.Findings.Kept.ShouldNotContain(f => f.Code.StartsWith("SCDL4", StringComparison.Ordinal));
    }

    [Fact]
    public void ANamedPlan_RunsThePlanGroupWithTheDefaultGroups()
    {
        var options = new BudgetValidationOptions { ColumnConvention = ColumnConvention.TotemConverters, Nomenclature = "M4-M43" };

        var report = new BudgetValidator(options).Validate(SaintMalo());

        report.Findings.CountOf(FindingCodes.DeletedAccount).ShouldBe(2);
        report.Findings.Kept.ShouldNotContain(f => f.Code == FindingCodes.NomenclatureInferred);
    }

    [Fact]
    public void Inferred_SaintMalo_GetsItsPlanFindings()
    {
        var report = new BudgetValidator(WithPlan).Validate(SaintMalo());

        report.Findings.Kept.Select(f => f.Code).ShouldBe([FindingCodes.NomenclatureInferred, FindingCodes.ColumnConventionConfirmed, FindingCodes.CodeFromOtherYear], ignoreOrder: true);
        // Lines given as lines are numbered by position: the 78th line is line 79 of the file.
        report.Findings.Kept.Single(f => f.Code == FindingCodes.CodeFromOtherYear).Location.ShouldBe(new SourceLocation(78, "BGT_NATURE"));
    }

    [Fact]
    public void InferredPlan_Percentages_AreWrittenTheLanguagesWay()
    {
        var finding = new Finding(FindingCodes.NomenclatureInferred, FindingSeverity.Info, SourceLocation.File, null, ["2022/M4/M43_D", "1273", "1406", "90.5", "2022/M4/M43_A 12 %"]);

        finding.GetMessage(CultureInfo.GetCultureInfo("fr-FR")).ShouldContain("1\u202f273 lignes sur 1\u202f406 sont trouvés (90,5 %)");
        finding.GetMessage(CultureInfo.InvariantCulture).ShouldContain("1,273 of 1,406 lines resolve (90.5 %)");
    }

    [Fact]
    public void Named_UsesThatPlan()
    {
        var report = new BudgetValidator(WithPlan with { Nomenclature = "M4-M43" }).Validate(SaintMalo());

        report.Findings.Kept.ShouldNotContain(f => f.Code == FindingCodes.NomenclatureInferred);
        report.Findings.CountOf(FindingCodes.DeletedAccount).ShouldBe(2);
        report.Findings.CountOf(FindingCodes.AccountLabelDiffers).ShouldBe(3);
    }

    [Fact]
    public void GivenPlans_AreUsedInsteadOfTheBuiltInOnes()
    {
        // Only the fixtures' plans (M43_D 2021 and 2022, M52 2021): the only 2022 candidate is M43_D, so no runner-up.
        var report = new BudgetValidator(WithPlan with { Plans = PlanFixtures.Catalog }).Validate(SaintMalo());

        report.Findings.Kept.Single(f => f.Code == FindingCodes.NomenclatureInferred).Arguments[0].ShouldBe("2022/M4/M43_D");
        report.Findings.Kept.Single(f => f.Code == FindingCodes.NomenclatureInferred).Arguments[4].ShouldBeEmpty();
        report.Findings.CountOf(FindingCodes.CodeFromOtherYear).ShouldBe(1);
    }

    [Fact]
    public void AnUnparsableNomenclature_IsReportedAndSkipsTheChecks()
    {
        var report = new BudgetValidator(WithPlan with { Nomenclature = "not a nomenclature" }).Validate(SaintMalo());

        var finding = report.Findings.Kept.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.NomenclatureUnavailable);
        finding.Arguments.ShouldBe(["not a nomenclature"]);
    }

    [Fact]
    public void SeverityOverrides_ApplyToPlanFindings()
    {
        var options = WithPlan with { SeverityOverrides = new Dictionary<string, FindingSeverity> { [FindingCodes.CodeFromOtherYear] = FindingSeverity.Error } };

        var report = new BudgetValidator(options).Validate(SaintMalo());

        report.Findings.Kept.Single(f => f.Code == FindingCodes.CodeFromOtherYear).Severity.ShouldBe(FindingSeverity.Error);
        report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void WhenTheReportKeepsNoFinding_PlanFindingsAreStillCounted()
    {
        var report = new BudgetValidator(WithPlan with { MaxFindingsKept = 0 }).Validate(SaintMalo());

        report.Findings.Kept.ShouldAllBe(f => f.Location.Line == 0);
        report.Findings.CountOf(FindingCodes.CodeFromOtherYear).ShouldBe(1);
        report.Findings.CountOf(FindingCodes.NomenclatureInferred).ShouldBe(1);
    }

    private static IEnumerable<BudgetLine> SaintMalo() => RealCsv.Read("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv").Select(l => l.Line);
}
