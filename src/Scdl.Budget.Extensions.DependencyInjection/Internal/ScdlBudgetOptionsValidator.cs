using System.IO.Abstractions;
using Microsoft.Extensions.Options;

namespace Scdl.Budget.Extensions.DependencyInjection.Internal;

/// <summary>
/// Checks the bound settings when they are first used (or at start-up with a host), so that a misspelt setting fails
/// once, naming the setting, rather than as an error deep inside the first validation.
/// </summary>
internal sealed class ScdlBudgetOptionsValidator(IFileSystem fileSystem) : IValidateOptions<ScdlBudgetOptions>
{
    public ValidateOptionsResult Validate(string? name, ScdlBudgetOptions options)
    {
        var failures = new List<string>();
        if (options.SchemaVersion is { } version && !Budget.SchemaVersion.TryParse(version, out _))
        {
            failures.Add($"{nameof(ScdlBudgetOptions.SchemaVersion)} '{version}' is not a version of scdl/budget this library knows ({string.Join(", ", Budget.SchemaVersion.All.Select(v => v.Text))}).");
        }

        if (options.MaxFindingsKept < 0)
        {
            failures.Add($"{nameof(ScdlBudgetOptions.MaxFindingsKept)} must be 0 or more, not {options.MaxFindingsKept}.");
        }

        if (options.PlansPath is { } plans && !fileSystem.Directory.Exists(plans) && !fileSystem.File.Exists(plans))
        {
            failures.Add($"{nameof(ScdlBudgetOptions.PlansPath)} '{plans}' is neither a directory of plans de comptes nor a planDeCompte.xml file.");
        }

        foreach (var code in options.SeverityOverrides.Keys.Where(code => FindingCodes.Describe(code) is null))
        {
            failures.Add($"{nameof(ScdlBudgetOptions.SeverityOverrides)}: '{code}' is not a finding code (see 'scdl-budget explain').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
