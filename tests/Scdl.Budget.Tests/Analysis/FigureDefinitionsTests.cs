using Scdl.Budget.Analysis;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Analysis;

/// <summary>The definitions of the figures are data (<c>Analysis/Data/definitions.tsv</c>), checked against every official plan.</summary>
public sealed class FigureDefinitionsTests
{
    [Fact]
    public void BuiltIn_DefinesEveryFigure_ForEveryNormeOfTheCatalogue_AndForAnUnknownOne()
    {
        var definitions = FigureDefinitions.BuiltIn;
        var normes = PlanCatalog.BuiltIn.Nomenclatures.Select(n => n.Norme).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        normes.ShouldBe(["M14", "M4", "M52", "M57", "M61", "M71"]);
        foreach (var norme in normes.Append(null))
        {
            definitions.For(norme).Select(r => r.Figure).Distinct().Order().ToArray().ShouldBe(Enum.GetValues<DefinedFigure>(), norme ?? "unknown");
        }
    }

    /// <summary>
    /// Every chapter a definition names is a chapter of every plan of its norme (2013–2024), and every account prefix
    /// starts some account of each: a definition cannot silently miss its lines in one nomenclature.
    /// </summary>
    [Fact]
    public void EveryCodeOfADefinition_ExistsInEveryPlanItAppliesTo()
    {
        var catalog = PlanCatalog.BuiltIn;
        var checkedPlans = 0;
        foreach (var id in catalog.Nomenclatures)
        {
            var plan = catalog.GetPlan(id)!;
            foreach (var row in FigureDefinitions.BuiltIn.For(id.Norme))
            {
                foreach (var code in row.Codes)
                {
                    var exists = row.Match == DefinitionMatch.Chapter
                        ? plan.FindChapter(code) is not null
                        : plan.Accounts.Any(a => a.Code.StartsWith(code, StringComparison.Ordinal));
                    exists.ShouldBeTrue($"{code} ({row.Figure}, line {row.SourceLine}) in {id}");
                }
            }

            checkedPlans++;
        }

        checkedPlans.ShouldBe(catalog.Nomenclatures.Count);
    }

    [Fact]
    public void M4_HasItsOwnEquipmentDefinition_WithoutChapter204()
    {
        var m4 = FigureDefinitions.BuiltIn.For("M4").Where(r => r.Figure == DefinedFigure.DepensesEquipement).ToList();
        var others = FigureDefinitions.BuiltIn.For("M57").Where(r => r.Figure == DefinedFigure.DepensesEquipement).ToList();

        m4.ShouldAllBe(r => r.Nomenclatures.Contains("M4"));
        m4.SelectMany(r => r.Codes).ShouldBe(["20", "21", "23", "72"]);
        others.SelectMany(r => r.Codes).ShouldBe(["20", "204", "21", "23", "72"]);
    }

    [Theory]
    [InlineData("epargneBrute\t*\t+\tF\tR\treel\tall\t", "a known figure")]
    [InlineData("interetsDeLaDette\t*\t±\tF\tD\treel\taccount\t661", "a sign")]
    [InlineData("interetsDeLaDette\t*\t+\tF\tD\treporte\taccount\t661", "a kind")]
    [InlineData("interetsDeLaDette\t*\t+\tF\tD\treel\taccount\t", "codes exactly when")]
    [InlineData("interetsDeLaDette\t*\t+\tF\tD\treel", "8 cells")]
    public void MalformedRow_IsRefused_WithItsLine(string row, string expected)
    {
        var text = "# comment\n\n" + row + "\n";

        var exception = Should.Throw<FormatException>(() => FigureDefinitions.Parse(new StringReader(text)));

        exception.Message.ShouldContain("line 3");
        exception.Message.ShouldContain(expected);
    }
}
