using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>
/// The web application on a real Kestrel, on 127.0.0.1 and a free port chosen by the system, as
/// <c>dotnet run --project src/Scdl.Budget.Web --urls http://127.0.0.1:0</c> would serve it; stopped when disposed.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Gets the address served, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Gets the services of the application (its options, as configured).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the application with configuration values such as <c>Scdl:MaxConcurrentOperations=4</c>.</summary>
    public static async Task<LiveServer> StartAsync(params string[] settings)
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings.Select(s => "--" + s)];
        var app = WebApp.Create(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address.EndsWith('/') ? address : address + "/");
        uri.Host.ShouldBe("127.0.0.1");
        return new LiveServer(app, uri);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
