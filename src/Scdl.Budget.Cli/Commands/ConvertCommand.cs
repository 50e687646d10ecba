using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Cli.Reports;
using Scdl.Budget.Csv;
using Scdl.Budget.Nomenclature;
using Scdl.Budget.Reports;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>convert</c>: TOTEM XML → SCDL CSV with the library's converter, then validates the CSV it wrote, and reports
/// both: the conversion's findings (located in the XML) and the validation of the output (located in the CSV).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Convert.Inputs"], text["Convert.Output"]);
        var report = new Option<string?>("--report") { Description = text["Option.Report"], HelpName = "PATH" };
        var plans = new Option<string?>("--plans") { Description = text["Option.Plans"], HelpName = "DIR" };
        var convention = ReadOptions.ConventionOption(text);
        var name = new Option<string>("--name")
        {
            Description = text["Option.Name"],
            DefaultValueFactory = _ => "authority",
            HelpName = "authority|budget|both",
        };
        name.AcceptOnlyFromAmong("authority", "budget", "both");
        var operationLabel = new Option<bool>("--operation-label") { Description = text["Option.OperationLabel"] };
        var command = new Command("convert", text["Convert.Description"]);
        batch.AddTo(command);
        command.Add(report);
        command.Add(plans);
        command.Add(convention);
        command.Add(name);
        command.Add(operationLabel);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = batch.Read(parseResult, environment) with
            {
                ReportsOnStandardOutput = parseResult.GetValue(report) is null,
                Report = parseResult.GetValue(report),
                DataSuffix = ".csv",
            };
            var columnConvention = ReadOptions.ConventionOf(parseResult.GetValue(convention));
            PlanCatalog? catalog = null;
            if (parseResult.GetValue(plans) is { } directory)
            {
                if (!environment.FileSystem.Directory.Exists(directory))
                {
                    await environment.Error.WriteLineAsync(text.Format("Input.NotFound", directory)).ConfigureAwait(false);
                    return ExitCodes.UnreadableOrUsage;
                }

                catalog = PlanCatalog.FromDirectory(environment.FileSystem, directory);
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
            var validator = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = columnConvention });
            var reportPath = parseResult.GetValue(report);
            return await BatchCommand.RunAsync(
                environment,
                text,
                settings,
                ".xml",
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
        var validation = await StagedValidation.ValidateAsync(validator, fileSystem, staged, csv, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(conversion.LinesRead);

        var outcome = new FileOutcome
        {
            Input = job.Path,
            ExitCode = conversion.IsValid && validation.IsValid ? ExitCodes.Success : ExitCodes.ErrorsFound,
            Lines = conversion.LinesRead,
            Errors = conversion.ErrorCount + validation.ErrorCount,
            Warnings = conversion.WarningCount + validation.WarningCount,
            Written = csv,
        };
        var reports = context.Reports;
        return await ReportOutput.DeliverAsync(
            job, context, reports, outcome, (format, colours) => Render(job.Path, csv, conversion, validation, format, context.Text, colours), cancellationToken)
            .ConfigureAwait(false);
    }

    internal static string Render(string xml, string csv, TotemConversionResult conversion, ValidationReport validation, ReportFormat format, CliText text, bool colours)
    {
        var culture = text.Culture;
        switch (format)
        {
            case ReportFormat.Json:
                return Json(xml, csv, conversion, validation, text);
            case ReportFormat.Html:
                var model = HtmlReportModel.FromValidation(validation, culture);
                var counts = new Dictionary<string, long>(model.CountsByCode, StringComparer.Ordinal);
                foreach (var finding in conversion.Findings)
                {
                    counts[finding.Code] = counts.GetValueOrDefault(finding.Code) + (conversion.FindingsTruncated ? 0 : 1);
                }

                return HtmlReport.ToHtml(
                    model with
                    {
                        Source = Path.GetFileName(xml),
                        Description = Heading(xml, csv, conversion, text) + (model.Description is null ? string.Empty : " · " + model.Description),
                        ErrorCount = model.ErrorCount + conversion.ErrorCount,
                        WarningCount = model.WarningCount + conversion.WarningCount,
                        InfoCount = model.InfoCount + conversion.InfoCount,
                        Findings = [.. conversion.Findings, .. model.Findings],
                        CountsByCode = counts,
                    },
                    culture);
            default:
                var builder = new StringBuilder();
                var ansi = new Ansi(colours);
                builder.Append(ansi.Bold(Heading(xml, csv, conversion, text))).Append('\n');
                if (conversion.Findings.Count > 0)
                {
                    var findings = new FileReport(xml, int.MaxValue) { Lines = conversion.LinesRead };
                    foreach (var finding in conversion.Findings)
                    {
                        findings.Add(finding);
                    }

                    builder.Append(FindingsText.Render(findings, text, ansi, withVerdict: false));
                }
                else
                {
                    builder.Append(text["Convert.NoFinding"]).Append("\n\n");
                }

                builder.Append(TextReport.ToText(validation, new ReportOptions { Culture = culture })).Append('\n');
                return builder.ToString();
        }
    }

    private static string Heading(string xml, string csv, TotemConversionResult conversion, CliText text) =>
        text.Format(
            "Convert.Heading",
            Path.GetFileName(xml),
            csv,
            conversion.LinesRead.ToString("N0", text.Culture),
            conversion.CalculatedLinesSkipped.ToString("N0", text.Culture),
            conversion.LinesWritten.ToString("N0", text.Culture));

    private static string Json(string xml, string csv, TotemConversionResult conversion, ValidationReport validation, CliText text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("conversion");
            json.WriteString("source", xml);
            json.WriteString("output", csv);
            json.WriteBoolean("valid", conversion.IsValid);
            json.WriteString("step", conversion.Header.Step.ToString());
            json.WriteNumber("year", conversion.Header.Year);
            json.WriteString("siret", conversion.Header.Siret.ToString());
            json.WriteString("nomenclature", conversion.Header.Norme + "-" + conversion.Header.Declinaison);
            json.WriteNumber("linesRead", conversion.LinesRead);
            json.WriteNumber("calculatedLinesSkipped", conversion.CalculatedLinesSkipped);
            json.WriteNumber("linesWritten", conversion.LinesWritten);
            json.WriteNumber("errors", conversion.ErrorCount);
            json.WriteNumber("warnings", conversion.WarningCount);
            json.WriteNumber("infos", conversion.InfoCount);
            FindingsJson.WriteFindings(json, "findings", conversion.Findings, text.Culture, "xmlLine", "element", "value");
            json.WriteEndObject();
            FindingsJson.WriteValidation(json, validation, text.Culture);

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
