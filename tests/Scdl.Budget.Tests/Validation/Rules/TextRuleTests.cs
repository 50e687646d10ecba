using System.Text;
using Scdl.Budget.Tests.Support;
using Scdl.Budget.Validation;
using TestCsv = Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The text rule group: values that start like a spreadsheet formula, and operations that are not numbers.</summary>
public sealed class TextRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Theory]
    [InlineData("=SOMME(A1:A2)", "=")]
    [InlineData("+33 1 23", "+")]
    [InlineData("-Électricité", "-")]
    [InlineData("@cmd", "@")]
    [InlineData("\t=SOMME(A1:A2)", "\t=")]
    [InlineData("\t\r+33", "\t\r+")]
    public void TextStartingLikeAFormula_IsAWarning(string label, string sign)
    {
        var finding = Validator.Validate([Lines.Valid() with { AccountLabel = label }]).Findings.Kept.Single(f => f.Code == FindingCodes.FormulaInjection);

        finding.Severity.ShouldBe(FindingSeverity.Warning);
        finding.Location.Column.ShouldBe("BGT_CONTNAT_LABEL");
        finding.Arguments.ShouldBe([sign]);
    }

    [Theory]
    [InlineData("\tlibellé")]
    [InlineData(" =1")]
    [InlineData("A=B")]
    public void TextWithASignElsewhere_IsNotAFormula(string label) =>
        Validator.Validate([Lines.Valid() with { AccountLabel = label }]).Findings.CountOf(FindingCodes.FormulaInjection).ShouldBe(0);

    [Fact]
    public void NegativeAmounts_AreNotFormulas() =>
        Validator.Validate([Lines.Valid() with { MontantVote = -15m }]).Findings.CountOf(FindingCodes.FormulaInjection).ShouldBe(0);

    [Theory]
    [InlineData("4702", 0)]
    [InlineData("Aménagement du parc Paul Mistral, 4702", 1)]
    [InlineData("93 ", 1)]
    public void OperationThatIsNotANumber_IsInformation(string operation, int expected) =>
        Validator.Validate([Lines.Valid() with { Operation = operation }]).Findings.CountOf(FindingCodes.OperationNotNumeric).ShouldBe(expected);

    [Fact]
    public void GeneratedFile_WithFormulaLabels_IsStillValid_ButWarned()
    {
        var bytes = Encoding.UTF8.GetBytes(TestCsv.Write(SampleLines.Generate(seed: 7, 1_000)));

        var report = Validator.Validate(new MemoryStream(bytes));

        report.IsValid.ShouldBeTrue();
        report.Findings.CountOf(FindingCodes.FormulaInjection).ShouldBeGreaterThan(0);
    }
}
