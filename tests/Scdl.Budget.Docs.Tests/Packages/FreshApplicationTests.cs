using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scdl.Budget.Docs.Tests.Support;
using Scdl.Budget.Spreadsheets.Tests.Support;

namespace Scdl.Budget.Docs.Tests.Packages;

/// <summary>
/// An integrator's first hour, offline: a new console application references the packed packages (the packages a
/// README's <c>dotnet add package</c> lines name) from a local folder, its <c>Program.cs</c> is the README's C# block
/// unchanged, and it builds and runs on real files; the tool's README commands run with the tool installed from its
/// package. Other packages come from the NuGet cache; nothing is downloaded and the cache is not written to.
/// </summary>
[Collection(PackedPackagesFixture.Name)]
public sealed partial class FreshApplicationTests(PackedPackages packages) : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("scdl-fresh-app-").FullName;

    public static TheoryData<string> LibraryReadmes() =>
        [.. PackedPackages.Projects.Where(p => p.Key != "Scdl.Budget.Cli").Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(LibraryReadmes))]
    public async Task ReadmeSnippet_RunsUnchanged_InANewConsoleApplication(string id)
    {
        var readme = Readme(id);
        var installs = InstalledPackages(readme);
        var snippet = readme.Single(b => b.Language == "csharp").Code;
        var app = Directory.CreateDirectory(Path.Combine(_workspace, id)).FullName;
        WriteNuGetConfig();
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project(installs));
        File.WriteAllText(Path.Combine(app, "Program.cs"), snippet);
        AddInputs(app);

        var build = await Dotnet(app, "build", "-c", "Release", "--configfile", Path.Combine(_workspace, "nuget.config"), "-nodeReuse:false", "-p:UseSharedCompilation=false");
        build.ExitCode.ShouldBe(0, build.ToString());
        var run = await Dotnet(app, Path.Combine(app, "bin", "Release", "net10.0", "App.dll"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotBeEmpty();
        installs.Keys.ShouldContain(id, $"the README of {id} does not say to install it");
    }

    [Fact]
    public async Task ToolReadme_CommandsRun_WithTheToolInstalledFromItsPackage()
    {
        var commands = Readme("Scdl.Budget.Cli").Single(b => b.Language == "sh").Code.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        commands[0].ShouldBe("dotnet tool install --global Scdl.Budget.Cli");
        WriteNuGetConfig();
        var tools = Path.Combine(_workspace, "tools");
        var install = await Dotnet(
            _workspace, "tool", "install", "Scdl.Budget.Cli", "--tool-path", tools, "--version", packages.Version, "--configfile", Path.Combine(_workspace, "nuget.config"));
        install.ExitCode.ShouldBe(0, install.ToString());
        AddInputs(_workspace);

        foreach (var command in commands.Skip(1))
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            words[0].ShouldBe("scdl-budget");
            var run = await ProcessRunner.RunAsync(Path.Combine(tools, "scdl-budget"), words[1..], _workspace);

            run.ExitCode.ShouldBeOneOf([0, 1], run.ToString()); // 1: the example file has errors, which is what the tool is for
            run.Error.ShouldBeEmpty(run.ToString());
        }

        File.ReadAllText(Path.Combine(_workspace, "rapport.html")).ShouldContain("<html");
    }

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private static List<MarkdownCode> Readme(string id) =>
        [.. MarkdownCode.Read(Path.Combine(Repository.Root, Path.GetDirectoryName(PackedPackages.Projects[id])!, "PACKAGE.md"))];

    /// <summary>Gets the packages the README's <c>dotnet add package</c> lines install, with the version to use offline.</summary>
    private Dictionary<string, string> InstalledPackages(List<MarkdownCode> readme)
    {
        var central = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value, StringComparer.Ordinal);
        return readme.Where(b => b.Language == "sh")
            .SelectMany(b => b.Code.Split('\n'))
            .Select(line => AddPackage().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["id"].Value)
            .ToDictionary(name => name, name => name.StartsWith("Scdl.Budget", StringComparison.Ordinal) ? packages.Version : central[name], StringComparer.Ordinal);
    }

    private static string Project(Dictionary<string, string> references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
        {string.Join("\n", references.Select(r => $"""    <PackageReference Include="{r.Key}" Version="{r.Value}" />"""))}
          </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// Sources: the packed packages for Scdl.Budget*, the machine's NuGet cache (read as a local feed) for the rest;
    /// packages are extracted into the workspace, so that the cache never holds these builds of Scdl.Budget.
    /// </summary>
    private void WriteNuGetConfig()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(_workspace, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_workspace, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="packed" value="{packages.Folder}" />
                <add key="cache" value="{cache}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="packed">
                  <package pattern="Scdl.Budget*" />
                </packageSource>
                <packageSource key="cache">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    /// <summary>The files the READMEs read: a real SCDL CSV, the real TOTEM file it was made from, and a workbook of the CSV.</summary>
    private static void AddInputs(string directory)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "TestData");
        File.Copy(Path.Combine(data, "crach-lotissement-boceno-bp2022.yatotem2scdl.csv"), Path.Combine(directory, "budget.csv"), overwrite: true);
        File.Copy(Path.Combine(data, "crach-lotissement-boceno-bp2022.totem.xml"), Path.Combine(directory, "totem.xml"), overwrite: true);
        File.WriteAllBytes(Path.Combine(directory, "budget.xlsx"), Workbooks.FromCsv(File.ReadAllText(Path.Combine(directory, "budget.csv"))));
    }

    private Task<ProcessResult> Dotnet(string directory, params string[] arguments) =>
        ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            arguments,
            directory,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = Path.Combine(_workspace, "packages") },
            TimeSpan.FromMinutes(5));

    [GeneratedRegex(@"^dotnet add package (?<id>[A-Za-z0-9.]+)\s*$")]
    private static partial Regex AddPackage();
}
