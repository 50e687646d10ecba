using System.Text;
using System.Text.Json;
using Scdl.Budget.Reports;
using Scdl.Budget.Web.Hosting;

namespace Scdl.Budget.Web.Api;

/// <summary>Sends a report rendered by the library: its JSON object or its HTML page, nothing added.</summary>
internal sealed class ReportResult : IResult
{
    private readonly Action<Utf8JsonWriter, ReportOptions>? _json;
    private readonly Action<TextWriter, ReportOptions>? _html;
    private readonly ReportOptions _options;
    private readonly int _status;

    private ReportResult(Action<Utf8JsonWriter, ReportOptions>? json, Action<TextWriter, ReportOptions>? html, ReportOptions options, int status)
    {
        _json = json;
        _html = html;
        _options = options;
        _status = status;
    }

    /// <summary>Sends the JSON report.</summary>
    public static ReportResult Json(Action<Utf8JsonWriter, ReportOptions> write, ReportOptions options, int status = StatusCodes.Status200OK) => new(write, null, options, status);

    /// <summary>Sends the HTML page.</summary>
    public static ReportResult Html(Action<TextWriter, ReportOptions> write, ReportOptions options, int status = StatusCodes.Status200OK) => new(null, write, options, status);

    /// <summary>Renders the JSON report to bytes (reports are bounded by the findings they keep).</summary>
    public static byte[] RenderJson(Action<Utf8JsonWriter, ReportOptions> write, ReportOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = JsonReport.CreateWriter(buffer, options))
        {
            write(writer, options);
        }

        return buffer.ToArray();
    }

    /// <summary>Renders the HTML page to a string.</summary>
    public static string RenderHtml(Action<TextWriter, ReportOptions> write, ReportOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer, options);
        return writer.ToString();
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = _status;
        byte[] body;
        if (_json is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            body = RenderJson(_json, _options);
        }
        else
        {
            response.ContentType = "text/html; charset=utf-8";
            SecurityHeaders.ForStandaloneReport(response.Headers);
            body = Encoding.UTF8.GetBytes(RenderHtml(_html!, _options));
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
