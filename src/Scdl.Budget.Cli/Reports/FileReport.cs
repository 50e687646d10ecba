using Scdl.Budget.Reports;

namespace Scdl.Budget.Cli.Reports;

/// <summary>
/// Collects what a command found in one file: counts per severity and per code (all of them) and the first findings
/// (up to a cap, so memory stays bounded however many findings a file has).
/// </summary>
internal sealed class FileReport(string source, int maxFindings)
{
    private readonly List<Finding> _kept = [];
    private readonly Dictionary<string, long> _byCode = new(StringComparer.Ordinal);

    public string Source { get; } = source;

    public long Lines { get; set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public long Infos { get; private set; }

    public IReadOnlyList<Finding> Findings => _kept;

    public IReadOnlyDictionary<string, long> CountsByCode => _byCode;

    public HtmlBudgetOverview? Budget { get; set; }

    public string? Description { get; set; }

    public void Add(Finding finding)
    {
        switch (finding.Severity)
        {
            case FindingSeverity.Error:
                Errors++;
                break;
            case FindingSeverity.Warning:
                Warnings++;
                break;
            default:
                Infos++;
                break;
        }

        _byCode[finding.Code] = _byCode.GetValueOrDefault(finding.Code) + 1;
        if (_kept.Count < maxFindings)
        {
            _kept.Add(finding);
        }
    }

    public int ExitCode => Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;

    public HtmlReportModel ToHtmlModel() => new()
    {
        Source = Source,
        Description = Description,
        LinesRead = Lines,
        ErrorCount = Errors,
        WarningCount = Warnings,
        InfoCount = Infos,
        Findings = _kept,
        CountsByCode = _byCode,
        Budgets = Budget is null ? [] : [Budget],
    };
}
