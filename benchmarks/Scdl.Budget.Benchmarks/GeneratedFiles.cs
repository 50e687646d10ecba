using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Benchmarks;

/// <summary>Generates the benchmark inputs once, in the temporary folder, from <see cref="SampleLines"/>.</summary>
internal static class GeneratedFiles
{
    public static string CanonicalCsv(int lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scdl-budget-bench-{lines}.csv");
        if (!File.Exists(path))
        {
            BudgetCsv.WriteFile(new FileSystem(), path, SampleLines.Generate(seed: 2026, lines));
        }

        return path;
    }
}
