using Microsoft.Playwright;
using Scdl.Budget.Web.Tests.Support;

namespace Scdl.Budget.Web.Tests.Browser;

/// <summary>
/// The application on a real Kestrel (127.0.0.1, a free port) and Debian's headless Chromium driven by Playwright,
/// started with the flags that keep it off the network and with an empty profile; both stopped at the end.
/// </summary>
/// <remarks>
/// The browser is <c>/usr/bin/chromium</c> (<c>apt-get install -y chromium</c>; <c>.ci/run</c> installs it when missing),
/// or the one named by the environment variable <c>SCDL_CHROMIUM</c>. Playwright's own browsers are never downloaded.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _profile = System.IO.Directory.CreateTempSubdirectory("scdl-web-chromium-").FullName;
    private IPlaywright? _playwright;

    public LiveServer Server { get; private set; } = null!;

    public IBrowserContext Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SCDL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).ShouldBeTrue($"The browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium (or set SCDL_CHROMIUM).");
        Server = await LiveServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ChromiumSandbox = false,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
            AcceptDownloads = true,
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Timeout = 60_000,
        });
        // Generous: CI runs the test projects side by side on 2 cores, and one browser test once timed out there while
        // the documentation tests packed and built the packages (the same steps pass in 5 s on a quiet machine).
        Browser.SetDefaultTimeout(90_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; the system's temporary directory takes it.
        }
    }
}
