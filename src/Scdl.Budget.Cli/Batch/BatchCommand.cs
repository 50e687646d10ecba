using System.Text;
using Scdl.Budget.Cli.Commands;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// Runs a file command over one file, several files or directories: expands the inputs, processes them in parallel
/// (bounded), then prints each file's report in input order and one summary at the end.
/// </summary>
internal static class BatchCommand
{
    public static Task<int> RunAsync(
        CliEnvironment environment,
        CliText text,
        BatchSettings settings,
        InputKinds inputs,
        Func<FileJob, BatchContext, CancellationToken, Task<FileOutcome>> process,
        CancellationToken cancellationToken) =>
        RunAsync(environment, text, settings, inputs, process, together: null, cancellationToken);

    /// <summary>
    /// Runs a file command, then, when <paramref name="together"/> is given, the report about all the files together
    /// (the documents side by side of <c>summary</c>): printed after the files' reports, or in the JSON document's
    /// <c>together</c>, or written beside the files' reports.
    /// </summary>
    public static async Task<int> RunAsync(
        CliEnvironment environment,
        CliText text,
        BatchSettings settings,
        InputKinds inputs,
        Func<FileJob, BatchContext, CancellationToken, Task<FileOutcome>> process,
        Func<BatchContext, CancellationToken, Task<FileOutcome?>>? together,
        CancellationToken cancellationToken)
    {
        var (jobs, missing) = InputSet.Expand(environment.FileSystem, settings.Inputs, inputs.Extensions, text);
        if (inputs.SheetName is not null && jobs.Count > 0 && !jobs.Any(j => SpreadsheetInput.IsWorkbook(environment.FileSystem, j.Path)))
        {
            await environment.Error.WriteLineAsync(text["Usage.SheetWithoutWorkbook"]).ConfigureAwait(false);
            return ExitCodes.UnreadableOrUsage;
        }

        if (settings.Format == ReportFormat.Html && settings.Output is null && jobs.Count + missing.Count > 1 && ReportsGoToStandardOutput(settings))
        {
            await environment.Error.WriteLineAsync(text["Usage.HtmlNeedsOutput"]).ConfigureAwait(false);
            return ExitCodes.UnreadableOrUsage;
        }

        var planner = new OutputPlanner(environment.FileSystem, jobs, settings.Output, settings.Force, text);
        var reports = settings.DataSuffix is null ? planner : settings.Report is null ? planner.ForStandardOutput() : planner.For(settings.Report);
        var destinations = OutputPlanner.Plan(environment.FileSystem, jobs, planner, settings.DataSuffix, reports, settings.Format, text);
        await TemporaryFiles.RemoveAbandonedAsync(environment, text, destinations).ConfigureAwait(false);
        IReadOnlyList<FileOutcome> processed;
        FileOutcome? all = null;
        var progress = environment.ErrorIsTerminal && !settings.Quiet && jobs.Count > 0
            ? new ProgressBar(environment.Error, jobs.Count, text, environment.ProgressInterval)
            : null;
        try
        {
            using (progress)
            {
                var context = new BatchContext(environment, text, settings, planner, progress) { Reports = reports };
                processed = await BatchRunner.RunAsync(jobs, settings.Parallelism, (job, ct) => ProcessAsync(job, context, process, ct), text, progress, cancellationToken)
                    .ConfigureAwait(false);
                if (together is not null)
                {
                    all = await together(context, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // A directory made for outputs that were never written (the files failed, or the run was interrupted) goes.
            planner.Claims.RemoveEmptyCreatedDirectories();
        }

        var outcomes = missing.Concat(processed).ToList();
        await PrintAsync(environment, text, settings, outcomes, all).ConfigureAwait(false);
        return outcomes.Count == 0
            ? ExitCodes.UnreadableOrUsage
            : outcomes.Aggregate(ExitCodes.Success, (worst, outcome) => ExitCodes.Worst(worst, outcome.ExitCode));
    }

    /// <summary>
    /// Processes one input; what it wrote replaces the destinations only once it has ended without failure or
    /// interruption, so that an interrupted file leaves its destinations as they were and no temporary file.
    /// </summary>
    internal static async Task<FileOutcome> ProcessAsync(
        FileJob job, BatchContext context, Func<FileJob, BatchContext, CancellationToken, Task<FileOutcome>> process, CancellationToken cancellationToken)
    {
        var staged = context.Staging(job);
        try
        {
            var outcome = await process(job, context, cancellationToken).ConfigureAwait(false);
            staged.Commit(cancellationToken);
            return outcome;
        }
        finally
        {
            staged.Discard();
        }
    }

    /// <summary>Gets a value indicating whether the command prints its reports (validate, summary) rather than writing a data file.</summary>
    private static bool ReportsGoToStandardOutput(BatchSettings settings) => settings.ReportsOnStandardOutput;

    private static async Task PrintAsync(CliEnvironment environment, CliText text, BatchSettings settings, List<FileOutcome> outcomes, FileOutcome? together)
    {
        if (together?.Failure is not null)
        {
            await environment.Error.WriteLineAsync(Budget.Reports.TextReport.Neutralize(text.Format("Failure.Line", together.Input, together.Failure))).ConfigureAwait(false);
        }

        foreach (var failure in outcomes.Where(o => o.Failure is not null))
        {
            await environment.Error.WriteLineAsync(Budget.Reports.TextReport.Neutralize(text.Format("Failure.Line", failure.Input, failure.Failure))).ConfigureAwait(false);
        }

        if (settings.Quiet)
        {
            return;
        }

        if (settings.Format == ReportFormat.Json)
        {
            await environment.Out.WriteAsync(JsonEnvelope(outcomes, together)).ConfigureAwait(false);
            await environment.Out.WriteLineAsync().ConfigureAwait(false);
            return;
        }

        foreach (var outcome in outcomes.Append(together).Where(o => o?.Report is not null))
        {
            await environment.Out.WriteAsync(outcome!.Report).ConfigureAwait(false);
        }

        // An HTML page on standard output must stay a page: the summary then goes to standard error.
        var summaryTarget = settings.Format == ReportFormat.Html && outcomes.Exists(o => o.Report is not null) ? environment.Error : environment.Out;
        var colours = new Ansi(environment.ColorsAllowed && (summaryTarget == environment.Out ? environment.OutIsTerminal : environment.ErrorIsTerminal));
        await summaryTarget.WriteAsync(Summary(text, outcomes, colours)).ConfigureAwait(false);
        if (together?.Written is not null)
        {
            await summaryTarget.WriteAsync(Budget.Reports.TextReport.Neutralize(text.Format("Summary.Together", together.Written)) + "\n").ConfigureAwait(false);
        }
    }

    internal static string Summary(CliText text, IReadOnlyList<FileOutcome> outcomes, Ansi colours)
    {
        var builder = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            var mark = outcome.ExitCode switch
            {
                ExitCodes.Success => colours.Green("✓"),
                ExitCodes.ErrorsFound => colours.Red("✗"),
                _ => colours.Red("!"),
            };
            // Why a file failed is printed once, on standard error, before this summary.
            var detail = outcome.Failure is not null
                ? text["Summary.NotProcessed"]
                : text.Format("Summary.Counts", text.Plural("Count.Lines", outcome.Lines), text.Plural("Count.Errors", outcome.Errors), text.Plural("Count.Warnings", outcome.Warnings));
            builder.Append(mark).Append(' ').Append(Budget.Reports.TextReport.Neutralize(outcome.Input)).Append(" — ").Append(Budget.Reports.TextReport.Neutralize(detail));
            if (outcome.Written is not null)
            {
                builder.Append(' ').Append(text.Format("Summary.Written", outcome.Written));
            }

            builder.Append('\n');
        }

        if (outcomes.Count > 1)
        {
            var clean = outcomes.Count(o => o.ExitCode == ExitCodes.Success);
            var withErrors = outcomes.Count(o => o.ExitCode == ExitCodes.ErrorsFound);
            var failed = outcomes.Count(o => o.ExitCode == ExitCodes.UnreadableOrUsage);
            builder.Append(colours.Bold(text.Format("Summary.Total", text.Plural("Count.Files", outcomes.Count), text.Plural("Count.FilesClean", clean),
                text.Plural("Count.FilesWithErrors", withErrors), text.Plural("Count.FilesFailed", failed)))).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes the tool's JSON document: one entry per file (path, exit code, counts, file written, failure, and the
    /// library's report object where it goes to this document), and the batch's summary.
    /// </summary>
    internal static string JsonEnvelope(IReadOnlyList<FileOutcome> outcomes, FileOutcome? together = null)
    {
        using var buffer = new MemoryStream();
        using (var json = Budget.Reports.JsonReport.CreateWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var outcome in outcomes)
            {
                json.WriteStartObject();
                json.WriteString("path", outcome.Input);
                json.WriteNumber("exitCode", outcome.ExitCode);
                json.WriteNumber("lines", outcome.Lines);
                json.WriteNumber("errors", outcome.Errors);
                json.WriteNumber("warnings", outcome.Warnings);
                if (outcome.Written is not null)
                {
                    json.WriteString("written", outcome.Written);
                }

                if (outcome.Failure is not null)
                {
                    json.WriteString("failure", outcome.Failure);
                }

                if (outcome.JsonReport is not null)
                {
                    json.WritePropertyName("report");
                    outcome.JsonReport(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (together?.JsonReport is not null)
            {
                json.WritePropertyName("together");
                together.JsonReport(json);
            }

            json.WriteStartObject("summary");
            json.WriteNumber("files", outcomes.Count);
            json.WriteNumber("withoutErrors", outcomes.Count(o => o.ExitCode == ExitCodes.Success));
            json.WriteNumber("withErrors", outcomes.Count(o => o.ExitCode == ExitCodes.ErrorsFound));
            json.WriteNumber("unreadable", outcomes.Count(o => o.ExitCode == ExitCodes.UnreadableOrUsage));
            json.WriteNumber("exitCode", outcomes.Aggregate(ExitCodes.Success, (worst, o) => ExitCodes.Worst(worst, o.ExitCode)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
