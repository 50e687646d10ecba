using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Summary;
using Scdl.Budget.Totem.Tests.Support;
using Scdl.Budget.Validation;
using static Scdl.Budget.Totem.Tests.Support.CalculatedLines;

namespace Scdl.Budget.Totem.Tests.Summary;

/// <summary>
/// The summary of every shared TOTEM document that carries its own totals (calculated lines) equals them: each total
/// of the summary that has a calculated counterpart. The calculated lines are read here with XDocument; the library's
/// reader skips them. Of the shared files, the Mohon CFU 2023 carries them (633 calculated lines).
/// </summary>
public sealed class CalculatedTotalsTests
{
    /// <summary>The calculated groups that are totals of the summary: (group, section, direction, what it adds up).</summary>
    private static readonly (string Group, BudgetSection Section, FlowDirection Direction, Part Part)[] SectionGroups =
    [
        ("GRECEXFONREL", BudgetSection.Fonctionnement, FlowDirection.Recette, Part.Reel),
        ("GRECEXFONORD", BudgetSection.Fonctionnement, FlowDirection.Recette, Part.Ordre),
        ("GRECEXFON", BudgetSection.Fonctionnement, FlowDirection.Recette, Part.Year),
        ("GRECTOTFONCA", BudgetSection.Fonctionnement, FlowDirection.Recette, Part.All),
        ("GDEPEXFONREL", BudgetSection.Fonctionnement, FlowDirection.Depense, Part.Reel),
        ("GDEPEXFONORD", BudgetSection.Fonctionnement, FlowDirection.Depense, Part.Ordre),
        ("GDEPEXFON", BudgetSection.Fonctionnement, FlowDirection.Depense, Part.Year),
        ("GDEPTOTFONCA", BudgetSection.Fonctionnement, FlowDirection.Depense, Part.All),
        ("GRECEXINVREL", BudgetSection.Investissement, FlowDirection.Recette, Part.Reel),
        ("GRECEXINVORD", BudgetSection.Investissement, FlowDirection.Recette, Part.Ordre),
        ("GRECEXINV", BudgetSection.Investissement, FlowDirection.Recette, Part.Year),
        ("GRECTOTINVCA", BudgetSection.Investissement, FlowDirection.Recette, Part.All),
        ("GDEPEXINVREL", BudgetSection.Investissement, FlowDirection.Depense, Part.Reel),
        ("GDEPEXINVORD", BudgetSection.Investissement, FlowDirection.Depense, Part.Ordre),
        ("GDEPEXINV", BudgetSection.Investissement, FlowDirection.Depense, Part.Year),
        ("GDEPTOTINVCA", BudgetSection.Investissement, FlowDirection.Depense, Part.All),
    ];

    private enum Part
    {
        Reel,
        Ordre,
        Year,
        All,
    }

    public static TheoryData<string> ValidFiles => new(TestFiles.ValidXml);

    [Fact]
    public void TheMohonCfu_CarriesThe633CalculatedLines_TheOtherSharedDocumentsNone()
    {
        foreach (var file in TestFiles.ValidXml)
        {
            CalculatedLines.Load(file).Calculated.Count.ShouldBe(file == "mohon-cfu2023.cfu.xml" ? 633 : 0, file);
        }
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Summary_EqualsTheDocumentsOwnSectionTotals(string file)
    {
        var calculated = CalculatedLines.Load(file);
        foreach (var document in Summaries(file))
        {
            foreach (var (group, section, direction, part) in SectionGroups.Where(g => calculated.HasGroup(g.Group)))
            {
                var total = part switch
                {
                    Part.Reel => document.GetTotal(section, direction, OperationKind.Reel),
                    Part.Ordre => document.GetTotal(section, direction, OperationKind.Ordre),
                    Part.Year => document.GetTotal(section, direction, OperationKind.Reel) + document.GetTotal(section, direction, OperationKind.Ordre),
                    _ => document.GetTotal(section, direction),
                };
                total.ShouldBe(Amount(calculated.Group(group), "MtReal"), group);
                if (part is Part.Reel or Part.Ordre)
                {
                    // Every amount column the summary totals has its counterpart in the calculated line.
                    var line = document.Totals.Single(t => t.Section == section && t.Direction == direction && t.OperationKind == (part == Part.Reel ? OperationKind.Reel : OperationKind.Ordre));
                    (line.Realisations, line.MontantVote, line.RestesARealiserPrecedents, line.RestesARealiser).ShouldBe(
                        (Amount(calculated.Group(group), "MtReal"), Amount(calculated.Group(group), "MtPrev"), Amount(calculated.Group(group), "MtRARPrec"), Amount(calculated.Group(group), "MtRAR3112")),
                        group);
                }

                var restes = document.Totals.Where(t => t.Section == section && t.Direction == direction).Sum(t => t.RestesARealiser)
                    + (part == Part.All ? document.CarriedForward.Where(t => t.Section == section && t.Direction == direction).Sum(t => t.RestesARealiser) : 0m);
                if (part is Part.Year or Part.All)
                {
                    restes.ShouldBe(Amount(calculated.Group(group), "MtRAR3112"), group + " restes à réaliser");
                }
            }

            if (calculated.HasGroup("SOLDE002"))
            {
                (document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Recette) - document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Depense))
                    .ShouldBe(Amount(calculated.Group("SOLDE002"), "MtReal"));
                (document.GetCarriedForward(BudgetSection.Investissement, FlowDirection.Recette) - document.GetCarriedForward(BudgetSection.Investissement, FlowDirection.Depense))
                    .ShouldBe(Amount(calculated.Group("SOLDE001"), "MtReal"));
            }
        }
    }

    [Fact]
    public void MohonCfu_RealOperatingReceipts_AreTheDocumentsOwn_NotWithItsResultCarriedForward()
    {
        var document = Summaries("mohon-cfu2023.cfu.xml").ShouldHaveSingleItem();

        document.GetTotal(BudgetSection.Fonctionnement, FlowDirection.Recette, OperationKind.Reel).ShouldBe(931_181.38m);
        document.GetCarriedForward(BudgetSection.Fonctionnement, FlowDirection.Recette).ShouldBe(768_051.45m);
        document.GetCarriedForward(BudgetSection.Investissement, FlowDirection.Recette).ShouldBe(219_190.65m);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Summary_EqualsTheDocumentsOwnChapterTotals_AndBalanceChecks(string file)
    {
        var calculated = CalculatedLines.Load(file).ChapterTotals();
        foreach (var document in Summaries(file))
        {
            foreach (var (chapter, direction, kind, line) in calculated)
            {
                var flow = direction == "R" ? FlowDirection.Recette : FlowDirection.Depense;
                var operation = kind == "0" ? OperationKind.Reel : OperationKind.Ordre;
                document.Chapters
                    .Where(c => c.ChapterCode == chapter && c.Direction == flow && c.OperationKind == operation)
                    .Sum(c => c.Amount)
                    .ShouldBe(Amount(line, "MtReal"), $"{chapter} {direction} {kind}");
            }

            // Every chapter of the summary with an amount has its calculated counterpart.
            if (calculated.Count > 0)
            {
                foreach (var chapter in document.Chapters.Where(c => c.Amount != 0))
                {
                    calculated.ShouldContain(
                        c => c.Chapter == chapter.ChapterCode && c.Direction == (chapter.Direction == FlowDirection.Recette ? "R" : "D") && c.Kind == (chapter.OperationKind == OperationKind.Reel ? "0" : "1"),
                        chapter.ChapterCode);
                }

                foreach (var check in document.Checks)
                {
                    var (depenses, recettes) = check.Kind switch
                    {
                        BalanceCheckKind.Depenses040Recettes042 => ("040", "042"),
                        BalanceCheckKind.Depenses042Recettes040 => ("042", "040"),
                        BalanceCheckKind.Order041 => ("041", "041"),
                        BalanceCheckKind.Order043 => ("043", "043"),
                        _ => ("023", "021"),
                    };
                    check.Left.ShouldBe(calculated.Where(c => c.Chapter == depenses && c.Direction == "D").Sum(c => Amount(c.Line, "MtReal")), check.Kind.ToString());
                    check.Right.ShouldBe(calculated.Where(c => c.Chapter == recettes && c.Direction == "R").Sum(c => Amount(c.Line, "MtReal")), check.Kind.ToString());
                }
            }
        }
    }

    /// <summary>The summaries of the document: of its converted lines, and of the CSV converted from it, which must agree.</summary>
    private static List<DocumentSummary> Summaries(string file)
    {
        var validator = new BudgetValidator(new BudgetValidationOptions { SchemaVersion = SchemaVersion.Version083 });
        var fromLines = validator.Validate(TotemConverter.Read(TestFiles.XmlStream(file))).Summary.Documents;

        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes(file)));
        TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv");
        var fromCsv = validator.Validate(fileSystem, "/out.csv").Summary.Documents;

        fromCsv.Count.ShouldBe(fromLines.Count);
        for (var i = 0; i < fromLines.Count; i++)
        {
            fromCsv[i].Totals.ShouldBe(fromLines[i].Totals);
            fromCsv[i].CarriedForward.ShouldBe(fromLines[i].CarriedForward);
            fromCsv[i].Checks.ShouldBe(fromLines[i].Checks);
        }

        return [.. fromLines];
    }
}
