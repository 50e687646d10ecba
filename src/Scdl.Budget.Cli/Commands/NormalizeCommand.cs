using System.CommandLine;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Reports;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>normalize</c>: reads any SCDL CSV the library's tolerant reader accepts, or a worksheet of an <c>.xlsx</c> workbook
/// with the spreadsheet package, writes the canonical file with the library's normaliser, validates what it wrote as <c>validate</c> would, and reports every change (grouped) and
/// what is left to fix.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Validate.Inputs"], text["Normalize.Output"]);
        var report = new Option<string?>("--report") { Description = text["Option.Report"], HelpName = "PATH" };
        var convention = ReadOptions.ConventionOption(text);
        var noHeader = new Option<bool>("--no-header") { Description = text["Option.NoHeader"] };
        var encoding = ReadOptions.EncodingOption(text);
        var noPlan = ReadOptions.NoPlanOption(text);
        var maxFindings = ReadOptions.MaxFindingsOption(text);
        var sheet = ReadOptions.SheetOption(text);
        var command = new Command("normalize", text["Normalize.Description"]);
        batch.AddTo(command);
        command.Add(report);
        command.Add(convention);
        command.Add(noHeader);
        command.Add(encoding);
        command.Add(sheet);
        command.Add(noPlan);
        command.Add(maxFindings);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = batch.Read(parseResult, environment) with
            {
                ReportsOnStandardOutput = parseResult.GetValue(report) is null,
                Report = parseResult.GetValue(report),
                DataSuffix = ".normalized.csv",
            };
            var columnConvention = ReadOptions.ConventionOf(parseResult.GetValue(convention));
            var options = new NormalizationOptions
            {
                Reader = BudgetCsvReaderOptions.Tolerant with { ColumnConvention = columnConvention, HasHeader = !parseResult.GetValue(noHeader), Encoding = ReadOptions.EncodingOf(parseResult.GetValue(encoding)) },
                MaxReportedFindings = Math.Max(0, parseResult.GetValue(maxFindings) ?? FindingTally.DefaultMaxKept),
            };
            var validator = new BudgetValidator(ReportOutput.WithAnalysisFor(ReadOptions.ValidationOf(columnConvention, parseResult.GetValue(noPlan), parseResult.GetValue(maxFindings), plans: null), settings.Format));
            var reportPath = parseResult.GetValue(report);
            var sheetOptions = ReadOptions.SheetOf(parseResult.GetValue(sheet), parseResult.GetValue(noHeader));
            return BatchCommand.RunAsync(
                environment, text, settings, InputKinds.Budget(sheetOptions.SheetName), (job, context, ct) => NormalizeAsync(job, context, options, sheetOptions, validator, reportPath, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<FileOutcome> NormalizeAsync(
        FileJob job, BatchContext context, NormalizationOptions options, SpreadsheetReaderOptions sheet, BudgetValidator validator, string? reportPath, CancellationToken cancellationToken)
    {
        var fileSystem = context.Environment.FileSystem;
        var output = context.Planner.Destination(job, OutputNames.Stem(fileSystem, job.Path) + context.Settings.DataSuffix);
        if (context.Planner.Claim(job, output) is { } refusal)
        {
            return FileOutcome.Failed(job.Path, refusal);
        }

        context.Planner.EnsureDirectory(output);
        var staged = context.Staging(job).Stage(output);
        var result = SpreadsheetInput.IsWorkbook(fileSystem, job.Path)
            ? await BudgetSpreadsheet.NormalizeAsync(fileSystem, job.Path, staged, options, sheet, cancellationToken).ConfigureAwait(false)
            : await BudgetNormalizer.NormalizeAsync(fileSystem, job.Path, staged, options, cancellationToken).ConfigureAwait(false);
        var validation = await StagedValidation.ValidateAsync(validator, fileSystem, staged, output, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(result.LinesWritten);
        var report = new NormalizationReport { Source = fileSystem.Path.GetFileName(job.Path), Output = output, Normalization = result, Validation = validation };
        var outcome = new FileOutcome
        {
            Input = job.Path,
            ExitCode = ValidateCommand.ExitCode(validation.Verdict),
            Lines = result.LinesWritten,
            Errors = validation.Findings.ErrorCount,
            Warnings = validation.Findings.WarningCount,
            Written = output,
        };
        var reports = context.Reports;
        var renderer = new ReportRenderer(
            (writer, o) => TextReport.Write(writer, report, o),
            (writer, o) => JsonReport.Write(writer, report, o),
            (writer, o) => HtmlReport.Write(writer, report, o));
        return await ReportOutput.DeliverAsync(job, context, reports, outcome, renderer, ReportOutput.Options(context), cancellationToken).ConfigureAwait(false);
    }
}
