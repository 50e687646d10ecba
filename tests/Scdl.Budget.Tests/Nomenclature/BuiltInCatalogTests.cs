using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class BuiltInCatalogTests
{
    [Fact]
    public void BuiltIn_HasEveryOfficialPlanFrom2013To2024()
    {
        var catalog = PlanCatalog.BuiltIn;

        catalog.Nomenclatures.Count.ShouldBe(215);
        catalog.Nomenclatures.Min(id => id.Year).ShouldBe(2013);
        catalog.Nomenclatures.Max(id => id.Year).ShouldBe(2024);
        catalog.Nomenclatures.Select(id => id.Norme).Distinct().Order(StringComparer.Ordinal).ShouldBe(["M14", "M4", "M52", "M57", "M61", "M71"]);
        catalog.GetPlan(new NomenclatureId(2023, "M57", "M57_P")).ShouldNotBeNull("identified by its directory although its root says M57_D");
    }

    [Fact]
    public void BuiltIn_IsEmbeddedInTheStoredForm()
    {
        // Stored, not compressed: opening it then costs no decompression (3 to 4 ms of every small conversion).
        using var resource = typeof(PlanCatalog).Assembly.GetManifestResourceStream(PlanCatalog.BuiltInResourceName)!;
        var header = new byte[8];
        resource.ReadExactly(header);

        header.ShouldBe("SCDLPDC\u0002"u8.ToArray());
    }

    [Fact]
    public void BuiltIn_AnswersTheTotemConverterQuestion()
    {
        // Given only an account, a direction, a year and a nomenclature: label, chapter, chapter label and section.
        var lookup = PlanCatalog.BuiltIn.For(2022, "M14-M14_COM_500_3500");

        lookup.FindAccount("6064")!.Value.Label.ShouldBe("Fournitures administratives");
        var chapter = lookup.FindChapterOfAccount("6064", FlowDirection.Depense, OperationKind.Reel)!;
        chapter.Value.Code.ShouldBe("011");
        chapter.Value.Label.ShouldBe("Charges à caractère général");
        chapter.Value.Section.ShouldBe(BudgetSection.Fonctionnement);
    }

    [Fact]
    public void BuiltIn_FallsBackForSaintMalo6518()
    {
        var account = PlanCatalog.BuiltIn.For(2022, "M4", "M43_D").FindAccount("6518")!;

        account.Value.Label.ShouldBe("Autres");
        account.Source.Year.ShouldBe(2021);
    }

    [Fact]
    public void BuiltIn_IsTheSameAsTheXmlFixtures()
    {
        foreach (var id in PlanFixtures.Catalog.Nomenclatures)
        {
            var fromXml = PlanFixtures.Catalog.GetPlan(id)!;
            var builtIn = PlanCatalog.BuiltIn.GetPlan(id)!;
            Describe(builtIn).ShouldBe(Describe(fromXml), id.ToString());
        }
    }

    [Fact]
    public void Compact_RoundTripsAndIsDeterministic()
    {
        using var first = new MemoryStream();
        PlanFixtures.Catalog.WriteCompact(first);
        using var second = new MemoryStream();
        PlanCatalog.FromDirectory(PlanFixtures.FileSystem(), PlanFixtures.Root).WriteCompact(second);

        second.ToArray().ShouldBe(first.ToArray());

        first.Position = 0;
        var read = PlanCatalog.LoadCompact(first);
        read.Nomenclatures.ShouldBe(PlanFixtures.Catalog.Nomenclatures);
        foreach (var id in read.Nomenclatures)
        {
            Describe(read.GetPlan(id)!).ShouldBe(Describe(PlanFixtures.Catalog.GetPlan(id)!));
        }

        using var again = new MemoryStream();
        read.WriteCompact(again);
        again.ToArray().ShouldBe(first.ToArray());
    }

    [Fact]
    public void LoadCompact_RejectsOtherBytes()
    {
        Should.Throw<ScdlFormatException>(() => PlanCatalog.LoadCompact(new MemoryStream("SCDLPDC\u0001garbage"u8.ToArray())))
            .Code.ShouldBe(FindingCodes.UnreadablePlan);
        Should.Throw<ScdlFormatException>(() => PlanCatalog.LoadCompact(new MemoryStream("<xml/>  "u8.ToArray())))
            .Code.ShouldBe(FindingCodes.UnreadablePlan);
    }

    /// <summary>Renders everything a plan holds as text, to compare two plans field by field.</summary>
    internal static string Describe(PlanDeComptes plan)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in plan.Chapters.Concat(plan.FunctionChapters))
        {
            text.AppendLine($"C {c.Code}|{c.Label}|{c.ShortLabel}|{c.ChapterType}|{c.Section}|{c.IsSpecial}|{c.IsForStatementOnly}|{c.IsFunctional}");
        }

        foreach (var a in plan.Accounts.Concat(plan.FunctionAccounts))
        {
            var uses = string.Join(",", Enum.GetValues<AccountUse>().Select(a.GetChapterCode));
            text.AppendLine($"A {a.Code}|{a.Label}|{a.ShortLabel}|{a.ParentCode}|{a.IsGroup}|{a.IsDeleted}|{a.DeletedSince}|{uses}|{a.UsableInEquipmentReceipt}|{a.UsableInEquipmentExpense}");
        }

        foreach (var r in plan.FunctionReferences)
        {
            text.AppendLine($"R {r.Code}|{r.Label}|{r.ShortLabel}|{r.ParentCode}");
        }

        return text.ToString();
    }
}
