using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation.Rules;

/// <summary>The amount rule group: amounts a step does not expect.</summary>
public sealed class AmountRuleTests
{
    private static readonly BudgetValidator Validator = new();

    [Fact]
    public void RealisedAmount_OutsideACompteAdministratif_IsInformation()
    {
        var lines = new[]
        {
            Lines.Valid() with { Realisations = 12.5m },
            Lines.Valid() with { Realisations = 0m, RestesARealiser = 3m, AccountCode = "6064" },
            Lines.Valid() with { Step = BudgetStep.CompteAdministratif, Realisations = 12.5m, AccountCode = "6065" },
        };

        var findings = Validator.Validate(lines).Findings.Kept.Where(f => f.Code == FindingCodes.AmountNotExpectedForStep).ToList();

        findings.Select(f => $"{f.Location} {f.Value} {f.Arguments[0]} {f.Severity}").ShouldBe(["1:BGT_MTREAL 12.5 budget primitif Info", "2:BGT_MTRAR3112 3 budget primitif Info"]);
    }
}
