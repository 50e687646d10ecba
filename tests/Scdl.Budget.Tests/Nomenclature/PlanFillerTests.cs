using Scdl.Budget.Nomenclature;
using Scdl.Budget.Tests.Validation.Rules;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class PlanFillerTests
{
    [Fact]
    public void Fill_CompletesALineFromItsAccountDirectionAndKind()
    {
        // A producer with only the account, the direction, the kind and the amount.
        var filler = new PlanFiller(PlanCatalog.BuiltIn, "M14-M14_COM_500_3500");
        var line = Bare("6064") with { Year = 2022 };

        var filled = filler.Fill(line);

        filled.AccountLabel.ShouldBe("Fournitures administratives");
        filled.ChapterCode.ShouldBe("011");
        filled.ChapterLabel.ShouldBe("Charges à caractère général");
        filled.Section.ShouldBe(BudgetSection.Fonctionnement);
        filled.MontantVote.ShouldBe(line.MontantVote);
    }

    [Fact]
    public void Fill_UsesTheOrderChapters()
    {
        var filled = new PlanFiller(PlanFixtures.Catalog, "M52-M52").Fill(Bare("6811") with { OperationKind = OperationKind.Ordre });

        filled.ChapterCode.ShouldBe("042");
        filled.Section.ShouldBe(BudgetSection.Fonctionnement);
    }

    [Fact]
    public void Fill_KeepsTheCodesAndLabelsPresent_UnlessAskedToOverwriteLabels()
    {
        var line = Bare("6064") with { AccountLabel = "Fournitures", ChapterCode = "65", Section = BudgetSection.Fonctionnement };

        var kept = new PlanFiller(PlanFixtures.Catalog, "M52-M52").Fill(line);
        kept.AccountLabel.ShouldBe("Fournitures");
        kept.ChapterCode.ShouldBe("65", "a chapter given by the producer wins");
        kept.ChapterLabel.ShouldBe("Autres charges de gestion courante");
        kept.Section.ShouldBe(BudgetSection.Fonctionnement);

        var overwritten = new PlanFiller(PlanFixtures.Catalog, "M52-M52", new PlanFillOptions { OverwriteLabels = true }).Fill(line);
        overwritten.AccountLabel.ShouldBe("Fournitures administratives");
    }

    [Theory]
    [InlineData(BudgetSection.Investissement)]
    [InlineData(BudgetSection.Fonctionnement)]
    [InlineData(default(BudgetSection))]
    public void Fill_SetsTheChaptersSection_WhateverTheLineHeld(BudgetSection given)
    {
        // The obvious call: a producer must give some section to build a line; the filler gives the chapter's.
        var filler = new PlanFiller(PlanCatalog.BuiltIn, "M14-M14_COM_500_3500");

        filler.Fill(Bare("6064") with { Year = 2022, Section = given }).Section.ShouldBe(BudgetSection.Fonctionnement);
        filler.Fill(Bare("2188") with { Year = 2022, Section = given }).Section.ShouldBe(BudgetSection.Investissement);
    }

    [Fact]
    public void FillRecord_ReportsASectionItReplaced_AsAWarning()
    {
        var filler = new PlanFiller(PlanFixtures.Catalog, "M52-M52");
        BudgetRecord[] records = [new(Bare("6064") with { Section = BudgetSection.Investissement }, 2, []), new(Bare("6064") with { Section = default }, 3, [])];

        var filled = filler.Fill(records).ToList();

        filled[0].Line!.Section.ShouldBe(BudgetSection.Fonctionnement);
        var replaced = filled[0].Findings.ShouldHaveSingleItem();
        replaced.Code.ShouldBe(FindingCodes.SectionDiffersFromPlan);
        replaced.Severity.ShouldBe(FindingSeverity.Warning);
        replaced.Location.ShouldBe(new SourceLocation(2, "BGT_SECTION"));
        replaced.Value.ShouldBe("investissement");
        replaced.Arguments.ShouldBe(["011", "fonctionnement"]);
        filled[1].Findings.ShouldBeEmpty("an unset section is filled without a word");
    }

    [Theory]
    [InlineData("M99")]
    [InlineData("M14")]
    [InlineData("M14-M14_COM_500_3500")]
    public void Constructor_UnknownPlan_IsRefusedUpFront_WithTheKnownOnes(string nomenclature)
    {
        // PlanFixtures has only M43_D and M52: M14 is unknown there.
        var error = Should.Throw<ArgumentException>(() => new PlanFiller(PlanFixtures.Catalog, nomenclature));

        error.ParamName.ShouldBe("nomenclature");
        error.Message.ShouldContain("M4-M43_D, M52-M52");
        error.Message.ShouldContain($"'{nomenclature}'");
    }

    [Theory]
    [InlineData("M57_A")]
    [InlineData("M4-M43_D")]
    [InlineData("M14-M14_COM_SUP3500")]
    public void Constructor_KnownPlan_InEitherSpelling_IsAccepted(string nomenclature)
    {
        Should.NotThrow(() => new PlanFiller(PlanCatalog.BuiltIn, nomenclature));
    }

    [Fact]
    public void Fill_FillsFunctionLabels()
    {
        var filled = new PlanFiller(PlanFixtures.Catalog, "M52-M52").Fill(Bare("6064") with { FunctionCode = "020" });

        filled.FunctionLabel.ShouldBe("Administration générale de la collectivité");
    }

    [Fact]
    public void Fill_ReturnsTheSameLine_WhenNothingCanBeFilled()
    {
        var line = Bare("6999");

        new PlanFiller(PlanFixtures.Catalog, "M52-M52").Fill(line).ShouldBeSameAs(line);
    }

    [Fact]
    public void FillRecord_ReportsWhatCouldNotBeFilled()
    {
        var filler = new PlanFiller(PlanFixtures.Catalog, "M4-M43_D", new PlanFillOptions { ColumnConvention = ColumnConvention.TotemConverters });
        BudgetRecord[] records =
        [
            new(Bare("6518") with { Year = 2022 }, 2, []),
            new(Bare("6999") with { Year = 2022 }, 3, []),
            new(Bare("6518") with { Year = 2022, Direction = FlowDirection.Recette }, 4, []),
            new(null, 5, [new Finding(FindingCodes.InvalidYear, FindingSeverity.Error, new SourceLocation(5, "BGT_ANNEE"), "22")]),
        ];

        var filled = filler.Fill(records).ToList();

        filled[0].Line!.AccountLabel.ShouldBe("Autres");
        filled[0].Line!.ChapterCode.ShouldBe("65");
        filled[0].Findings.Select(f => (f.Code, f.Location)).ShouldBe([(FindingCodes.CodeFromOtherYear, new SourceLocation(2, "BGT_NATURE"))]);
        filled[1].Findings.Select(f => f.Code).ShouldBe([FindingCodes.UnknownAccount]);
        filled[1].Line!.ChapterCode.ShouldBeEmpty();
        filled[2].Findings.Select(f => f.Code).ShouldBe([FindingCodes.CodeFromOtherYear, FindingCodes.AccountNotAllowed]);
        filled[3].ShouldBeSameAs(records[3]);
    }

    [Fact]
    public void Fill_IsLazy()
    {
        var filler = new PlanFiller(PlanFixtures.Catalog, "M52-M52");

        var lines = filler.Fill(Source());

        lines.Take(2).Count().ShouldBe(2);

        static IEnumerable<BudgetLine> Source()
        {
            yield return Bare("6064");
            yield return Bare("6811");
            throw new InvalidOperationException("read too far");
        }
    }

    [Fact]
    public async Task FillAsync_GivesTheSameRecordsAsFill()
    {
        var filler = new PlanFiller(PlanFixtures.Catalog, "M52-M52");
        BudgetRecord[] records = [new(Bare("6064"), 2, []), new(Bare("6999"), 3, [])];

        var asynchronous = new List<BudgetRecord>();
        await foreach (var record in filler.FillAsync(records.ToAsyncEnumerable()))
        {
            asynchronous.Add(record);
        }

        var synchronous = filler.Fill(records).ToList();
        asynchronous.Select(r => (r.Line, r.Findings.Count)).ShouldBe(synchronous.Select(r => (r.Line, r.Findings.Count)));
    }

    [Fact]
    public void SaintMalo_LinesWithoutChapter_AreCompletedAsTheConverterDidForTheOthers()
    {
        // Saint-Malo's 2022 transport budget: yatotem2scdl left BGT_CONTNAT, its label and BGT_SECTION empty on 25
        // lines (TOTEM ContNat absent). Emptying chapter, labels and section on every line and filling from the plan
        // gives back what the converter wrote wherever it wrote something, and completes the 25 others. The two
        // operation lines (4581001, 4582001: chapter + operation 001) get the plan's chapter 4581/4582: the operation
        // number is not in the plan.
        var lines = RealCsv.Read("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv");
        var filler = new PlanFiller(PlanCatalog.BuiltIn, "M4-M43_D");
        var completedWithoutChapter = 0;

        foreach (var (original, number) in lines)
        {
            var filled = filler.Fill(original with { ChapterCode = "", ChapterLabel = "", AccountLabel = "", Section = default });

            if (original.AccountLabel.Length == 0)
            {
                // Line 79, account 6518: absent from the 2022 plan, the converter left its label empty; the 2021 plan has it.
                number.ShouldBe(79);
                filled.AccountLabel.ShouldBe("Autres");
            }
            else
            {
                filled.AccountLabel.ShouldBe(original.AccountLabel, $"line {number}");
            }

            filled.Section.ShouldNotBe(default, $"line {number}");
            if (original.ChapterCode.Length == 0)
            {
                completedWithoutChapter++;
                filled.ChapterCode.ShouldNotBeEmpty($"line {number}");
            }
            else if (original.ChapterCode.Length > 4 && original.ChapterCode.StartsWith("45", StringComparison.Ordinal))
            {
                original.ChapterCode.ShouldStartWith(filled.ChapterCode, Case.Sensitive, $"line {number}");
            }
            else
            {
                filled.ChapterCode.ShouldBe(original.ChapterCode, $"line {number}");
                filled.ChapterLabel.ShouldBe(original.ChapterLabel, $"line {number}");
                filled.Section.ShouldBe(original.Section, $"line {number}");
            }
        }

        completedWithoutChapter.ShouldBe(25);
    }

    [Fact]
    public void SaintMalo_OperationChapters_GetTheLabelAndSectionTheConverterLeftEmpty()
    {
        // Line 18: chapter 4581001, no chapter label, no section in the converter's output.
        var (line, _) = RealCsv.Read("saint-malo-agglo-transport-bp2022.yatotem2scdl.csv").Single(l => l.Number == 18);

        var filled = new PlanFiller(PlanCatalog.BuiltIn, "M4-M43_D").Fill(line);

        filled.ChapterCode.ShouldBe("4581001");
        filled.ChapterLabel.ShouldNotBeNullOrEmpty();
        filled.Section.ShouldBe(BudgetSection.Investissement);
    }

    private static BudgetLine Bare(string account) => PlanLineCheckerTests.Line(account, "", section: default);
}
