namespace Scdl.Budget.Web.Hosting;

/// <summary>
/// The security headers of every response: a Content-Security-Policy that allows nothing from outside this server,
/// no MIME sniffing, no framing by other sites, no referrer, no caching of results (they hold people's data).
/// </summary>
/// <remarks>
/// Styles may be inline (<c>'unsafe-inline'</c> in <c>style-src</c> only): the library's HTML report is one
/// self-contained page with its styles inline, and the page shows it as such. Scripts may not: the page's only script
/// is <c>/site.js</c>. Text from uploaded files is escaped by the library before it reaches any page.
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>The policy of the page and of every other response.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The policy of an HTML report sent alone by the API: its inline styles and nothing else.</summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, unless the endpoint set its own.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        context.Response.OnStarting(() =>
        {
            headers.TryAdd("Content-Security-Policy", PagePolicy);
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("X-Frame-Options", "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            headers.TryAdd("Cross-Origin-Resource-Policy", "same-origin");
            headers.TryAdd("Cache-Control", "no-store");
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Sets the policy of an HTML report sent alone.</summary>
    public static void ForStandaloneReport(IHeaderDictionary headers) => headers.ContentSecurityPolicy = ReportPolicy;
}
