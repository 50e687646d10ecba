using System.Runtime.InteropServices;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation;

/// <summary>Counts findings as they stream by and keeps the first ones, then builds the <see cref="ValidationReport"/>.</summary>
internal sealed class ReportBuilder(BudgetValidationOptions options, string? source)
{
    private readonly long[] _bySeverity = new long[4];
    private readonly long[] _errorsByCategory = new long[4];
    private readonly Dictionary<string, long> _byCode = new(StringComparer.Ordinal);
    private readonly List<Finding> _kept = [];
    private long _notKept;

    public void Add(Finding finding)
    {
        _bySeverity[finding.Severity is >= FindingSeverity.Error and <= FindingSeverity.Info ? (int)finding.Severity : 0]++;
        CountCategory(finding.Code, finding.Severity, 1);
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_byCode, finding.Code, out _);
        count++;
        if (_kept.Count < options.MaxFindingsKept)
        {
            _kept.Add(finding);
        }
        else
        {
            _notKept++;
        }
    }

    /// <summary>Gets a value indicating whether no more findings will be kept.</summary>
    public bool IsFull => _kept.Count >= options.MaxFindingsKept;

    public ValidationReport Build(ValidationRun run)
    {
        foreach (var (code, severity, count) in run.CountedOnly)
        {
            _bySeverity[severity is >= FindingSeverity.Error and <= FindingSeverity.Info ? (int)severity : 0] += count;
            CountCategory(code, severity, count);
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_byCode, code, out _);
            total += count;
            _notKept += count;
        }

        return BuildReport(run);
    }

    private void CountCategory(string code, FindingSeverity severity, long count)
    {
        if (severity == FindingSeverity.Error)
        {
            _errorsByCategory[(int)(FindingCodes.Describe(code)?.Category ?? FindingCategory.Content)] += count;
        }
    }

    private ValidationVerdict Verdict() =>
        _errorsByCategory[(int)FindingCategory.Unreadable] > 0 ? ValidationVerdict.Unreadable
        : _errorsByCategory[(int)FindingCategory.Content] > 0 ? ValidationVerdict.Invalid
        : _errorsByCategory[(int)FindingCategory.Format] > 0 ? ValidationVerdict.NotInStandardFormat
        : ValidationVerdict.Valid;

    private ValidationReport BuildReport(ValidationRun run) =>
        new(
            source,
            options,
            run.Columns ?? [.. ScdlSchema.Get(options.SchemaVersion).Columns.Select(c => c.Name)],
            run.RecordsRead,
            new Dictionary<FindingSeverity, long>
            {
                [FindingSeverity.Error] = _bySeverity[(int)FindingSeverity.Error],
                [FindingSeverity.Warning] = _bySeverity[(int)FindingSeverity.Warning],
                [FindingSeverity.Info] = _bySeverity[(int)FindingSeverity.Info],
            },
            new SortedDictionary<string, long>(_byCode, StringComparer.Ordinal),
            _kept,
            _notKept,
            run.BuildSummary(),
            Verdict());
}
