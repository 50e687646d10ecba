using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Cli.Reports;
using Scdl.Budget.Csv;

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
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = batch.Read(parseResult, environment);
            var options = read.Read(parseResult);
            return BatchCommand.RunAsync(environment, text, settings, ".csv", (job, context, ct) => ValidateAsync(job, context, options, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<FileOutcome> ValidateAsync(FileJob job, BatchContext context, ReadSettings options, CancellationToken cancellationToken)
    {
        var report = new FileReport(job.Path, options.MaxFindings);
        var pending = 0L;
        await foreach (var record in BudgetCsv.ReadAsync(context.Environment.FileSystem, job.Path, options.ReaderOptions, cancellationToken).ConfigureAwait(false))
        {
            if (record.Line is not null || record.LineNumber > 1)
            {
                report.Lines++;
                if (++pending == 1000)
                {
                    context.Progress?.AddLines(pending);
                    pending = 0;
                }
            }

            foreach (var finding in record.Findings)
            {
                report.Add(finding);
            }
        }

        context.Progress?.AddLines(pending);
        return await ReportOutput.DeliverAsync(job, context, context.Planner, report, written: null, cancellationToken).ConfigureAwait(false);
    }
}
