using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Csv;
using Scdl.Budget.Reports;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>convert</c>: TOTEM XML → SCDL CSV with the library's converter, then validates the CSV it wrote as
/// <c>validate</c> would, and reports both: the conversion's findings (located in the XML) and the validation of the
/// output (located in the CSV).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Convert.Inputs"], text["Convert.Output"]);
        var report = new Option<string?>("--report") { Description = text["Option.Report"], HelpName = "PATH" };
        var plans = ReadOptions.PlansOption(text);
        var convention = ReadOptions.ConventionOption(text);
        var name = new Option<string?>("--name")
        {
            Description = text["Option.Name"],
            HelpName = "authority|budget|both",
        };
        name.AcceptOnlyFromAmong("authority", "budget", "both");
        var operationLabel = new Option<bool>("--operation-label") { Description = text["Option.OperationLabel"] };
        var noPlan = ReadOptions.NoPlanOption(text);
        var maxFindings = ReadOptions.MaxFindingsOption(text);
        var command = new Command("convert", text["Convert.Description"]);
        batch.AddTo(command);
        command.Add(report);
        command.Add(plans);
        command.Add(convention);
        command.Add(name);
        command.Add(operationLabel);
        command.Add(noPlan);
        command.Add(maxFindings);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = batch.Read(parseResult, environment) with
            {
                ReportsOnStandardOutput = parseResult.GetValue(report) is null,
                Report = parseResult.GetValue(report),
                DataSuffix = ".csv",
            };
            var columnConvention = ReadOptions.ConventionOf(parseResult.GetValue(convention));
            var (catalog, error) = ReadOptions.LoadPlans(environment, text, parseResult.GetValue(plans));
            if (error is not null)
            {
                await environment.Error.WriteLineAsync(error).ConfigureAwait(false);
                return ExitCodes.UnreadableOrUsage;
            }

            var options = new TotemConversionOptions
            {
                NameSource = parseResult.GetValue(name) switch
                {
                    "budget" => AuthorityNameSource.Budget,
                    "both" => AuthorityNameSource.AuthorityAndBudget,
                    _ => AuthorityNameSource.Authority,
                },
                OperationWithLabel = parseResult.GetValue(operationLabel),
                Writer = BudgetCsvWriterOptions.Default with { ColumnConvention = columnConvention },
                Plans = catalog,
            };
            var validator = new BudgetValidator(ReadOptions.ValidationOf(columnConvention, parseResult.GetValue(noPlan), parseResult.GetValue(maxFindings), catalog));
            var reportPath = parseResult.GetValue(report);
            return await BatchCommand.RunAsync(
                environment,
                text,
                settings,
                InputKinds.Totem,
                (job, context, ct) => ConvertAsync(job, context, options, validator, reportPath, ct),
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<FileOutcome> ConvertAsync(
        FileJob job, BatchContext context, TotemConversionOptions options, BudgetValidator validator, string? reportPath, CancellationToken cancellationToken)
    {
        var fileSystem = context.Environment.FileSystem;
        var csv = context.Planner.Destination(job, OutputNames.Stem(fileSystem, job.Path) + context.Settings.DataSuffix);
        if (context.Planner.Claim(job, csv) is { } refusal)
        {
            return FileOutcome.Failed(job.Path, refusal);
        }

        context.Planner.EnsureDirectory(csv);
        var staged = context.Staging(job).Stage(csv);
        var conversion = await TotemConverter.ConvertFileAsync(fileSystem, job.Path, staged, options, cancellationToken).ConfigureAwait(false);

        // The CSV is validated and analysed in one pass, with what only the TOTEM file knows: its nomenclature and its debt.
        validator = new BudgetValidator(validator.Options with { Analysis = conversion.GetAnalysisOptions(validator.Options.Analysis) });
        var validation = await StagedValidation.ValidateAsync(validator, fileSystem, staged, csv, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(conversion.LinesRead);
        var report = conversion.ToReport(fileSystem.Path.GetFileName(job.Path), csv, validation);

        var outcome = new FileOutcome
        {
            Input = job.Path,
            ExitCode = ExitCodes.Worst(conversion.IsValid ? ExitCodes.Success : ExitCodes.ErrorsFound, ValidateCommand.ExitCode(validation.Verdict)),
            Lines = conversion.LinesRead,
            Errors = conversion.Findings.ErrorCount + validation.Findings.ErrorCount,
            Warnings = conversion.Findings.WarningCount + validation.Findings.WarningCount,
            Written = csv,
        };
        var reports = context.Reports;
        var renderer = new ReportRenderer(
            (writer, o) => TextReport.Write(writer, report, o),
            (writer, o) => JsonReport.Write(writer, report, o),
            (writer, o) => HtmlReport.Write(writer, report, o));
        return await ReportOutput.DeliverAsync(job, context, reports, outcome, renderer, ReportOutput.Options(context), cancellationToken).ConfigureAwait(false);
    }
}
