using System.Text.Json;
using Microsoft.Extensions.Options;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Hosting;
using Scdl.Budget.Web.Processing;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web.Api;

/// <summary>
/// The HTTP API, version 1: <c>/api/v1/validate</c>, <c>convert</c>, <c>normalize</c>, <c>summary</c>,
/// <c>explain</c> and <c>health</c>. Each answers with what the library renders: the JSON report (as the tool's
/// <c>--format json</c> gives it for the file), the HTML report, or the standard CSV.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The name of the rate limiter policy that bounds the operations running at once.</summary>
    public const string OperationsPolicy = "operations";

    private static readonly InputKind[] CsvOrSheet = [InputKind.Csv, InputKind.Spreadsheet];
    private static readonly InputKind[] Totem = [InputKind.Totem];
    private static readonly ResponseFormat[] ReportFormats = [ResponseFormat.Json, ResponseFormat.Html];
    private static readonly ResponseFormat[] FileFormats = [ResponseFormat.Csv, ResponseFormat.Json, ResponseFormat.Html];

    /// <summary>The explanations' JSON, escaped as the library's reports are (French text and backquotes stay readable).</summary>
    private static readonly JsonSerializerOptions ExplanationJson = new(WebJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("scdl-budget");

        Operation(api.MapPost("/validate", ValidateAsync), "Validate", "Validates a SCDL CSV file or an Excel workbook against scdl/budget.", CsvOrSheet, ReportFormats);
        Operation(api.MapPost("/summary", SummaryAsync), "Summary", "Gives the budget summary of a SCDL CSV file or workbook: totals, chapters, balance checks.", CsvOrSheet, ReportFormats);
        Operation(api.MapPost("/normalize", NormalizeAsync), "Normalize", "Writes a SCDL CSV file (any dialect) or a workbook as the standard CSV, and validates what it wrote.", CsvOrSheet, FileFormats);
        Operation(api.MapPost("/convert", ConvertAsync), "Convert", "Converts a TOTEM XML budget document to the standard SCDL CSV, and validates what it wrote.", Totem, FileFormats);

        api.MapGet("/explain", ExplainAll)
            .WithName("ExplainAll")
            .WithSummary("Lists every finding code: severity, category, title and how to fix it.")
            .Produces<FindingExplanation[]>(StatusCodes.Status200OK, "application/json");
        api.MapGet("/explain/{code}", Explain)
            .WithName("Explain")
            .WithSummary("Says what a finding code means and how to fix it.")
            .Produces<FindingExplanation>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.MediaType);
        api.MapGet("/report.schema.json", ReportSchema)
            .WithName("ReportSchema")
            .WithSummary("The JSON Schema of the JSON reports (docs/report.schema.json).")
            .Produces(StatusCodes.Status200OK, contentType: "application/schema+json");
        return endpoints;
    }

    private static void Operation(RouteHandlerBuilder endpoint, string name, string summary, InputKind[] kinds, ResponseFormat[] formats)
    {
        endpoint
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(
                "The file goes as multipart/form-data (the first part with a file name; form values before it may give the options) or as the request body with its Content-Type ("
                + string.Join(", ", kinds.SelectMany(InputKinds.MediaTypesOf)) + "). Options, as query or form values: schemaVersion (0.8.1, 0.8.2, 0.8.3), convention (schema, totem), "
                + "noHeader (true when the file has no header row), sheet (a workbook's worksheet), lang (fr, en). The answer's format: the format query value ("
                + Negotiation.Names(formats) + ") or the Accept header; by default " + Negotiation.Names(formats.Take(1))
                + ". JSON reports follow /api/v1/report.schema.json. A file that cannot be read at all is 422 with its finding code.")
            .Accepts<Stream>("multipart/form-data", [.. kinds.SelectMany(InputKinds.MediaTypesOf), "application/octet-stream"])
            .RequireRateLimiting(OperationsPolicy)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest, ProblemResult.MediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge, ProblemResult.MediaType)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType, ProblemResult.MediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity, ProblemResult.MediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests, ProblemResult.MediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable, ProblemResult.MediaType);
        foreach (var format in formats)
        {
            endpoint.Produces(StatusCodes.Status200OK, contentType: format switch
            {
                ResponseFormat.Csv => "text/csv",
                ResponseFormat.Html => "text/html",
                _ => "application/json",
            });
        }
    }

    private static Task<IResult> ValidateAsync(HttpContext context, BudgetOperations operations, IOptions<WebOptions> options) =>
        ApiRequest.RunAsync(context, options, CsvOrSheet, ReportFormats, async (upload, settings, format, cancellationToken) =>
        {
            var report = await operations.ValidateAsync(upload, settings, cancellationToken).ConfigureAwait(false);
            return Answer(report, settings, format, (writer, o) => JsonReport.Write(writer, report, o), (writer, o) => HtmlReport.Write(writer, report, o));
        });

    private static Task<IResult> SummaryAsync(HttpContext context, BudgetOperations operations, IOptions<WebOptions> options) =>
        ApiRequest.RunAsync(context, options, CsvOrSheet, ReportFormats, async (upload, settings, format, cancellationToken) =>
        {
            var report = await operations.ValidateAsync(upload, settings, cancellationToken).ConfigureAwait(false);
            return Answer(report, settings, format, (writer, o) => JsonReport.WriteSummary(writer, report, o), (writer, o) => HtmlReport.Write(writer, report, o));
        });

    private static Task<IResult> NormalizeAsync(HttpContext context, BudgetOperations operations, IOptions<WebOptions> options) =>
        ApiRequest.RunAsync(context, options, CsvOrSheet, FileFormats, async (upload, settings, format, cancellationToken) =>
        {
            var outcome = await operations.NormalizeAsync(upload, settings, cancellationToken).ConfigureAwait(false);
            context.Response.RegisterForDisposeAsync(outcome);
            var report = outcome.Report;
            return format == ResponseFormat.Csv
                ? new CsvResult(outcome.Csv, report.Validation!)
                : Answer(report.Validation!, settings, format, (writer, o) => JsonReport.Write(writer, report, o), (writer, o) => HtmlReport.Write(writer, report, o));
        });

    private static Task<IResult> ConvertAsync(HttpContext context, BudgetOperations operations, IOptions<WebOptions> options) =>
        ApiRequest.RunAsync(context, options, Totem, FileFormats, async (upload, settings, format, cancellationToken) =>
        {
            var outcome = await operations.ConvertAsync(upload, settings, cancellationToken).ConfigureAwait(false);
            context.Response.RegisterForDisposeAsync(outcome);
            var report = outcome.Report;
            return format == ResponseFormat.Csv
                ? new CsvResult(outcome.Csv, report.Validation!)
                : Answer(report.Validation!, settings, format, (writer, o) => JsonReport.Write(writer, report, o), (writer, o) => HtmlReport.Write(writer, report, o));
        });

    /// <summary>
    /// Answers with the report in the chosen format; a file that could not be read at all (verdict unreadable) is 422:
    /// problem details typed by its finding code with the report in them, or the HTML report with that status.
    /// </summary>
    private static IResult Answer(
        ValidationReport validation, OperationSettings settings, ResponseFormat format, Action<Utf8JsonWriter, ReportOptions> json, Action<TextWriter, ReportOptions> html)
    {
        var options = new ReportOptions { Culture = settings.Culture };
        if (validation.Verdict == ValidationVerdict.Unreadable)
        {
            if (format == ResponseFormat.Html)
            {
                return ReportResult.Html(html, options, StatusCodes.Status422UnprocessableEntity);
            }

            var unreadable = validation.Findings.Groups
                .Where(g => g.Severity == FindingSeverity.Error && FindingCodes.Describe(g.Code)?.Category == FindingCategory.Unreadable)
                .Select(g => g.Finding)
                .ToList();
            if (unreadable.Count == 0)
            {
                unreadable = [.. validation.Findings.Groups.Where(g => g.Severity == FindingSeverity.Error).Select(g => g.Finding).Take(1)];
            }

            return ProblemResult.ForFindings(StatusCodes.Status422UnprocessableEntity, unreadable, settings.Culture, json);
        }

        return format == ResponseFormat.Html ? ReportResult.Html(html, options) : ReportResult.Json(json, options);
    }

    private static IResult ExplainAll(HttpContext context) =>
        Results.Json(FindingCodes.All.Select(d => FindingExplanation.Of(d, Languages.Of(context.Request))).ToArray(), ExplanationJson);

    private static IResult Explain(string code, HttpContext context)
    {
        var culture = Languages.Of(context.Request);
        var descriptor = FindingCodes.Describe(code.ToUpperInvariant());
        return descriptor is null
            ? ProblemResult.ForRequest(StatusCodes.Status404NotFound, new WebText(culture).Format("Problem.UnknownCode", code))
            : Results.Json(FindingExplanation.Of(descriptor, culture), ExplanationJson);
    }

    private static IResult ReportSchema()
    {
        var stream = typeof(ApiEndpoints).Assembly.GetManifestResourceStream("report.schema.json")!;
        return Results.Stream(stream, "application/schema+json");
    }
}
