namespace Scdl.Budget.Cli.Commands;

/// <summary>The values of the shared options, once parsed.</summary>
internal sealed record BatchSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Text;

    public string? Output { get; init; }

    public bool Quiet { get; init; }

    public bool Force { get; init; }

    public int Parallelism { get; init; } = 1;

    /// <summary>Gets where reports go for commands that write a data file (<c>--report</c>); <see langword="null"/> for standard output.</summary>
    public string? Report { get; init; }

    /// <summary>Gets what follows the stem in the name of the data file the command writes (<c>.csv</c>, <c>.normalized.csv</c>); <see langword="null"/> when its output is its report.</summary>
    public string? DataSuffix { get; init; }

    /// <summary>Gets a value indicating whether reports go to standard output when <see cref="Output"/> is not given (validate, summary).</summary>
    public bool ReportsOnStandardOutput { get; init; } = true;
}
