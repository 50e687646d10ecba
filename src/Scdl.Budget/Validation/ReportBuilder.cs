using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation;

/// <summary>Tallies findings as they stream by, then builds the <see cref="ValidationReport"/>.</summary>
internal sealed class ReportBuilder(BudgetValidationOptions options, string? source)
{
    private readonly FindingTally _tally = new(options.MaxFindingsKept);

    public void Add(Finding finding) => _tally.Add(finding);

    /// <summary>
    /// Gets a value indicating whether a finding the rules could report would still be kept: while it is not, the
    /// rules may only count (the most severe finding a rule can report is an error).
    /// </summary>
    public bool WouldKeepAny => _tally.WouldKeep(string.Empty, FindingSeverity.Error);

    public ValidationReport Build(ValidationRun run)
    {
        foreach (var (code, severity, count) in run.CountedOnly)
        {
            _tally.Count(code, severity, count);
        }

        _tally.MakeReadOnly();
        return new(
            source,
            options,
            run.Columns ?? [.. ScdlSchema.Get(options.SchemaVersion).Columns.Select(c => c.Name)],
            run.RecordsRead,
            _tally,
            run.BuildSummary());
    }
}
