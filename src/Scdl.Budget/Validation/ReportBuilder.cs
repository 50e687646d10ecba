using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation;

/// <summary>Counts findings as they stream by and keeps the first ones, then builds the <see cref="ValidationReport"/>.</summary>
internal sealed class ReportBuilder(BudgetValidationOptions options, string? source)
{
    private readonly Dictionary<FindingSeverity, long> _bySeverity = [];
    private readonly SortedDictionary<string, long> _byCode = new(StringComparer.Ordinal);
    private readonly List<Finding> _kept = [];
    private long _notKept;

    public void Add(Finding finding)
    {
        _bySeverity[finding.Severity] = _bySeverity.GetValueOrDefault(finding.Severity) + 1;
        _byCode[finding.Code] = _byCode.GetValueOrDefault(finding.Code) + 1;
        if (_kept.Count < options.MaxFindingsKept)
        {
            _kept.Add(finding);
        }
        else
        {
            _notKept++;
        }
    }

    public ValidationReport Build(ValidationRun run) =>
        new(
            source,
            options,
            run.Columns ?? [.. ScdlSchema.Get(options.SchemaVersion).Columns.Select(c => c.Name)],
            run.RecordsRead,
            _bySeverity,
            _byCode,
            _kept,
            _notKept,
            run.BuildSummary());
}
