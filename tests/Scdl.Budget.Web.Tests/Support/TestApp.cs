using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>
/// The web application in memory (ASP.NET Core's test server), built by the application's own <c>WebApp.Create</c> with
/// configuration given as command-line values, as an operator would give them (<c>--Scdl:MaxUploadBytes=1000</c>).
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    /// <summary>Gets a client of the application.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets the services of the application.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an application with configuration values such as <c>Scdl:MaxUploadBytes=1000</c>.</summary>
    public static async Task<TestApp> StartAsync(params string[] settings)
    {
        string[] args = ["--Logging:LogLevel:Default=Warning", .. settings.Select(s => "--" + s)];
        var app = WebApp.Create(args, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
