namespace Scdl.Budget.Web.Tests.Support;

/// <summary>One application with the default configuration, shared by the tests of a class.</summary>
public sealed class DefaultApp : IAsyncLifetime
{
    private TestApp? _app;

    public HttpClient Client => _app!.Client;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
