using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scdl.Budget.Analysis;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Writes reports as JSON, one documented shape per thing (<c>docs/report.schema.json</c>, described in
/// <c>docs/reports.md</c>): a validation is shaped like a frictionless report (<c>valid</c>, <c>stats</c>,
/// <c>errors</c> with <c>rowNumber</c>, <c>fieldNumber</c>, <c>fieldName</c>, <c>cell</c>, <c>type</c>, <c>note</c>,
/// <c>message</c>) plus our <c>verdict</c>, <c>code</c>, <c>severity</c>, <c>category</c> and the budget summary;
/// a conversion, a normalisation and a summary have their own objects, with the same findings, tally and budget
/// summary shapes. Each report is one JSON object, written where the writer stands (a document, an array item or a
/// property value). Deterministic: the same report and culture give the same bytes.
/// </summary>
public static class JsonReport
{
    /// <summary>
    /// Creates a JSON writer set up the way the reports are meant to be written: UTF-8 without byte order mark,
    /// indented (<see cref="ReportOptions.Indented"/>) with <c>\n</c> line ends on .NET 9 and later, non-ASCII letters
    /// unescaped.
    /// </summary>
    /// <param name="stream">The destination; left open when the writer is disposed.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The writer; dispose it (or flush it) once the report is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static Utf8JsonWriter CreateWriter(Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writerOptions = new JsonWriterOptions
        {
            Indented = (options ?? ReportOptions.Default).Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
#if NET9_0_OR_GREATER
        writerOptions.NewLine = "\n";
#endif
        return new Utf8JsonWriter(stream, writerOptions);
    }

    /// <summary>Writes the report of a validation as one JSON object (<c>"kind": "validation"</c>).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ValidationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        WriteValidation(writer, report, Culture(options));
    }

    /// <summary>
    /// Writes the report of a conversion as one JSON object (<c>"kind": "conversion"</c>): the document, the lines,
    /// the conversion's tally and findings (located in the source), and the validation of the CSV written.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ConversionReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var culture = Culture(options);
        writer.WriteStartObject();
        writer.WriteString("kind", "conversion");
        writer.WriteString("source", report.Source);
        writer.WriteString("output", report.Output);
        writer.WriteBoolean("valid", report.Findings.ErrorCount == 0);
        writer.WriteStartObject("document");
        writer.WriteString("siret", report.Siret.ToString());
        writer.WriteNumber("year", report.Year);
        writer.WriteString("step", ReportText.Step(report.Step));
        writer.WriteString("nomenclature", report.Nomenclature);
        writer.WriteEndObject();
        writer.WriteNumber("linesRead", report.LinesRead);
        writer.WriteNumber("calculatedLinesSkipped", report.CalculatedLinesSkipped);
        writer.WriteNumber("linesWritten", report.LinesWritten);
        WriteTally(writer, report.Findings, rows: null, fieldNumberOf: null, culture);
        WriteValidationProperty(writer, report.Validation, culture);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the report of a normalisation as one JSON object (<c>"kind": "normalization"</c>): the dialect read,
    /// the changes, the reader's tally and findings, and the validation of the file written.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, NormalizationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var culture = Culture(options);
        var result = report.Normalization;
        writer.WriteStartObject();
        writer.WriteString("kind", "normalization");
        writer.WriteString("source", report.Source);
        writer.WriteString("output", report.Output);
        if (result.Dialect is { } dialect)
        {
            writer.WriteStartObject("dialect");
            writer.WriteString("encoding", dialect.Encoding.WebName);
            writer.WriteBoolean("byteOrderMark", dialect.HasByteOrderMark);
            writer.WriteString("separator", dialect.Separator.ToString());
            writer.WriteString("decimalSeparator", dialect.DecimalSeparator.ToString());
            writer.WriteBoolean("header", dialect.HasHeader);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dialect");
        }

        writer.WriteStartArray("dialectChanges");
        foreach (var change in result.DialectChanges)
        {
            writer.WriteStartObject();
            writer.WriteString("aspect", ReportText.AspectKey(change.Aspect));
            writer.WriteString("before", change.Before);
            writer.WriteString("after", change.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("linesWritten", result.LinesWritten);
        writer.WriteNumber("changeCount", result.ChangeCount);
        writer.WriteNumber("unresolved", result.UnresolvedCount);
        writer.WriteStartArray("changes");
        foreach (var change in result.Changes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", change.Line);
            writer.WriteString("column", change.Column);
            writer.WriteString("before", change.Before);
            writer.WriteString("after", change.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteTally(writer, result.Findings, rows: null, fieldNumberOf: null, culture);
        WriteValidationProperty(writer, report.Validation, culture);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the budget summary of a validation as one JSON object (<c>"kind": "summary"</c>): the verdict, the lines
    /// read and the summary, in the same shape as the <c>summary</c> of a validation report.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report whose summary to write.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void WriteSummary(Utf8JsonWriter writer, ValidationReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("kind", "summary");
        writer.WriteString("source", report.Source);
        writer.WriteString("verdict", ReportText.VerdictKey(report.Verdict));
        writer.WriteBoolean("valid", report.IsValid);
        writer.WriteNumber("rows", report.LinesRead);
        var culture = Culture(options);
        WriteBudgetSummary(writer, report.Summary, culture);
        WriteAnalysisProperty(writer, report.Analysis, culture);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes an analysis on its own as one JSON object (<c>"kind": "analysis"</c>), such as the analyses of several
    /// files combined (<see cref="BudgetAnalysis.Combine"/>): <c>documents</c>, <c>votedVsRealised</c> and
    /// <c>evolutions</c>, in the shape of the <c>analysis</c> of a validation report.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, BudgetAnalysis analysis, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteStartObject();
        writer.WriteString("kind", "analysis");
        WriteAnalysisBody(writer, analysis, Culture(options));
        writer.WriteEndObject();
    }

    private static CultureInfo Culture(ReportOptions? options) => options?.Culture ?? CultureInfo.CurrentUICulture;

    private static void WriteValidationProperty(Utf8JsonWriter writer, ValidationReport? validation, CultureInfo culture)
    {
        writer.WritePropertyName("validation");
        if (validation is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteValidation(writer, validation, culture);
        }
    }

    private static void WriteValidation(Utf8JsonWriter writer, ValidationReport report, CultureInfo culture)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "validation");
        writer.WriteString("verdict", ReportText.VerdictKey(report.Verdict));
        writer.WriteBoolean("valid", report.IsValid);
        writer.WriteString("source", report.Source);
        writer.WriteStartObject("schema");
        writer.WriteString("name", "scdl/budget");
        writer.WriteString("version", report.SchemaVersion.Text);
        writer.WriteEndObject();
        writer.WriteString("columnConvention", ReportText.ConventionKey(report.ColumnConvention));
        WriteTally(writer, report.Findings, report.LinesRead, report.FieldNumberOf, culture);
        WriteBudgetSummary(writer, report.Summary, culture);
        WriteAnalysisProperty(writer, report.Analysis, culture);
        writer.WriteEndObject();
    }

    /// <summary>Writes a tally as <c>stats</c> (counts) and <c>errors</c> (the groups kept, errors first).</summary>
    private static void WriteTally(Utf8JsonWriter writer, FindingTally tally, long? rows, Func<string?, int?>? fieldNumberOf, CultureInfo culture)
    {
        writer.WriteStartObject("stats");
        if (rows is { } count)
        {
            writer.WriteNumber("rows", count);
        }

        writer.WriteNumber("findings", tally.Total);
        writer.WriteNumber("errors", tally.ErrorCount);
        writer.WriteNumber("warnings", tally.WarningCount);
        writer.WriteNumber("infos", tally.InfoCount);
        writer.WriteNumber("kept", tally.KeptCount);
        writer.WriteNumber("notKept", tally.NotKeptCount);
        writer.WriteStartObject("codes");
        foreach (var (code, n) in tally.CountsByCode)
        {
            writer.WriteNumber(code, n);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("errors");
        foreach (var group in tally.Groups)
        {
            WriteGroup(writer, group, fieldNumberOf, culture);
        }

        writer.WriteEndArray();
    }

    private static void WriteGroup(Utf8JsonWriter writer, FindingGroup group, Func<string?, int?>? fieldNumberOf, CultureInfo culture)
    {
        var finding = group.Finding;
        writer.WriteStartObject();
        if (group.IsWholeFile)
        {
            writer.WriteNull("rowNumber");
        }
        else
        {
            writer.WriteNumber("rowNumber", finding.Location.Line);
        }

        writer.WriteNumber("count", group.Count);
        writer.WriteStartArray("rowRanges");
        foreach (var range in group.Lines)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(range.First);
            writer.WriteNumberValue(range.Last);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteNumber("rowsNotListed", group.IsWholeFile ? 0 : group.LinesNotListed);
        if (fieldNumberOf?.Invoke(finding.Location.Column) is { } fieldNumber)
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
        writer.WriteString("category", ReportText.CategoryKey(finding.Code));
        writer.WriteEndObject();
    }

    private static void WriteBudgetSummary(Utf8JsonWriter writer, BudgetSummary summary, CultureInfo culture)
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

    /// <summary>Writes <c>analysis</c> when the validation computed one.</summary>
    private static void WriteAnalysisProperty(Utf8JsonWriter writer, BudgetAnalysis? analysis, CultureInfo culture)
    {
        if (analysis is null)
        {
            return;
        }

        writer.WriteStartObject("analysis");
        WriteAnalysisBody(writer, analysis, culture);
        writer.WriteEndObject();
    }

    private static void WriteAnalysisBody(Utf8JsonWriter writer, BudgetAnalysis analysis, CultureInfo culture)
    {
        writer.WriteNumber("linesNotCounted", analysis.LinesNotCounted);
        writer.WriteStartArray("documents");
        foreach (var document in analysis.Documents)
        {
            WriteAnalysedDocument(writer, document, culture);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("votedVsRealised");
        foreach (var comparison in analysis.VotedVsRealised)
        {
            writer.WriteStartObject();
            writer.WriteString("siret", comparison.Siret.ToString());
            writer.WriteString("authorityName", comparison.AuthorityName);
            writer.WriteNumber("year", comparison.Year);
            writer.WriteString("votedStep", ReportText.Step(comparison.VotedStep));
            writer.WriteString("votedBasis", AnalysisRows.BasisKey(comparison.VotedBasis));
            writer.WriteString("realisedStep", ReportText.Step(comparison.RealisedStep));
            writer.WriteStartArray("figures");
            foreach (var figure in comparison.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("name", AnalysisRows.Key(figure.Name));
                WriteFigure(writer, "voted", figure.Voted, culture);
                WriteFigure(writer, "realised", figure.Realised, culture);
                WriteFigure(writer, "difference", figure.Difference, culture);
                WriteFigure(writer, "tauxDeRealisation", figure.TauxDeRealisation, culture);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evolutions");
        foreach (var evolution in analysis.Evolutions)
        {
            writer.WriteStartObject();
            writer.WriteString("siret", evolution.Siret.ToString());
            writer.WriteString("authorityName", evolution.AuthorityName);
            writer.WriteBoolean("realised", evolution.Realised);
            writer.WriteNumber("previousYear", evolution.PreviousYear);
            writer.WriteString("previousStep", ReportText.Step(evolution.PreviousStep));
            writer.WriteNumber("year", evolution.Year);
            writer.WriteString("step", ReportText.Step(evolution.Step));
            writer.WriteStartArray("figures");
            foreach (var figure in evolution.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("name", AnalysisRows.Key(figure.Name));
                WriteFigure(writer, "previous", figure.Previous, culture);
                WriteFigure(writer, "current", figure.Current, culture);
                WriteFigure(writer, "change", figure.Change, culture);
                WriteFigure(writer, "changeRate", figure.ChangeRate, culture);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAnalysedDocument(Utf8JsonWriter writer, DocumentAnalysis document, CultureInfo culture)
    {
        writer.WriteStartObject();
        writer.WriteString("siret", document.Siret.ToString());
        writer.WriteNumber("year", document.Year);
        writer.WriteString("step", ReportText.Step(document.Step));
        writer.WriteString("authorityName", document.AuthorityName);
        writer.WriteNumber("lineCount", document.LineCount);
        writer.WriteString("nomenclature", document.Nomenclature);
        writer.WriteString("basis", AnalysisRows.BasisKey(document.Basis));
        writer.WriteBoolean("amountsMissing", document.AmountsMissing);
        writer.WriteStartArray("sections");
        foreach (var flows in (ReadOnlySpan<SectionFlows>)[document.Fonctionnement, document.Investissement])
        {
            writer.WriteStartObject();
            writer.WriteString("section", ReportText.Section(flows.Section));
            writer.WriteNumber("recettesReelles", flows.RecettesReelles);
            writer.WriteNumber("recettesOrdre", flows.RecettesOrdre);
            writer.WriteNumber("recettesReportees", flows.RecettesReportees);
            writer.WriteNumber("depensesReelles", flows.DepensesReelles);
            writer.WriteNumber("depensesOrdre", flows.DepensesOrdre);
            writer.WriteNumber("depensesReportees", flows.DepensesReportees);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFigures(writer, "resultats", document.Resultats is { } resultats ? AnalysisRows.Resultats(resultats) : null, culture);
        WriteFigures(writer, "equilibre", document.Equilibre is { } equilibre ? AnalysisRows.Equilibre(equilibre) : null, culture);
        WriteFigures(writer, "epargne", AnalysisRows.Epargne(document.Epargne), culture);
        if (document.Execution is { } execution)
        {
            writer.WriteStartObject("execution");
            writer.WriteStartArray("sections");
            foreach (var total in execution.Sections)
            {
                writer.WriteStartObject();
                writer.WriteString("section", ReportText.Section(total.Section));
                writer.WriteString("operationKind", ReportText.Kind(total.OperationKind));
                writer.WriteString("direction", ReportText.Direction(total.Direction));
                WriteExecution(writer, total.CreditsOuverts, total.Realisations, total.RestesARealiser, total.TauxExecution, culture);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("chapters");
            foreach (var chapter in execution.Chapters)
            {
                writer.WriteStartObject();
                writer.WriteString("chapter", chapter.ChapterCode);
                writer.WriteString("label", chapter.ChapterLabel);
                writer.WriteString("section", ReportText.Section(chapter.Section));
                writer.WriteString("operationKind", ReportText.Kind(chapter.OperationKind));
                writer.WriteString("direction", ReportText.Direction(chapter.Direction));
                WriteExecution(writer, chapter.CreditsOuverts, chapter.Realisations, chapter.RestesARealiser, chapter.TauxExecution, culture);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("execution");
        }

        writer.WriteStartObject("fonctions");
        WriteGap(writer, document.Fonctions.Gap, culture);
        foreach (var (name, functions) in (ReadOnlySpan<(string, IReadOnlyList<FunctionTotal>)>)[("fonctionnement", document.Fonctions.Fonctionnement), ("investissement", document.Fonctions.Investissement)])
        {
            writer.WriteStartArray(name);
            foreach (var function in functions)
            {
                writer.WriteStartObject();
                writer.WriteString("function", function.FunctionCode);
                writer.WriteString("label", function.FunctionLabel);
                writer.WriteNumber("amount", function.Amount);
                WriteFigure(writer, "share", function.Share, culture);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteExecution(Utf8JsonWriter writer, decimal creditsOuverts, decimal realisations, decimal restesARealiser, AnalysisFigure taux, CultureInfo culture)
    {
        writer.WriteNumber("creditsOuverts", creditsOuverts);
        writer.WriteNumber("realisations", realisations);
        writer.WriteNumber("restesARealiser", restesARealiser);
        WriteFigure(writer, "tauxExecution", taux, culture);
    }

    /// <summary>Writes a block of figures as an object, one property per figure, or <c>null</c> when the document has no such block.</summary>
    private static void WriteFigures(Utf8JsonWriter writer, string name, IReadOnlyList<FigureRow>? rows, CultureInfo culture)
    {
        if (rows is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        foreach (var row in rows)
        {
            WriteFigure(writer, row.Key, row.Figure, culture);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a figure as <c>{"value": 12.5, "gap": null, "gapText": null}</c>, or without value and with why.</summary>
    private static void WriteFigure(Utf8JsonWriter writer, string name, AnalysisFigure figure, CultureInfo culture)
    {
        writer.WriteStartObject(name);
        if (figure.Value is { } value)
        {
            writer.WriteNumber("value", value);
        }
        else
        {
            writer.WriteNull("value");
        }

        WriteGap(writer, figure.Gap, culture);
        writer.WriteEndObject();
    }

    private static void WriteGap(Utf8JsonWriter writer, FigureGap? gap, CultureInfo culture)
    {
        if (gap is { } g)
        {
            writer.WriteString("gap", AnalysisRows.GapKey(g));
            writer.WriteString("gapText", Internal.Messages.Get("Analysis.Gap." + g, culture));
        }
        else
        {
            writer.WriteNull("gap");
            writer.WriteNull("gapText");
        }
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
