using BenchmarkDotNet.Attributes;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// The built-in catalogue of plans de comptes: decoding it whole (what the first use of <see cref="PlanCatalog.BuiltIn"/>
/// costs, JIT aside), reading one plan from its XML for comparison, and lookups once loaded.
/// </summary>
[MemoryDiagnoser]
public class NomenclatureBenchmarks
{
    private byte[] _compact = [];
    private byte[] _xml = [];
    private PlanLookup _lookup = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (var resource = typeof(PlanCatalog).Assembly.GetManifestResourceStream("Scdl.Budget.Nomenclature.plans-de-comptes.bin")!)
        using (var copy = new MemoryStream())
        {
            resource.CopyTo(copy);
            _compact = copy.ToArray();
        }

        _xml = File.ReadAllBytes(FixturePlan("2021/M52/M52"));
        _lookup = PlanCatalog.BuiltIn.For(2022, "M4-M43_D");
        _lookup.FindAccount("6518");
    }

    [Benchmark(Baseline = true, Description = "XML: read one plan (M52 2021, 405 KB)")]
    public int LoadOneXmlPlan() => PlanDeComptes.Load(new MemoryStream(_xml)).Accounts.Count;

    [Benchmark(Description = "Compact: open all 215 plans (1.1 MB stored)")]
    public int LoadBuiltInCatalog() => PlanCatalog.LoadCompact(new MemoryStream(_compact)).Nomenclatures.Count;

    [Benchmark(Description = "Compact: decode all, then first lookup (index one plan)")]
    public string? DecodeAndFirstLookup() =>
        PlanCatalog.LoadCompact(new MemoryStream(_compact)).For(2022, "M14-M14_COM_500_3500")
            .FindChapterOfAccount("6064", FlowDirection.Depense, OperationKind.Reel)?.Value.Label;

    [Benchmark(Description = "Lookup: account of the year")]
    public string? LookupOfTheYear() => _lookup.FindAccount("6061")?.Value.Label;

    [Benchmark(Description = "Lookup: 6518, previous-year fallback")]
    public string? LookupWithFallback() => _lookup.FindAccount("6518")?.Value.Label;

    private static string FixturePlan(string plan)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? ".", "tests", "Scdl.Budget.Tests", "TestData", "plans", plan, PlanCatalog.PlanFileName);
    }
}
