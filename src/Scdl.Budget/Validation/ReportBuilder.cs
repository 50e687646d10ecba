using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation;

/// <summary>Tallies findings as they stream by, then builds the <see cref="ValidationReport"/>.</summary>
internal sealed class ReportBuilder(BudgetValidationOptions options, string? source)
{
    private readonly FindingTally _tally = new(options.MaxFindingsKept);

    public void Add(Finding finding) => _tally.Add(finding);

    /// <summary>Gets the tally of the report being built, which the rules ask whether a finding would be kept (<see cref="ValidationRun.Tally"/>).</summary>
    public FindingTally Tally => _tally;

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
            run.BuildSummary(),
            run.BuildAnalysis());
    }
}
