using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Cli.Reports;
using Scdl.Budget.Reports;

namespace Scdl.Budget.Cli.Commands;

/// <summary>Renders a file's report in the chosen format and sends it to standard output or, safely, to its file.</summary>
internal static class ReportOutput
{
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Html => ".html",
        _ => ".txt",
    };

    public static string Render(FileReport report, ReportFormat format, CliText text, Ansi colours) => format switch
    {
        ReportFormat.Json => JsonReport.Render(report, text),
        ReportFormat.Html => HtmlReport.ToHtml(report.ToHtmlModel(), text.Culture),
        _ => TextReport.Render(report, text, colours),
    };

    /// <summary>
    /// Delivers the report: on standard output (kept in the outcome, printed in order at the end) or in the file the
    /// planner gives, written atomically. Returns the outcome of the file, or a failure when the destination is refused.
    /// </summary>
    public static async Task<FileOutcome> DeliverAsync(
        FileJob job, BatchContext context, OutputPlanner planner, FileReport report, string? written, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var environment = context.Environment;
        var outcome = new FileOutcome
        {
            Input = job.Path,
            ExitCode = report.ExitCode,
            Lines = report.Lines,
            Errors = report.Errors,
            Warnings = report.Warnings,
            Written = written,
        };
        if (planner.ToStandardOutput)
        {
            if (settings.Quiet)
            {
                return outcome;
            }

            var colours = new Ansi(settings.Format == ReportFormat.Text && environment.ColorsAllowed && environment.OutIsTerminal);
            return outcome with { Report = Render(report, settings.Format, context.Text, colours) };
        }

        var name = environment.FileSystem.Path.GetFileNameWithoutExtension(job.Path) + ".report" + Extension(settings.Format);
        var destination = planner.Destination(job, name);
        if (planner.Claim(job, destination) is { } refusal)
        {
            return outcome with { ExitCode = ExitCodes.UnreadableOrUsage, Failure = refusal };
        }

        planner.EnsureDirectory(destination);
        var rendered = Render(report, settings.Format, context.Text, new Ansi(enabled: false));
        await AtomicText.WriteAsync(environment.FileSystem, destination, writer => writer.WriteAsync(rendered), cancellationToken).ConfigureAwait(false);
        return outcome with { Written = written is null ? destination : written + ", " + destination };
    }
}
