using Scdl.Budget.Analysis;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>Sends a file's report, rendered in the chosen format by the library, to standard output or, safely, to its file.</summary>
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
    /// planner gives, written atomically. A JSON report file holds exactly what standard output would show for this
    /// file alone without <c>--output</c>. Returns the outcome of the file, or a failure when the destination is refused.
    /// </summary>
    /// <param name="job">The input.</param>
    /// <param name="context">The batch.</param>
    /// <param name="planner">Where reports go.</param>
    /// <param name="outcome">The outcome so far (counts, exit code, file written).</param>
    /// <param name="renderer">Renders the report in each format.</param>
    /// <param name="options">The report options (language, chapters).</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    public static async Task<FileOutcome> DeliverAsync(
        FileJob job, BatchContext context, OutputPlanner planner, FileOutcome outcome, ReportRenderer renderer, ReportOptions options, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var environment = context.Environment;
        if (planner.ToStandardOutput)
        {
            if (settings.Quiet)
            {
                return outcome;
            }

            return settings.Format == ReportFormat.Json
                ? outcome with { JsonReport = writer => renderer.Json(writer, options) }
                : outcome with { Report = renderer.Render(settings.Format, options) };
        }

        var name = OutputNames.Report(environment.FileSystem, job.Path, settings.Format);
        var destination = planner.Destination(job, name);
        if (planner.Claim(job, destination) is { } refusal)
        {
            return outcome with { ExitCode = ExitCodes.UnreadableOrUsage, Failure = refusal };
        }

        planner.EnsureDirectory(destination);
        var written = outcome with { Written = outcome.Written is null ? destination : outcome.Written + ", " + destination };
        var rendered = settings.Format == ReportFormat.Json
            ? BatchCommand.JsonEnvelope([outcome with { JsonReport = writer => renderer.Json(writer, options) }])
            : renderer.Render(settings.Format, options);
        await AtomicText.WriteAsync(environment.FileSystem, context.Staging(job).Stage(destination), writer => writer.WriteAsync(rendered), cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>
    /// Asks the validation for the budget analysis when the report is HTML, which opens on it; text and JSON reports of
    /// <c>validate</c> and <c>normalize</c> go without (it adds up to a quarter to a validation's processor time).
    /// </summary>
    public static BudgetValidationOptions WithAnalysisFor(BudgetValidationOptions options, ReportFormat format) =>
        format == ReportFormat.Html ? WithAnalysis(options) : options;

    /// <summary>Asks the validation for the budget analysis (<c>summary</c>, <c>convert</c>).</summary>
    public static BudgetValidationOptions WithAnalysis(BudgetValidationOptions options) =>
        options with { Analysis = options.Analysis ?? AnalysisOptions.Default };

    /// <summary>The report options of a batch: its language.</summary>
    public static ReportOptions Options(BatchContext context) => new() { Culture = context.Text.Culture };
}
