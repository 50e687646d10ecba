using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The parsed values of <see cref="ReadOptions"/>: how to read and validate SCDL CSV.</summary>
internal sealed record ValidationSettings
{
    public required BudgetValidationOptions Options { get; init; }
}
