using Scdl.Budget.Csv;

namespace Scdl.Budget.Cli.Commands;

/// <summary>The parsed values of <see cref="ReadOptions"/>.</summary>
internal sealed record ReadSettings
{
    public required BudgetCsvReaderOptions ReaderOptions { get; init; }

    public int MaxFindings { get; init; } = 1000;
}
