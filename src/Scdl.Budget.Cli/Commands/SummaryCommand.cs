using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>summary</c>: the budget summary the validation computes, on its own: totals per section, direction and
/// real/order kind, the chapters, and the balance checks.
/// </summary>
internal static class SummaryCommand
{
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

            var validator = new BudgetValidator(validation.Options);
            var chapterCount = Math.Max(0, parseResult.GetValue(chapters) ?? ReportOptions.Default.LargestChapters);
            return await BatchCommand.RunAsync(environment, text, settings, ".csv", (job, context, ct) => SummarizeAsync(job, context, validator, chapterCount, ct), cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<FileOutcome> SummarizeAsync(FileJob job, BatchContext context, BudgetValidator validator, int chapters, CancellationToken cancellationToken)
    {
        var report = await validator.ValidateAsync(context.Environment.FileSystem, job.Path, onFinding: null, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(report.LinesRead);
        var renderer = new ReportRenderer(
            (writer, options) => TextReport.WriteSummary(writer, report, options),
            (writer, options) => JsonReport.WriteSummary(writer, report, options),
            (writer, options) => HtmlReport.Write(writer, report, options));
        return await ReportOutput.DeliverAsync(
            job, context, context.Planner, ValidateCommand.Outcome(job, report, context.Text), renderer, ReportOutput.Options(context) with { LargestChapters = chapters }, cancellationToken)
            .ConfigureAwait(false);
    }
}
