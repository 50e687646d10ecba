using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Scdl.Budget.Docs.Tests.Support;

namespace Scdl.Budget.Docs.Tests.Packages;

/// <summary>
/// What nuget.org shows of each package, and what a debugger needs from it: metadata (description, tags, icon,
/// readme, licence, repository and commit, release notes), the assemblies of each target with their XML docs, and
/// symbols whose sources map to the repository at that commit, from a deterministic build.
/// </summary>
[Collection(PackedPackagesFixture.Name)]
public sealed partial class PackageMetadataTests(PackedPackages packages)
{
    private const string RepositoryUrl = "https://github.com/scdl-budget/scdl-budget";

    /// <summary>The Source Link document entry that says where a debugger finds the sources.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string> Ids() => [.. PackedPackages.Projects.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Nuspec_SaysWhatThePackageIsAndWhereItComesFrom(string id)
    {
        using var package = ZipFile.OpenRead(packages.Package(id));
        var metadata = Nuspec(package);

        Value(metadata, "id").ShouldBe(id);
        Value(metadata, "version").ShouldBe(packages.Version);
        Value(metadata, "authors").ShouldNotBeNullOrWhiteSpace();
        metadata.Element(metadata.Name.Namespace + "license")!.Attribute("type")!.Value.ShouldBe("expression");
        Value(metadata, "license").ShouldBe("MIT");
        Value(metadata, "projectUrl").ShouldBe(RepositoryUrl);
        Value(metadata, "releaseNotes").ShouldStartWith(RepositoryUrl + "/");
        Value(metadata, "description").Length.ShouldBeGreaterThan(120, "the description says what the package is for");
        Value(metadata, "description").ShouldContain("budget", Case.Insensitive);
        Value(metadata, "tags").Split(' ').ShouldContain("scdl");
        Value(metadata, "tags").Split(' ').ShouldContain("budget");

        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        repository.Attribute("type")!.Value.ShouldBe("git");
        repository.Attribute("url")!.Value.ShouldBe(RepositoryUrl);
        Commit().IsMatch(repository.Attribute("commit")?.Value ?? string.Empty).ShouldBeTrue("the commit the package was built from");

        Value(metadata, "icon").ShouldBe("icon.png");
        Bytes(package, "icon.png").Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        Value(metadata, "readme").ShouldBe("README.md");
        Encoding.UTF8.GetString(Bytes(package, "README.md"))
            .ShouldBe(File.ReadAllText(Path.Combine(Repository.Root, Path.GetDirectoryName(PackedPackages.Projects[id])!, "PACKAGE.md")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Assemblies_AreThereForEachTarget_WithTheirDocs_FromADeterministicBuild(string id)
    {
        using var package = ZipFile.OpenRead(packages.Package(id));

        foreach (var assembly in Assemblies(id))
        {
            using var pe = new PEReader(new MemoryStream(Bytes(package, assembly)));
            pe.ReadDebugDirectory().ShouldContain(e => e.Type == DebugDirectoryEntryType.Reproducible, $"{assembly} is not from a deterministic build");
            if (id != "Scdl.Budget.Cli")
            {
                package.GetEntry(Path.ChangeExtension(assembly, ".xml")).ShouldNotBeNull($"{assembly} has no XML documentation");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Symbols_MapEverySourceToTheRepositoryAtTheCommit(string id)
    {
        using var package = ZipFile.OpenRead(packages.Package(id));
        var commit = Nuspec(package).Element(Nuspec(package).Name.Namespace + "repository")!.Attribute("commit")!.Value;
        using var symbols = ZipFile.OpenRead(packages.Symbols(id));

        foreach (var assembly in Assemblies(id))
        {
            using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Bytes(symbols, Path.ChangeExtension(assembly, ".pdb"))));
            var pdb = provider.GetMetadataReader();
            var sourceLink = pdb.CustomDebugInformation
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
                .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
                .SingleOrDefault();

            sourceLink.ShouldNotBeNull($"{assembly}'s symbols have no Source Link");
            sourceLink.ShouldContain($"https://raw.githubusercontent.com/scdl-budget/scdl-budget/{commit}/*");
        }
    }

    [Fact]
    public void CorePackage_BringsTheRealFileSystemItsReadmeUses()
    {
        using var package = ZipFile.OpenRead(packages.Package("Scdl.Budget"));
        var metadata = Nuspec(package);

        var dependencies = metadata.Descendants(metadata.Name.Namespace + "dependency").Select(d => d.Attribute("id")!.Value).ToList();

        File.ReadAllText(Path.Combine(Repository.Root, "src", "Scdl.Budget", "PACKAGE.md")).ShouldContain("new FileSystem()");
        dependencies.ShouldContain("TestableIO.System.IO.Abstractions.Wrappers");
    }

    [Fact]
    public void SpreadsheetsPackage_DependsOnTheCoreAndTheFileSystemInterfacesOnly()
    {
        // Workbooks are opened with .NET's ZipArchive and XmlReader: no spreadsheet library weighs on the executable's start-up (issue 14).
        using var package = ZipFile.OpenRead(packages.Package("Scdl.Budget.Spreadsheets"));
        var metadata = Nuspec(package);

        var groups = metadata.Descendants(metadata.Name.Namespace + "group").ToList();

        groups.Select(g => g.Attribute("targetFramework")!.Value).ShouldBe(["net8.0", "net10.0"], ignoreOrder: true);
        foreach (var group in groups)
        {
            group.Elements(metadata.Name.Namespace + "dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal)
                .ShouldBe(["Scdl.Budget", "TestableIO.System.IO.Abstractions"]);
        }
    }

    [Fact]
    public void Tool_CarriesNoSpreadsheetLibrary()
    {
        using var package = ZipFile.OpenRead(packages.Package("Scdl.Budget.Cli"));

        var assemblies = package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.Name).ToList();

        assemblies.ShouldContain("Scdl.Budget.Spreadsheets.dll");
        assemblies.ShouldNotContain(a => a.StartsWith("DocumentFormat.", StringComparison.Ordinal));
    }

    [Fact]
    public void Tool_IsADotnetTool()
    {
        using var package = ZipFile.OpenRead(packages.Package("Scdl.Budget.Cli"));
        var metadata = Nuspec(package);

        metadata.Descendants(metadata.Name.Namespace + "packageType").Select(t => t.Attribute("name")!.Value).ShouldContain("DotnetTool");
        package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml").ShouldNotBeNull();
    }

    private static IEnumerable<string> Assemblies(string id) => id == "Scdl.Budget.Cli"
        ? ["tools/net10.0/any/scdl-budget.dll"]
        : [$"lib/net8.0/{id}.dll", $"lib/net10.0/{id}.dll"];

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? string.Empty;

    private static byte[] Bytes(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new FileNotFoundException($"{path} is not in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex Commit();
}
