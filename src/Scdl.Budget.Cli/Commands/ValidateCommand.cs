using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary><c>validate</c>: checks SCDL CSV files against scdl/budget and reports what is wrong, where, and how to fix it.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Validate.Inputs"], text["Validate.Output"]);
        var read = new ReadOptions(text);
        var command = new Command("validate", text["Validate.Description"]);
        batch.AddTo(command);
        read.AddTo(command);
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
            return await BatchCommand.RunAsync(environment, text, settings, ".csv", (job, context, ct) => ValidateAsync(job, context, validator, ct), cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<FileOutcome> ValidateAsync(FileJob job, BatchContext context, BudgetValidator validator, CancellationToken cancellationToken)
    {
        var report = await validator.ValidateAsync(context.Environment.FileSystem, job.Path, onFinding: null, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(report.LinesRead);
        return await ReportOutput.DeliverAsync(job, context, context.Planner, Outcome(job, report, context.Text), (format, _) => Render(report, format, context.Text), cancellationToken)
            .ConfigureAwait(false);
    }

    internal static FileOutcome Outcome(FileJob job, ValidationReport report, CliText text)
    {
        var unreadable = report.Verdict == ValidationVerdict.Unreadable
            ? report.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error && FindingCodes.Describe(f.Code)?.Category == FindingCategory.Unreadable)
            : null;
        return new()
        {
            Input = job.Path,
            ExitCode = report.Verdict switch
            {
                ValidationVerdict.Unreadable => ExitCodes.UnreadableOrUsage,
                ValidationVerdict.Valid => ExitCodes.Success,
                _ => ExitCodes.ErrorsFound,
            },
            Lines = report.LinesRead,
            Errors = report.ErrorCount,
            Warnings = report.WarningCount,
            Failure = unreadable?.GetMessage(text.Culture),
        };
    }

    internal static string Render(ValidationReport report, ReportFormat format, CliText text)
    {
        var options = new ReportOptions { Culture = text.Culture };
        return format switch
        {
            ReportFormat.Json => JsonReport.ToJson(report, options),
            ReportFormat.Html => HtmlReport.ToHtml(HtmlReportModel.FromValidation(report, text.Culture), text.Culture),
            _ => TextReport.ToText(report, options) + "\n",
        };
    }
}
