using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Scdl.Budget.Reports;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Api;
using Scdl.Budget.Web.Hosting;
using Scdl.Budget.Web.Processing;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web.Page;

/// <summary>
/// The page: <c>GET /</c> shows the form; <c>POST /</c> (a plain form post, no script needed) reads the files, runs the
/// library on each as the tool would (a TOTEM file is converted; a CSV file or a workbook is validated and, when it is
/// not valid, normalised to the standard CSV), and shows the results on the same page.
/// </summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ShowAsync).ExcludeFromDescription();
        endpoints.MapPost("/", SubmitAsync).RequireRateLimiting(ApiEndpoints.OperationsPolicy).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static Task ShowAsync(HttpContext context, IOptions<WebOptions> options)
    {
        var text = new WebText(Languages.Of(context.Request));
        return WritePageAsync(context, options.Value, text, new OperationSettings { Culture = text.Culture }, [], error: null, StatusCodes.Status200OK);
    }

    private static async Task SubmitAsync(HttpContext context, BudgetOperations operations, IOptions<WebOptions> options)
    {
        var limits = options.Value;
        var cancellationToken = context.RequestAborted;
        var culture = Languages.Of(context.Request);
        var text = new WebText(culture);
        var settings = new OperationSettings { Culture = culture };
        if (!ApiRequest.IsMultipart(context.Request, out var boundary))
        {
            await WritePageAsync(context, limits, text, settings, [], text["Page.Error.NotAForm"], StatusCodes.Status415UnsupportedMediaType).ConfigureAwait(false);
            return;
        }

        var limit = new UploadLimit(limits.MaxUploadBytes);
        if (context.Request.ContentLength > limit.MaxBytes + WebApp.MultipartAllowance)
        {
            await WritePageAsync(context, limits, text, settings, [], text.Format("Page.Error.TooLarge", text.Size(limit.MaxBytes)), StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var uploads = new List<Upload>();
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = limit.MaxBytes + WebApp.MultipartAllowance };
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var fileName = disposition.FileNameStar.Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (!disposition.IsFileDisposition())
                {
                    if (fields.Count < 32 && HeaderUtilities.RemoveQuotes(disposition.Name).Value is { } name)
                    {
                        fields[name] = await ApiRequest.ReadFieldAsync(section.Body, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                if (string.IsNullOrEmpty(fileName))
                {
                    continue; // The file input left empty.
                }

                if (uploads.Count == limits.MaxFilesPerPage)
                {
                    await WritePageAsync(context, limits, text, settings, [], text.Format("Page.Error.TooManyFiles", limits.MaxFilesPerPage), StatusCodes.Status400BadRequest).ConfigureAwait(false);
                    return;
                }

                // Each file is read more than once (validated, then normalised): it is kept in a temporary file for the request.
                var content = await operations.BufferAsync(new LimitedReadStream(section.Body, limit), cancellationToken).ConfigureAwait(false);
                context.Response.RegisterForDisposeAsync(content);
                var kind = InputKinds.Of(section.ContentType, fileName);
                uploads.Add(new Upload(ApiRequest.SafeName(fileName, kind), kind, content));
            }
        }
        catch (Exception exception) when (limit.Exceeded || exception is UploadTooLargeException || exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            await WritePageAsync(context, limits, text, settings, [], text.Format("Page.Error.TooLarge", text.Size(limit.MaxBytes)), StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            await WritePageAsync(context, limits, text, settings, [], text["Page.Error.NotAForm"], StatusCodes.Status400BadRequest).ConfigureAwait(false);
            return;
        }

        if (fields.TryGetValue(OperationSettings.LanguageName, out var language) && Languages.TryParse(language, out var chosen))
        {
            text = new WebText(chosen);
        }

        if (!OperationSettings.TryRead(name => fields.GetValueOrDefault(name), text.Culture, out settings, out var error))
        {
            await WritePageAsync(context, limits, text, new OperationSettings { Culture = text.Culture }, [], text.Format("Problem.BadValue", fields.GetValueOrDefault(error!.Value.Name), error.Value.Name, error.Value.Allowed), StatusCodes.Status400BadRequest)
                .ConfigureAwait(false);
            return;
        }

        if (uploads.Count == 0)
        {
            await WritePageAsync(context, limits, text, settings, [], text["Page.Error.NoFile"], StatusCodes.Status400BadRequest).ConfigureAwait(false);
            return;
        }

        var views = new List<FileView>(uploads.Count);
        foreach (var upload in uploads)
        {
            views.Add(await ProcessAsync(context, operations, upload, settings, text, cancellationToken).ConfigureAwait(false));
        }

        await WritePageAsync(context, limits, text, settings, views, error: null, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary>Runs the library on one file, as the tool would, and says what the page shows of it.</summary>
    private static async Task<FileView> ProcessAsync(HttpContext context, BudgetOperations operations, Upload upload, OperationSettings settings, WebText text, CancellationToken cancellationToken)
    {
        var options = new ReportOptions { Culture = settings.Culture };
        var reportName = Path.GetFileNameWithoutExtension(upload.Name);
        switch (upload.Kind)
        {
            case InputKind.Totem:
                try
                {
                    var conversion = await operations.ConvertAsync(upload, settings, cancellationToken).ConfigureAwait(false);
                    context.Response.RegisterForDisposeAsync(conversion);
                    var report = conversion.Report;
                    var validation = report.Validation!;
                    var key = validation.Verdict != ValidationVerdict.Valid ? "Page.Conversion.Invalid"
                        : report.Findings.ErrorCount > 0 ? "Page.Conversion.Problems"
                        : "Page.Conversion.Valid";
                    return new FileView
                    {
                        Name = upload.Name,
                        Good = string.Equals(key, "Page.Conversion.Valid", StringComparison.Ordinal),
                        Verdict = text[key],
                        Counts = Counts(text, report.LinesWritten, report.Findings.ErrorCount + validation.Findings.ErrorCount, report.Findings.WarningCount + validation.Findings.WarningCount),
                        ReportHtml = ReportResult.RenderHtml((writer, o) => HtmlReport.Write(writer, report, o), options),
                        ReportJson = ReportResult.RenderJson((writer, o) => JsonReport.Write(writer, report, o), options),
                        ReportName = reportName,
                        Csv = conversion.Csv,
                    };
                }
                catch (ScdlFormatException exception)
                {
                    return new FileView { Name = upload.Name, Good = false, Verdict = text.Format("Page.Conversion.Unreadable", exception.GetMessage(settings.Culture)) };
                }

            case InputKind.Csv or InputKind.Spreadsheet:
                {
                    var validation = await operations.ValidateAsync(upload, settings, cancellationToken).ConfigureAwait(false);
                    var view = new FileView
                    {
                        Name = upload.Name,
                        Good = validation.Verdict == ValidationVerdict.Valid,
                        Verdict = validation.Verdict == ValidationVerdict.Unreadable
                            ? text.Format("Page.Verdict.Unreadable", UnreadableMessage(validation, settings))
                            : text["Page.Verdict." + validation.Verdict],
                        Counts = validation.Verdict == ValidationVerdict.Unreadable ? null : Counts(text, validation.LinesRead, validation.Findings.ErrorCount, validation.Findings.WarningCount),
                        ReportHtml = ReportResult.RenderHtml((writer, o) => HtmlReport.Write(writer, validation, o), options),
                        ReportJson = ReportResult.RenderJson((writer, o) => JsonReport.Write(writer, validation, o), options),
                        ReportName = reportName,
                    };
                    if (validation.Verdict is ValidationVerdict.Valid or ValidationVerdict.Unreadable)
                    {
                        return view;
                    }

                    upload.Content.Position = 0;
                    try
                    {
                        var normalization = await operations.NormalizeAsync(upload, settings, cancellationToken).ConfigureAwait(false);
                        context.Response.RegisterForDisposeAsync(normalization);
                        var written = normalization.Report.Validation!;
                        return view with
                        {
                            Csv = normalization.Csv,
                            CsvVerdict = written.Verdict == ValidationVerdict.Valid
                                ? text["Page.Standard.Valid"]
                                : text.Format("Page.Standard.Invalid", text.Plural("Count.Errors", written.Findings.ErrorCount)),
                            NormalizationJson = ReportResult.RenderJson((writer, o) => JsonReport.Write(writer, normalization.Report, o), options),
                        };
                    }
                    catch (ScdlFormatException exception)
                    {
                        return view with { CsvVerdict = text.Format("Page.Standard.Failed", exception.GetMessage(settings.Culture)) };
                    }
                }

            default:
                return new FileView { Name = upload.Name, Good = false, Verdict = text["Page.Verdict.UnknownKind"] };
        }
    }

    private static string Counts(WebText text, long lines, long errors, long warnings) =>
        text.Format("Page.Counts", text.Plural("Count.Lines", lines), text.Plural("Count.Errors", errors), text.Plural("Count.Warnings", warnings));

    private static string UnreadableMessage(ValidationReport validation, OperationSettings settings) =>
        validation.Findings.Groups.FirstOrDefault(g => g.Severity == FindingSeverity.Error && FindingCodes.Describe(g.Code)?.Category == FindingCategory.Unreadable)
            ?.Finding.GetMessage(settings.Culture) ?? string.Empty;

    private static async Task WritePageAsync(HttpContext context, WebOptions limits, WebText text, OperationSettings settings, IReadOnlyList<FileView> files, string? error, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentLanguage = Languages.Code(text.Culture);
        await new PageWriter(response.Body, text, limits.MaxFilesPerPage, limits.MaxUploadBytes).WriteAsync(settings, files, error, context.RequestAborted).ConfigureAwait(false);
    }
}
