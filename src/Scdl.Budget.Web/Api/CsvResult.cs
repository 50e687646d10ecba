using System.Globalization;
using Microsoft.Net.Http.Headers;
using Scdl.Budget.Validation;
using Scdl.Budget.Web.Processing;

namespace Scdl.Budget.Web.Api;

/// <summary>
/// Sends the standard CSV written by a conversion or a normalisation, as an attachment, with the verdict of its
/// validation in headers (<c>Scdl-Verdict</c>, <c>Scdl-Errors</c>, <c>Scdl-Warnings</c>) so that a client that only
/// wants the file still learns whether it is valid.
/// </summary>
internal sealed class CsvResult(ProducedCsv csv, ValidationReport validation) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.ContentLength = csv.Content.Length;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(csv.Name);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers["Scdl-Verdict"] = JsonVerdict(validation.Verdict);
        response.Headers["Scdl-Errors"] = validation.Findings.ErrorCount.ToString(CultureInfo.InvariantCulture);
        response.Headers["Scdl-Warnings"] = validation.Findings.WarningCount.ToString(CultureInfo.InvariantCulture);
        csv.Content.Position = 0;
        await csv.Content.CopyToAsync(response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Spells a verdict as the JSON reports do.</summary>
    public static string JsonVerdict(ValidationVerdict verdict) => verdict switch
    {
        ValidationVerdict.Valid => "valid",
        ValidationVerdict.NotInStandardFormat => "not-in-standard-format",
        ValidationVerdict.Unreadable => "unreadable",
        _ => "invalid",
    };
}
