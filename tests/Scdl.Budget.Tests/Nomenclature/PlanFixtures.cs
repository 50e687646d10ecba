using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

/// <summary>The real plans copied into <c>TestData/plans</c> (see its SOURCE.txt).</summary>
internal static class PlanFixtures
{
    public const string Root = "/plans";

    private static readonly Lazy<PlanCatalog> LazyCatalog = new(() => PlanCatalog.FromDirectory(FileSystem(), Root));

    public static string[] Paths { get; } = ["2021/M4/M43_D", "2022/M4/M43_D", "2021/M52/M52"];

    /// <summary>Gets a catalogue of the three fixture plans, read from a mock file system in the official layout.</summary>
    public static PlanCatalog Catalog => LazyCatalog.Value;

    public static string FilePath(string plan) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "plans", plan, PlanCatalog.PlanFileName);

    public static byte[] Bytes(string plan) => File.ReadAllBytes(FilePath(plan));

    public static MockFileSystem FileSystem()
    {
        var fileSystem = new MockFileSystem();
        foreach (var plan in Paths)
        {
            fileSystem.AddFile($"{Root}/{plan}/{PlanCatalog.PlanFileName}", new MockFileData(Bytes(plan)));
        }

        return fileSystem;
    }

    public static PlanDeComptes Load(string plan)
    {
        using var stream = new MemoryStream(Bytes(plan));
        return PlanDeComptes.Load(stream);
    }
}
