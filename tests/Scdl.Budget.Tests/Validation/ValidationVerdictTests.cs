using System.Text;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

public sealed class ValidationVerdictTests
{
    private static readonly BudgetValidator Validator = new(new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.All & ~ValidationRuleGroups.Plan });

    private static ValidationReport Validate(string text) => Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Verdict_CanonicalFile_IsValid()
    {
        var report = Validate(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n");

        report.Verdict.ShouldBe(ValidationVerdict.Valid);
        report.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Verdict_OnlyFormatErrors_IsNotInStandardFormat()
    {
        // A blank row is a departure from the format (frictionless blank-row): the content is right.
        var report = Validate(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n\n" + Support.Csv.ValidRow.Replace("1500.50", "12.00", StringComparison.Ordinal) + "\n");

        report.Findings.CountOf(FindingCodes.BlankRow).ShouldBe(1);
        report.Verdict.ShouldBe(ValidationVerdict.NotInStandardFormat);
        report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Verdict_ContentError_IsInvalidWhateverTheFormat()
    {
        var report = Validate(Support.Csv.Header + "\n\n" + Support.Csv.ValidRow.Replace("CRACH", string.Empty, StringComparison.Ordinal) + "\n");

        report.Findings.CountOf(FindingCodes.RequiredValueMissing).ShouldBe(1);
        report.Verdict.ShouldBe(ValidationVerdict.Invalid);
    }

    [Fact]
    public void Verdict_EmptyInput_IsUnreadable()
    {
        var report = Validate(string.Empty);

        report.Verdict.ShouldBe(ValidationVerdict.Unreadable);
        report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Verdict_FormatErrorOverriddenToWarning_IsValid()
    {
        var validator = new BudgetValidator(new BudgetValidationOptions
        {
            RuleGroups = ValidationRuleGroups.All & ~ValidationRuleGroups.Plan,
            SeverityOverrides = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal) { [FindingCodes.BlankRow] = FindingSeverity.Warning },
        });

        var report = validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n\n")));

        report.Verdict.ShouldBe(ValidationVerdict.Valid);
    }
}
