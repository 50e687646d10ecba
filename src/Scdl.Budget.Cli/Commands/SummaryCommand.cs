using System.Collections.Concurrent;
using System.CommandLine;
using Scdl.Budget.Analysis;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Reports;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>summary</c>: the budget summary and analysis the validation computes, on their own: totals per section,
/// direction and real/order kind, the chapters, the balance checks, then the figures people read first (results,
/// savings, execution, functions). Several files given together line up: the documents side by side.
/// </summary>
internal static class SummaryCommand
{
    /// <summary>The name of the report about all the files together, beside the files' reports.</summary>
    private const string TogetherName = "side-by-side";

    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Validate.Inputs"], text["Validate.Output"]);
        var read = new ReadOptions(text);
        var chapters = new Option<int?>("--chapters")
        {
            Description = text["Option.Chapters"],
            HelpName = "N",
        };
        OptionRules.AtLeast(chapters, 0, text);
        var command = new Command("summary", text["Summary.Description"]);
        batch.AddTo(command);
        read.AddTo(command);
        command.Add(chapters);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = batch.Read(parseResult, environment);
            var (validation, error) = read.Read(parseResult, environment, text);
            if (validation is null)
            {
                await environment.Error.WriteLineAsync(error).ConfigureAwait(false);
                return ExitCodes.UnreadableOrUsage;
            }

            var validator = new FileValidator(validation with { Options = ReportOutput.WithAnalysis(validation.Options) });
            var chapterCount = Math.Max(0, parseResult.GetValue(chapters) ?? ReportOptions.Default.LargestChapters);
            var analyses = new ConcurrentDictionary<int, BudgetAnalysis>();
            return await BatchCommand.RunAsync(
                environment,
                text,
                settings,
                InputKinds.Budget(validation.Sheet.SheetName),
                (job, context, ct) => SummarizeAsync(job, context, validator, chapterCount, analyses, ct),
                (context, ct) => TogetherAsync(context, analyses, ct),
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<FileOutcome> SummarizeAsync(
        FileJob job, BatchContext context, FileValidator validator, int chapters, ConcurrentDictionary<int, BudgetAnalysis> analyses, CancellationToken cancellationToken)
    {
        var report = await validator.ValidateAsync(context.Environment.FileSystem, job.Path, onFinding: null, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(report.LinesRead);
        if (report.Analysis is { } analysis)
        {
            analyses[job.Index] = analysis;
        }

        var renderer = new ReportRenderer(
            (writer, options) => TextReport.WriteSummary(writer, report, options),
            (writer, options) => JsonReport.WriteSummary(writer, report, options),
            (writer, options) => HtmlReport.Write(writer, report, options));
        return await ReportOutput.DeliverAsync(
            job, context, context.Planner, ValidateCommand.Outcome(job, report, context.Text), renderer, ReportOutput.Options(context) with { LargestChapters = chapters }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Lines up the documents of all the files, in the order given, when there are several and some line up (a budget
    /// and an account of one year, or two years in a row, of one authority); each file's report already lines up the
    /// documents it holds.
    /// </summary>
    private static async Task<FileOutcome?> TogetherAsync(BatchContext context, ConcurrentDictionary<int, BudgetAnalysis> analyses, CancellationToken cancellationToken)
    {
        if (analyses.Count < 2)
        {
            return null;
        }

        var combined = BudgetAnalysis.Combine(analyses.OrderBy(a => a.Key).Select(a => a.Value));
        if (combined.VotedVsRealised.Count == 0 && combined.Evolutions.Count == 0)
        {
            return null;
        }

        var renderer = new ReportRenderer(
            (writer, options) => TextReport.WriteSideBySide(writer, combined, options),
            (writer, options) => JsonReport.Write(writer, combined, options),
            (writer, options) => HtmlReport.Write(writer, combined, options));
        var outcome = new FileOutcome { Input = context.Text["Together.Input"], ExitCode = ExitCodes.Success };
        return await BatchCommand.ProcessAsync(
            new FileJob(int.MaxValue, TogetherName),
            context,
            (job, c, ct) => ReportOutput.DeliverAsync(job, c, c.Planner, outcome, renderer, ReportOutput.Options(c), ct),
            cancellationToken).ConfigureAwait(false);
    }
}
