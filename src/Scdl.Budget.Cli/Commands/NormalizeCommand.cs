using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Cli.Batch;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Cli.Reports;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Commands;

/// <summary>
/// <c>normalize</c>: reads any SCDL CSV the library's tolerant reader accepts, writes the canonical file with the
/// library's normaliser, validates what it wrote, and reports every change (grouped) and what is left to fix.
/// </summary>
internal static class NormalizeCommand
{
    /// <summary>The most groups of changes listed in a text report; the rest are counted.</summary>
    public const int MaxChangeGroups = 40;

    public static Command Create(CliEnvironment environment, CliText text)
    {
        var batch = new BatchOptions(text, text["Validate.Inputs"], text["Normalize.Output"]);
        var report = new Option<string?>("--report") { Description = text["Option.Report"], HelpName = "PATH" };
        var convention = ReadOptions.ConventionOption(text);
        var noHeader = new Option<bool>("--no-header") { Description = text["Option.NoHeader"] };
        var encoding = ReadOptions.EncodingOption(text);
        var command = new Command("normalize", text["Normalize.Description"]);
        batch.AddTo(command);
        command.Add(report);
        command.Add(convention);
        command.Add(noHeader);
        command.Add(encoding);
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
            };
            var validator = new BudgetValidator(new BudgetValidationOptions { ColumnConvention = columnConvention });
            var reportPath = parseResult.GetValue(report);
            return BatchCommand.RunAsync(
                environment, text, settings, ".csv", (job, context, ct) => NormalizeAsync(job, context, options, validator, reportPath, ct), cancellationToken);
        });
        return command;
    }

    private static async Task<FileOutcome> NormalizeAsync(
        FileJob job, BatchContext context, NormalizationOptions options, BudgetValidator validator, string? reportPath, CancellationToken cancellationToken)
    {
        var fileSystem = context.Environment.FileSystem;
        var output = context.Planner.Destination(job, OutputNames.Stem(fileSystem, job.Path) + context.Settings.DataSuffix);
        if (context.Planner.Claim(job, output) is { } refusal)
        {
            return FileOutcome.Failed(job.Path, refusal);
        }

        context.Planner.EnsureDirectory(output);
        var staged = context.Staging(job).Stage(output);
        var result = await BudgetNormalizer.NormalizeAsync(fileSystem, job.Path, staged, options, cancellationToken).ConfigureAwait(false);
        var validation = await StagedValidation.ValidateAsync(validator, fileSystem, staged, output, cancellationToken).ConfigureAwait(false);
        context.Progress?.AddLines(result.LinesWritten);
        var outcome = new FileOutcome
        {
            Input = job.Path,
            ExitCode = validation.IsValid ? ExitCodes.Success : ExitCodes.ErrorsFound,
            Lines = result.LinesWritten,
            Errors = validation.ErrorCount,
            Warnings = validation.WarningCount,
            Written = output,
        };
        var reports = context.Reports;
        return await ReportOutput.DeliverAsync(
            job, context, reports, outcome, (format, colours) => Render(job.Path, output, result, validation, format, context.Text, colours), cancellationToken)
            .ConfigureAwait(false);
    }

    internal static string Render(string input, string output, NormalizationResult result, ValidationReport validation, ReportFormat format, CliText text, bool colours)
    {
        var culture = text.Culture;
        switch (format)
        {
            case ReportFormat.Json:
                return Json(input, output, result, validation, text);
            case ReportFormat.Html:
                var model = HtmlReportModel.FromValidation(validation, culture);
                return HtmlReport.ToHtml(
                    model with
                    {
                        Source = Path.GetFileName(input),
                        Description = Heading(input, output, result, text) + (model.Description is null ? string.Empty : " · " + model.Description),
                    },
                    culture);
            default:
                var ansi = new Ansi(colours);
                var builder = new StringBuilder();
                builder.Append(ansi.Bold(Heading(input, output, result, text))).Append('\n');
                if (result.Dialect is { } dialect)
                {
                    builder.Append(text.Format(
                        "Normalize.Dialect",
                        dialect.Encoding.WebName,
                        Visible(dialect.Separator),
                        dialect.DecimalSeparator,
                        text[dialect.HasHeader ? "Normalize.Header" : "Normalize.NoHeader"])).Append('\n');
                }

                Changes(builder, result, text);
                if (result.Findings.Count > 0)
                {
                    var findings = new FileReport(input, int.MaxValue) { Lines = result.LinesWritten };
                    foreach (var finding in result.Findings)
                    {
                        findings.Add(finding);
                    }

                    builder.Append('\n').Append(text["Normalize.ReaderFindings"]).Append('\n');
                    builder.Append(FindingsText.Render(findings, text, ansi, withVerdict: false));
                }
                else
                {
                    builder.Append('\n');
                }

                builder.Append(TextReport.ToText(validation, new ReportOptions { Culture = culture })).Append('\n');
                return builder.ToString();
        }
    }

    private static void Changes(StringBuilder builder, NormalizationResult result, CliText text)
    {
        if (result.ChangeCount == 0)
        {
            builder.Append(text["Normalize.NoChange"]).Append('\n');
            return;
        }

        // One line per kind of change (column, before, after), with the lines it was made on.
        var groups = result.Changes
            .GroupBy(c => (c.Column, c.Before, c.After))
            .Select(g => (g.Key.Column, g.Key.Before, g.Key.After, Lines: g.Select(c => c.Line).ToList()))
            .ToList();
        builder.Append(text.Format("Normalize.Changes", result.ChangeCount.ToString("N0", text.Culture))).Append('\n');
        foreach (var (column, before, after, lines) in groups.Take(MaxChangeGroups))
        {
            builder.Append("  ").Append(text.Format(
                "Normalize.Change",
                column ?? text["Normalize.HeaderColumn"],
                before ?? string.Empty,
                after ?? string.Empty,
                FindingsText.Ranges(lines))).Append('\n');
        }

        var notListed = result.ChangeCount - groups.Take(MaxChangeGroups).Sum(g => (long)g.Lines.Count);
        if (notListed > 0)
        {
            builder.Append("  ").Append(text.Format("Report.More", notListed.ToString("N0", text.Culture))).Append('\n');
        }
    }

    private static string Heading(string input, string output, NormalizationResult result, CliText text) =>
        text.Format(
            "Normalize.Heading",
            Path.GetFileName(input),
            output,
            result.LinesWritten.ToString("N0", text.Culture),
            result.ChangeCount.ToString("N0", text.Culture),
            result.UnresolvedCount.ToString("N0", text.Culture));

    private static string Visible(char separator) => separator == '\t' ? "\\t" : separator.ToString();

    private static string Json(string input, string output, NormalizationResult result, ValidationReport validation, CliText text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("normalization");
            json.WriteString("source", input);
            json.WriteString("output", output);
            if (result.Dialect is { } dialect)
            {
                json.WriteStartObject("dialect");
                json.WriteString("encoding", dialect.Encoding.WebName);
                json.WriteBoolean("byteOrderMark", dialect.HasByteOrderMark);
                json.WriteString("separator", dialect.Separator.ToString());
                json.WriteString("decimalSeparator", dialect.DecimalSeparator.ToString());
                json.WriteBoolean("header", dialect.HasHeader);
                json.WriteEndObject();
            }

            json.WriteNumber("linesWritten", result.LinesWritten);
            json.WriteNumber("changeCount", result.ChangeCount);
            json.WriteNumber("unresolved", result.UnresolvedCount);
            json.WriteStartArray("changes");
            foreach (var change in result.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("line", change.Line);
                if (change.Column is { } column)
                {
                    json.WriteString("column", column);
                }

                json.WriteString("before", change.Before);
                json.WriteString("after", change.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            FindingsJson.WriteFindings(json, "findings", result.Findings, text.Culture, "rowNumber", "fieldName", "cell");
            json.WriteEndObject();
            FindingsJson.WriteValidation(json, validation, text.Culture);

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
