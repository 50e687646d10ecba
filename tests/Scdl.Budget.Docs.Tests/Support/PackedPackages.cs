using System.Text.RegularExpressions;

namespace Scdl.Budget.Docs.Tests.Support;

/// <summary>
/// The packages as <c>dotnet pack</c> makes them: those of <c>SCDL_PACKAGES</c> when set (CI packs its Release build
/// there before testing it), else packed once for the test run from the sources, in Release, into a temporary folder.
/// </summary>
public sealed partial class PackedPackages : IAsyncLifetime
{
    /// <summary>The projects that make a package, by package id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Scdl.Budget"] = "src/Scdl.Budget/Scdl.Budget.csproj",
        ["Scdl.Budget.Totem"] = "src/Scdl.Budget.Totem/Scdl.Budget.Totem.csproj",
        ["Scdl.Budget.Spreadsheets"] = "src/Scdl.Budget.Spreadsheets/Scdl.Budget.Spreadsheets.csproj",
        ["Scdl.Budget.Extensions.DependencyInjection"] = "src/Scdl.Budget.Extensions.DependencyInjection/Scdl.Budget.Extensions.DependencyInjection.csproj",
        ["Scdl.Budget.Cli"] = "src/Scdl.Budget.Cli/Scdl.Budget.Cli.csproj",
    };

    private string? _temporary;

    /// <summary>Gets the folder that holds the <c>.nupkg</c> and <c>.snupkg</c> files.</summary>
    public string Folder { get; private set; } = string.Empty;

    /// <summary>Gets the version the packages were packed with.</summary>
    public string Version { get; private set; } = string.Empty;

    public string Package(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    public string Symbols(string id) => Path.Combine(Folder, $"{id}.{Version}.snupkg");

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("SCDL_PACKAGES") is { Length: > 0 } given)
        {
            Folder = given;
        }
        else
        {
            _temporary = Directory.CreateTempSubdirectory("scdl-packages-").FullName;
            Folder = _temporary;
            foreach (var project in Projects.Values)
            {
                var pack = await ProcessRunner.RunAsync(
                    ProcessRunner.Dotnet,
                    ["pack", Path.Combine(Repository.Root, project), "-c", "Release", "-o", Folder, "-nodeReuse:false", "-p:UseSharedCompilation=false"],
                    Repository.Root,
                    timeout: TimeSpan.FromMinutes(10));
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("Packing failed: " + pack);
                }
            }
        }

        var core = Directory.EnumerateFiles(Folder, "Scdl.Budget.*.nupkg")
            .Select(p => CoreVersion().Match(Path.GetFileName(p)))
            .FirstOrDefault(m => m.Success)
            ?? throw new FileNotFoundException("No Scdl.Budget package in " + Folder);
        Version = core.Groups["version"].Value;
    }

    public Task DisposeAsync()
    {
        if (_temporary is not null)
        {
            Directory.Delete(_temporary, recursive: true);
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"^Scdl\.Budget\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex CoreVersion();
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesFixture : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
