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

    /// <summary>Gets a value indicating whether reports go to standard output when <see cref="Output"/> is not given (validate, summary).</summary>
    public bool ReportsOnStandardOutput { get; init; } = true;
}
