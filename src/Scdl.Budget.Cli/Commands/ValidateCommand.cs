using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary><c>validate</c>: checks SCDL CSV files and workbooks against scdl/budget and reports what is wrong, where, and how to fix it.</summary>
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

            var validator = new FileValidator(validation with { Options = ReportOutput.WithAnalysisFor(validation.Options, settings.Format) });
            return await BatchCommand.RunAsync(environment, text, settings, InputKinds.Budget(validation.Sheet.SheetName), (job, context, ct) => ValidateAsync(job, context, validator, ct), cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<FileOutcome> ValidateAsync(FileJob job, BatchContext context, FileValidator validator, CancellationToken cancellationToken)
    {
        var report = await validator.ValidateAsync(context.Environment.FileSystem, job.Path, onFinding: null, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(report.LinesRead);
        var renderer = new ReportRenderer(
            (writer, options) => TextReport.Write(writer, report, options),
            (writer, options) => JsonReport.Write(writer, report, options),
            (writer, options) => HtmlReport.Write(writer, report, options));
        return await ReportOutput.DeliverAsync(job, context, context.Planner, Outcome(job, report, context.Text), renderer, ReportOutput.Options(context), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The outcome of a file validated: its exit code says the verdict (2 unreadable, 1 not valid, 0 valid).</summary>
    internal static FileOutcome Outcome(FileJob job, ValidationReport report, CliText text)
    {
        var unreadable = report.Verdict == ValidationVerdict.Unreadable
            ? report.Findings.Groups.FirstOrDefault(g => g.Severity == FindingSeverity.Error && FindingCodes.Describe(g.Code)?.Category == FindingCategory.Unreadable)
            : null;
        return new()
        {
            Input = job.Path,
            ExitCode = ExitCode(report.Verdict),
            Lines = report.LinesRead,
            Errors = report.Findings.ErrorCount,
            Warnings = report.Findings.WarningCount,
            Failure = unreadable is null ? null : TextReport.Neutralize(unreadable.Finding.GetMessage(text.Culture)),
        };
    }

    internal static int ExitCode(ValidationVerdict verdict) => verdict switch
    {
        ValidationVerdict.Unreadable => ExitCodes.UnreadableOrUsage,
        ValidationVerdict.Valid => ExitCodes.Success,
        _ => ExitCodes.ErrorsFound,
    };
}
