using System.IO.Abstractions;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Scdl.Budget.Web.Api;
using Scdl.Budget.Web.Hosting;
using Scdl.Budget.Web.Page;
using Scdl.Budget.Web.Processing;
using Scdl.Budget.Web.Text;

namespace Scdl.Budget.Web;

/// <summary>
/// Builds the web application: the page (<c>/</c>), the API (<c>/api/v1/…</c>), the OpenAPI document
/// (<c>/openapi/v1.json</c>), the limits (upload size, time-out, operations at once) and the security headers.
/// </summary>
internal static class WebApp
{
    /// <summary>The local address served when none is configured (docs/web.md).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>What a request may send beyond its files: the multipart boundaries and headers, the form values.</summary>
    public const long MultipartAllowance = 64 * 1024;

    /// <summary>Creates the application from the command line's arguments and the usual configuration sources.</summary>
    /// <param name="args">The command line: ASP.NET Core's (<c>--urls</c>) and configuration values (<c>--Scdl:MaxUploadBytes=…</c>).</param>
    /// <param name="configure">Changes the builder before the application is built (tests), or <see langword="null"/>.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content root is where the application is (appsettings.json is copied there), whatever the current directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]) && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var section = builder.Configuration.GetSection(WebOptions.Section);
        builder.Services.AddOptions<WebOptions>().Bind(section).Validate(o => o.MaxUploadBytes > 0 && o.MaxConcurrentOperations > 0 && o.QueueLength >= 0 && o.RequestTimeout > TimeSpan.Zero, "Scdl limits must be positive.").ValidateOnStart();
        var limits = section.Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxUploadBytes + MultipartAllowance;
        });

        builder.Services.AddSingleton<IFileSystem, FileSystem>();
        builder.Services.AddSingleton<TemporaryFiles>();
        builder.Services.AddSingleton<BudgetOperations>();
        builder.Services.AddHealthChecks();
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Scdl.Budget API";
            document.Info.Version = "v1";
            document.Info.Description = "Validate, convert, normalise and summarise French local-authority budget open data (SCDL scdl/budget 0.8.x, TOTEM XML, Excel .xlsx). See docs/web.md.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => Problem(context, StatusCodes.Status503ServiceUnavailable, text => text.Format("Problem.Timeout", (int)limits.RequestTimeout.TotalSeconds)),
        });
        builder.Services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.AddConcurrencyLimiter(ApiEndpoints.OperationsPolicy, concurrency =>
            {
                concurrency.PermitLimit = limits.MaxConcurrentOperations;
                concurrency.QueueLimit = limits.QueueLength;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "5";
                return new ValueTask(Problem(rejected.HttpContext, StatusCodes.Status429TooManyRequests, text => text["Problem.Busy"]));
            };
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages(context => context.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : Problem(context.HttpContext, context.HttpContext.Response.StatusCode, text => text[context.HttpContext.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Problem.MediaType" : "Problem.Status"]));
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/api/v1/health");
        app.MapApi();
        app.MapAssets();
        app.MapPage();
        return app;
    }

    private static Task Problem(HttpContext context, int status, Func<WebText, string> detail) =>
        ProblemResult.ForRequest(status, detail(new WebText(Languages.Of(context.Request)))).ExecuteAsync(context);
}
