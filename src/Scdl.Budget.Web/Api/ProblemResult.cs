using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Scdl.Budget.Reports;

namespace Scdl.Budget.Web.Api;

/// <summary>
/// An error as RFC 9457 problem details (<c>application/problem+json</c>). A problem about the file itself (unreadable,
/// not convertible) is typed by its finding code: <c>type</c> is <c>/api/v1/explain/CODE</c>, <c>title</c> the code's
/// title, <c>code</c> the code, <c>findings</c> the errors with their line and column, and <c>report</c> the library's
/// JSON report when there is one. A problem with the request (too large, wrong media type, wrong value, busy) is typed
/// <c>about:blank</c> with the status phrase as title and a <c>detail</c> that says what to do.
/// </summary>
internal sealed class ProblemResult : IResult
{
    /// <summary>The media type of problem details.</summary>
    public const string MediaType = "application/problem+json";

    private ProblemResult(int status, string detail)
    {
        Status = status;
        Detail = detail;
    }

    /// <summary>Gets the HTTP status.</summary>
    public int Status { get; }

    /// <summary>Gets the explanation of this occurrence, in the request's language.</summary>
    public string Detail { get; }

    /// <summary>Gets the finding code of a problem about the file, or <see langword="null"/>.</summary>
    public string? Code { get; private init; }

    /// <summary>Gets the title, in the request's language for a finding code.</summary>
    public string? Title { get; private init; }

    /// <summary>Gets the findings that explain the problem.</summary>
    public IReadOnlyList<Finding> Findings { get; private init; } = [];

    /// <summary>Gets the writer of the library's report, or <see langword="null"/>.</summary>
    public Action<Utf8JsonWriter, ReportOptions>? Report { get; private init; }

    /// <summary>Gets the language of the findings' messages.</summary>
    public CultureInfo Culture { get; private init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the seconds after which to try again (429), or <see langword="null"/>.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>A problem with the request.</summary>
    public static ProblemResult ForRequest(int status, string detail) => new(status, detail);

    /// <summary>A problem about the file, typed by the code of its first finding.</summary>
    /// <param name="status">The status (422).</param>
    /// <param name="findings">The errors that explain it, the first one giving the code.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <param name="report">Writes the library's report, or <see langword="null"/>.</param>
    public static ProblemResult ForFindings(int status, IReadOnlyList<Finding> findings, CultureInfo culture, Action<Utf8JsonWriter, ReportOptions>? report = null)
    {
        var first = findings[0];
        return new(status, first.GetMessage(culture))
        {
            Code = first.Code,
            Title = FindingCodes.Describe(first.Code)?.GetTitle(culture) ?? first.Code,
            Findings = findings,
            Culture = culture,
            Report = report,
        };
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = MediaType + "; charset=utf-8";
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var body = Render(httpContext.Request.Path);
        response.ContentLength = body.Length;
        // Not the request's token: a time-out answer is written after that token was cancelled.
        await response.Body.WriteAsync(body, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Renders the problem as JSON, written with the library's writer settings.</summary>
    public byte[] Render(string instance)
    {
        var options = new ReportOptions { Culture = Culture };
        using var buffer = new MemoryStream();
        using (var json = JsonReport.CreateWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("type", Code is null ? "about:blank" : "/api/v1/explain/" + Code);
            json.WriteString("title", Title ?? ReasonPhrases.GetReasonPhrase(Status));
            json.WriteNumber("status", Status);
            json.WriteString("detail", Detail);
            json.WriteString("instance", instance);
            if (Code is not null)
            {
                json.WriteString("code", Code);
                json.WriteStartArray("findings");
                foreach (var finding in Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                    if (finding.Location.Line > 0)
                    {
                        json.WriteNumber("line", finding.Location.Line);
                    }
                    else
                    {
                        json.WriteNull("line");
                    }

                    json.WriteString("column", finding.Location.Column);
                    json.WriteString("message", finding.GetMessage(Culture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (Report is not null)
            {
                json.WritePropertyName("report");
                Report(json, options);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
