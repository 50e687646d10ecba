using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class PlanLookupTests
{
    [Fact]
    public void FromDirectory_IdentifiesPlansByTheirPlaceInTheLayout()
    {
        PlanFixtures.Catalog.Nomenclatures.ShouldBe(
        [
            new NomenclatureId(2021, "M4", "M43_D"),
            new NomenclatureId(2022, "M4", "M43_D"),
            new NomenclatureId(2021, "M52", "M52"),
        ]);
        PlanFixtures.Catalog.GetPlan(new NomenclatureId(2022, "M4", "M43_D"))!.Id.Year.ShouldBe(2022);
    }

    [Fact]
    public void Account6518_Of2022M43D_ComesFromThe2021Plan()
    {
        // Saint-Malo Agglomération's 2022 transport budget (M4-M43_D) budgets account 6518, which the 2022 plan no longer has.
        var lookup = PlanFixtures.Catalog.For(2022, "M4-M43_D");
        lookup.Plan!.FindAccount("6518").ShouldBeNull();

        var account = lookup.FindAccount("6518")!;

        account.Value.Label.ShouldBe("Autres");
        account.Source.ShouldBe(new NomenclatureId(2021, "M4", "M43_D"));
        account.IsFromOtherYear.ShouldBeTrue();
        account.RequestedYear.ShouldBe(2022);

        var chapter = lookup.FindChapterOfAccount("6518", FlowDirection.Depense, OperationKind.Reel)!;
        chapter.Value.Code.ShouldBe("65");
        chapter.Value.Label.ShouldBe("Autres charges de gestion courante");
        chapter.Value.Section.ShouldBe(BudgetSection.Fonctionnement);
        chapter.IsFromOtherYear.ShouldBeTrue();
        lookup.FindChapterOfAccount("6518", FlowDirection.Recette, OperationKind.Reel).ShouldBeNull("6518 has no RR");
    }

    [Fact]
    public void CodesOfTheYear_AreNotReportedAsFallback()
    {
        var lookup = PlanFixtures.Catalog.For(2022, "M4", "M43_D");

        var account = lookup.FindAccount("6061")!;

        account.IsFromOtherYear.ShouldBeFalse();
        account.Source.Year.ShouldBe(2022);
        lookup.FindChapter("011")!.IsFromOtherYear.ShouldBeFalse();
    }

    [Fact]
    public void FallbackOrder_IsNearestYearPreviousFirst()
    {
        var plans = Enumerable.Range(2018, 5).Select(year => Plan(year)).ToList();
        var catalog = PlanCatalog.FromPlans(plans);

        catalog.For(2020, "M14", "M14_CE").FallbackOrder.Select(id => id.Year).ShouldBe([2020, 2019, 2021, 2018, 2022]);
        catalog.For(2025, "M14", "M14_CE").FallbackOrder.Select(id => id.Year).ShouldBe([2022, 2021, 2020, 2019, 2018]);
        catalog.For(2020, "M14", "M14_CE").Plan.ShouldNotBeNull();
        catalog.For(2025, "M14", "M14_CE").Plan.ShouldBeNull();
        catalog.For(2020, "M57", "M57_A").HasPlans.ShouldBeFalse();
        catalog.For(2020, "M57", "M57_A").FindAccount("6064").ShouldBeNull();
    }

    [Theory]
    [InlineData("4581001", "4581", "Opérations sous mandat")]
    [InlineData("4544128", "45441", "Opérations d'aménagement foncier")]
    [InlineData("4582", "4582", "Opérations sous mandat")]
    public void OperationChapters_OfM52_ResolveToTheLongestChapterPrefix(string code, string chapter, string label)
    {
        var lookup = PlanFixtures.Catalog.For(2021, "M52", "M52");

        var match = lookup.FindChapter(code)!;

        match.Value.Code.ShouldBe(chapter);
        match.Value.Label.ShouldBe(label);
        match.Value.Section.ShouldBe(BudgetSection.Investissement);
        match.IsPrefixMatch.ShouldBe(code != chapter);
        lookup.GetSection(code).ShouldBe(BudgetSection.Investissement);
    }

    [Theory]
    [InlineData("2031")]
    [InlineData("0111")]
    [InlineData("45")]
    [InlineData("")]
    public void PrefixFallback_IsOnlyForOperationChapters(string code)
    {
        PlanFixtures.Catalog.For(2021, "M52", "M52").FindChapter(code).ShouldBeNull();
    }

    [Fact]
    public void FunctionalChapters_AreChaptersOfABudgetVotedByFunction()
    {
        var lookup = PlanFixtures.Catalog.For(2021, "M52", "M52");

        var chapter = lookup.FindChapter("930")!;

        chapter.Value.IsFunctional.ShouldBeTrue();
        chapter.Value.Label.ShouldBe("Services généraux");
        chapter.Value.Section.ShouldBe(BudgetSection.Fonctionnement);
        lookup.FindChapter("011")!.Value.IsFunctional.ShouldBeFalse();
        lookup.Plan!.FindChapter("930").ShouldBeNull("PlanDeComptes.FindChapter is for nature chapters");
    }

    [Fact]
    public void DeletedAccounts_StillResolve()
    {
        var lookup = PlanFixtures.Catalog.For(2021, "M52", "M52");

        var account = lookup.FindAccount("6581")!;

        account.Value.IsDeleted.ShouldBeTrue();
        lookup.FindChapterOfAccount("6581", FlowDirection.Depense, OperationKind.Reel)!.Value.Code.ShouldBe("65");
    }

    [Theory]
    [InlineData(FlowDirection.Recette, OperationKind.Reel, null, "10")]
    [InlineData(FlowDirection.Depense, OperationKind.Reel, null, "10")]
    [InlineData(FlowDirection.Recette, OperationKind.Ordre, OrderOperationType.BetweenSections, "040")]
    [InlineData(FlowDirection.Depense, OperationKind.Ordre, OrderOperationType.WithinSection, "041")]
    [InlineData(FlowDirection.Depense, OperationKind.Ordre, null, "040")]
    public void ChapterOfAnAccount_DependsOnDirectionAndOperation(FlowDirection direction, OperationKind kind, OrderOperationType? orderType, string expected)
    {
        var chapter = PlanFixtures.Catalog.For(2021, "M52", "M52").FindChapterOfAccount("1021", direction, kind, orderType)!;

        chapter.Value.Code.ShouldBe(expected);
        chapter.Value.Section.ShouldBe(BudgetSection.Investissement);
    }

    [Fact]
    public void OrderWithoutType_FallsBackToTheOnlyOrderChapter()
    {
        // 10251 has no order chapter between sections, only inside the section (041).
        PlanFixtures.Catalog.For(2021, "M52", "M52")
            .FindChapterOfAccount("10251", FlowDirection.Recette, OperationKind.Ordre)!.Value.Code.ShouldBe("041");
    }

    [Fact]
    public void Functions_ResolveFromRefFoncThenFunctionalChapters()
    {
        var lookup = PlanFixtures.Catalog.For(2021, "M52", "M52");

        lookup.FindFunction("020")!.Value.Label.ShouldBe("Administration générale de la collectivité");
        lookup.GetFunctionLabel("0202").ShouldBe("Autres moyens généraux");
        lookup.GetFunctionLabel("930").ShouldBe("Services généraux");
        lookup.GetFunctionLabel("99999").ShouldBeNull();
    }

    [Theory]
    [InlineData("M14-M14_COM_500_3500", "M14", "M14_COM_500_3500")]
    [InlineData("m4-m43_d", "M4", "M43_D")]
    [InlineData(" M57-M57_A ", "M57", "M57_A")]
    [InlineData("M57_A", "M57", "M57_A")]
    [InlineData("M52", "M52", "M52")]
    [InlineData("M43_D", "M4", "M43_D")]
    [InlineData("M14_COM_500_3500", "M14", "M14_COM_500_3500")]
    public void NomenclatureId_ParsesTheTotemValue(string value, string norme, string declinaison)
    {
        var id = NomenclatureId.Parse(2022, value);

        id.ShouldBe(new NomenclatureId(2022, norme, declinaison));
        id.Nomenclature.ShouldBe(norme + "-" + declinaison);
        id.ToString().ShouldBe($"2022/{norme}/{declinaison}");
    }

    [Theory]
    [InlineData("14")]
    [InlineData("M")]
    [InlineData("M14 COM")]
    [InlineData("-M14")]
    [InlineData("M14-")]
    [InlineData("A-B-C")]
    [InlineData("")]
    public void NomenclatureId_RejectsOtherValues(string value)
    {
        NomenclatureId.TryParse(2022, value, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => NomenclatureId.Parse(2022, value));
    }

    private static PlanDeComptes Plan(int year) =>
        PlanDeComptes.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            $"""<Nomenclature Norme="M14" Declinaison="M14_CE" Exer="{year}"><Nature><Chapitres/></Nature></Nomenclature>""")));
}
