using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Writes a <see cref="ValidationReport"/> as JSON shaped like a frictionless report (<c>valid</c>, <c>stats</c>,
/// <c>errors</c> with <c>rowNumber</c>, <c>fieldNumber</c>, <c>fieldName</c>, <c>cell</c>, <c>type</c>,
/// <c>note</c>, <c>message</c>), plus our <c>code</c> and <c>severity</c> and the budget summary. The output is
/// deterministic: the same report and culture give the same bytes. The shape is documented in <c>docs/reports.md</c>.
/// </summary>
public static class JsonReport
{
    /// <summary>Writes the report as UTF-8 JSON (no byte order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The destination; left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    public static void Write(ValidationReport report, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportOptions.Default;
#if NET9_0_OR_GREATER
        Write(report, stream, options, newLine: "\n");
#else
        // .NET 8 writes Environment.NewLine between indented lines: normalise to \n so that the output is the same
        // everywhere (JSON strings never hold a raw line break, so only indentation line ends are replaced).
        using var buffer = new MemoryStream();
        Write(report, buffer, options, newLine: null);
        var bytes = buffer.ToArray();
        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        var normalised = Encoding.UTF8.GetBytes(text);
        stream.Write(normalised, 0, normalised.Length);
#endif
    }

    /// <summary>Renders the report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToJson(ValidationReport report, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(report, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(ValidationReport report, Stream stream, ReportOptions options, string? newLine)
    {
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
#if NET9_0_OR_GREATER
        writerOptions.NewLine = newLine ?? "\n";
#else
        _ = newLine;
#endif
        using var writer = new Utf8JsonWriter(stream, writerOptions);
        WriteReport(writer, report, options);
        writer.Flush();
    }

    private static void WriteReport(Utf8JsonWriter writer, ValidationReport report, ReportOptions options)
    {
        var culture = options.Culture;
        writer.WriteStartObject();
        writer.WriteBoolean("valid", report.IsValid);
        writer.WriteString("source", report.Source);
        writer.WriteStartObject("schema");
        writer.WriteString("name", "scdl/budget");
        writer.WriteString("version", report.SchemaVersion.Text);
        writer.WriteEndObject();
        writer.WriteString("columnConvention", ReportText.ConventionKey(report.ColumnConvention));

        writer.WriteStartObject("stats");
        writer.WriteNumber("rows", report.LinesRead);
        writer.WriteNumber("findings", report.FindingCount);
        writer.WriteNumber("errors", report.ErrorCount);
        writer.WriteNumber("warnings", report.WarningCount);
        writer.WriteNumber("infos", report.InfoCount);
        writer.WriteNumber("kept", report.Findings.Count);
        writer.WriteNumber("notKept", report.FindingsNotKept);
        writer.WriteStartObject("codes");
        foreach (var (code, count) in report.CountsByCode)
        {
            writer.WriteNumber(code, count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("errors");
        foreach (var finding in report.Findings)
        {
            WriteFinding(writer, report, finding, culture);
        }

        writer.WriteEndArray();
        WriteSummary(writer, report.Summary, culture);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, ValidationReport report, Finding finding, System.Globalization.CultureInfo? culture)
    {
        writer.WriteStartObject();
        if (finding.Location.Line > 0)
        {
            writer.WriteNumber("rowNumber", finding.Location.Line);
        }
        else
        {
            writer.WriteNull("rowNumber");
        }

        if (report.FieldNumberOf(finding.Location.Column) is { } fieldNumber)
        {
            writer.WriteNumber("fieldNumber", fieldNumber);
        }
        else
        {
            writer.WriteNull("fieldNumber");
        }

        writer.WriteString("fieldName", finding.Location.Column);
        writer.WriteString("cell", finding.Value);
        writer.WriteString("type", FindingCodes.Describe(finding.Code)?.FrictionlessType ?? "budget-rule");
        writer.WriteString("note", ReportText.Note(finding, culture));
        writer.WriteString("message", finding.GetMessage(culture));
        writer.WriteString("code", finding.Code);
        writer.WriteString("severity", ReportText.SeverityKey(finding.Severity));
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, BudgetSummary summary, System.Globalization.CultureInfo? culture)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("linesNotCounted", summary.LinesNotCounted);
        writer.WriteStartArray("documents");
        foreach (var document in summary.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("siret", document.Siret.ToString());
            writer.WriteNumber("year", document.Year);
            writer.WriteString("step", ReportText.Step(document.Step));
            writer.WriteString("authorityName", document.AuthorityName);
            writer.WriteNumber("firstLine", document.FirstLine);
            writer.WriteNumber("lineCount", document.LineCount);
            writer.WriteString("amountBasis", document.AmountBasis == AmountBasis.Realised ? "realised" : "voted");
            writer.WriteStartArray("totals");
            foreach (var total in document.Totals)
            {
                writer.WriteStartObject();
                writer.WriteString("section", ReportText.Section(total.Section));
                writer.WriteString("operationKind", ReportText.Kind(total.OperationKind));
                writer.WriteString("direction", ReportText.Direction(total.Direction));
                WriteAmounts(writer, total.LineCount, total.Amount, total.MontantVote, total.RestesARealiserPrecedents, total.Realisations, total.RestesARealiser);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("carriedForward");
            foreach (var total in document.CarriedForward)
            {
                writer.WriteStartObject();
                writer.WriteString("section", ReportText.Section(total.Section));
                writer.WriteString("direction", ReportText.Direction(total.Direction));
                WriteAmounts(writer, total.LineCount, total.Amount, total.MontantVote, total.RestesARealiserPrecedents, total.Realisations, total.RestesARealiser);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("chapters");
            foreach (var chapter in document.Chapters)
            {
                writer.WriteStartObject();
                writer.WriteString("chapter", chapter.ChapterCode);
                writer.WriteString("label", chapter.ChapterLabel);
                writer.WriteString("section", ReportText.Section(chapter.Section));
                writer.WriteString("operationKind", ReportText.Kind(chapter.OperationKind));
                writer.WriteString("direction", ReportText.Direction(chapter.Direction));
                writer.WriteNumber("lineCount", chapter.LineCount);
                writer.WriteNumber("amount", chapter.Amount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("checks");
            foreach (var check in document.Checks)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", ReportText.CheckKey(check.Kind));
                writer.WriteString("leftLabel", check.GetLeftLabel(culture));
                writer.WriteNumber("left", check.Left);
                writer.WriteString("rightLabel", check.GetRightLabel(culture));
                writer.WriteNumber("right", check.Right);
                writer.WriteBoolean("holds", check.Holds);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteAmounts(Utf8JsonWriter writer, long lineCount, decimal amount, decimal montantVote, decimal restesARealiserPrecedents, decimal realisations, decimal restesARealiser)
    {
        writer.WriteNumber("lineCount", lineCount);
        writer.WriteNumber("amount", amount);
        writer.WriteNumber("montantVote", montantVote);
        writer.WriteNumber("restesARealiserPrecedents", restesARealiserPrecedents);
        writer.WriteNumber("realisations", realisations);
        writer.WriteNumber("restesARealiser", restesARealiser);
    }
}
