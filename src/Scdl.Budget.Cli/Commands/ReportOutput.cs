using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Commands;

/// <summary>Sends a file's report, rendered in the chosen format, to standard output or, safely, to its file.</summary>
internal static class ReportOutput
{
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Html => ".html",
        _ => ".txt",
    };

    /// <summary>
    /// Delivers the report: on standard output (kept in the outcome, printed in order at the end) or in the file the
    /// planner gives, written atomically. Returns the outcome of the file, or a failure when the destination is refused.
    /// </summary>
    /// <param name="job">The input.</param>
    /// <param name="context">The batch.</param>
    /// <param name="planner">Where reports go.</param>
    /// <param name="outcome">The outcome so far (counts, exit code, file written).</param>
    /// <param name="render">Renders the report in a format; the flag says whether terminal colours are allowed.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public static async Task<FileOutcome> DeliverAsync(
        FileJob job, BatchContext context, OutputPlanner planner, FileOutcome outcome, Func<ReportFormat, bool, string> render, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var environment = context.Environment;
        if (planner.ToStandardOutput)
        {
            if (settings.Quiet)
            {
                return outcome;
            }

            var colours = settings.Format == ReportFormat.Text && environment.ColorsAllowed && environment.OutIsTerminal;
            return outcome with { Report = render(settings.Format, colours) };
        }

        var name = OutputNames.Report(environment.FileSystem, job.Path, settings.Format);
        var destination = planner.Destination(job, name);
        if (planner.Claim(job, destination) is { } refusal)
        {
            return outcome with { ExitCode = ExitCodes.UnreadableOrUsage, Failure = refusal };
        }

        planner.EnsureDirectory(destination);
        var rendered = render(settings.Format, false);
        await AtomicText.WriteAsync(environment.FileSystem, context.Staging(job).Stage(destination), writer => writer.WriteAsync(rendered), cancellationToken).ConfigureAwait(false);
        return outcome with { Written = outcome.Written is null ? destination : outcome.Written + ", " + destination };
    }

    /// <summary>Renders a CLI-side findings report (conversion or normalisation findings) in a format.</summary>
    public static string Render(Reports.FileReport report, ReportFormat format, CliText text, bool colours) => format switch
    {
        ReportFormat.Json => Reports.FindingsJson.Render(report, text),
        ReportFormat.Html => Budget.Reports.HtmlReport.ToHtml(report.ToHtmlModel(), text.Culture),
        _ => Reports.FindingsText.Render(report, text, new Ansi(colours)),
    };
}
