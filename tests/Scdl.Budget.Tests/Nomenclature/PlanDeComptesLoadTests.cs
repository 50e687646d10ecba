using System.Text;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class PlanDeComptesLoadTests
{
    [Fact]
    public void Load_ReadsChaptersAccountsAndFunctionsOfARealPlan()
    {
        var plan = PlanFixtures.Load("2021/M52/M52");

        plan.Id.ShouldBe(new NomenclatureId(2021, "M52", "M52"));
        var chapter = plan.FindChapter("011")!;
        chapter.Label.ShouldBe("Charges à caractère général");
        chapter.Section.ShouldBe(BudgetSection.Fonctionnement);
        chapter.ChapterType.ShouldBe("G");
        plan.FindChapter("45441")!.Section.ShouldBe(BudgetSection.Investissement);
        plan.FindChapter("015")!.IsSpecial.ShouldBeTrue();

        var account = plan.FindAccount("1021")!;
        account.Label.ShouldBe("Dotation");
        account.ParentCode.ShouldBe("102");
        account.GetChapterCode(AccountUse.RealReceipt).ShouldBe("10");
        account.GetChapterCode(AccountUse.ExpenseOrderBetweenSections).ShouldBe("040");
        account.GetChapterCode(AccountUse.ReceiptOrderWithinSection).ShouldBe("041");
        plan.FindAccount("10")!.IsGroup.ShouldBeTrue();
        plan.FindAccount("10")!.ParentCode.ShouldBeNull();
        plan.FindAccount("10222")!.ParentCode.ShouldBe("1022");
        plan.FindAccount("020")!.GetChapterCode(AccountUse.RealReceipt).ShouldBeNull();

        plan.FindFunctionReference("020")!.Label.ShouldBe("Administration générale de la collectivité");
        plan.FindFunctionReference("020")!.ParentCode.ShouldBe("02");
        plan.FindFunctionReference("0")!.ParentCode.ShouldBeNull();
        plan.FindFunctionChapter("930")!.Label.ShouldBe("Services généraux");
        plan.FindFunctionAccount("900201")!.GetChapterCode(AccountUse.RealExpense).ShouldBe("900");
        plan.FindAccount("900201").ShouldBeNull("functional accounts are not nature accounts");
    }

    [Fact]
    public void Load_KeepsDeletedAccounts()
    {
        var plan = PlanFixtures.Load("2021/M52/M52");

        var deleted = plan.FindAccount("73111")!;

        deleted.IsDeleted.ShouldBeTrue();
        deleted.DeletedSince.ShouldBe("2020-12-08T14:00:00");
        deleted.Label.ShouldBe("Taxe foncière sur les propriétés bâties");
        plan.FindAccount("1021")!.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public void Load_TakesTheIdentityFromTheRootUnlessGiven()
    {
        // The official 2022 M43_D file says Exer="2020" on its root.
        PlanFixtures.Load("2022/M4/M43_D").Id.Year.ShouldBe(2020);

        using var stream = new MemoryStream(PlanFixtures.Bytes("2022/M4/M43_D"));
        PlanDeComptes.Load(stream, new NomenclatureId(2022, "M4", "M43_D")).Id.Year.ShouldBe(2022);
    }

    [Fact]
    public void Load_HonoursAnIso88591Declaration()
    {
        var utf8 = Encoding.UTF8.GetString(PlanFixtures.Bytes("2021/M4/M43_D"))
            .Replace("encoding='UTF-8'", "encoding='ISO-8859-1'", StringComparison.Ordinal);
        var latin1 = Encoding.Latin1.GetBytes(utf8);

        var plan = PlanDeComptes.Load(new MemoryStream(latin1));

        plan.FindChapter("011")!.Label.ShouldBe("Charges à caractère général");
        plan.Accounts.Count.ShouldBe(PlanFixtures.Load("2021/M4/M43_D").Accounts.Count);
    }

    [Fact]
    public void Load_RefusesADtd()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Nomenclature [<!ENTITY x "boom">]>
            <Nomenclature Norme="M14" Declinaison="M14_CE" Exer="2022"><Nature/></Nomenclature>
            """;

        var exception = Should.Throw<ScdlFormatException>(() => PlanDeComptes.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

        exception.Code.ShouldBe(FindingCodes.UnreadablePlan);
    }

    [Theory]
    [InlineData("<html><body>Not found</body></html>")]
    [InlineData("<Nomenclature Norme=\"M14\"><Nature>")]
    [InlineData("")]
    public void Load_ThrowsAFormatExceptionForWhatIsNotAPlan(string xml)
    {
        var exception = Should.Throw<ScdlFormatException>(() => PlanDeComptes.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

        exception.Code.ShouldBe(FindingCodes.UnreadablePlan);
        exception.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Load_FromAFileSystem()
    {
        var fileSystem = PlanFixtures.FileSystem();

        var plan = PlanDeComptes.Load(fileSystem, "/plans/2021/M4/M43_D/planDeCompte.xml");

        plan.FindAccount("6518")!.Label.ShouldBe("Autres");
    }
}
