namespace Scdl.Budget.Cli.Commands;

/// <summary>The formats of a report: <c>--format text|json|html</c>.</summary>
internal enum ReportFormat
{
    /// <summary>Plain text for a terminal, grouped by code, with lines and fixes.</summary>
    Text = 1,

    /// <summary>JSON, close to a frictionless report.</summary>
    Json,

    /// <summary>One self-contained HTML page.</summary>
    Html,
}
