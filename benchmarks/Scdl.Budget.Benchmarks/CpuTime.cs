using System.Diagnostics;
using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// A steadier measure than wall-clock time on a shared machine: the process CPU time of a case and of its baseline
/// (raw CsvHelper over the same bytes), alternated in one process for a number of rounds, best round of each kept.
/// Cases: <c>read</c>, <c>validate</c>, <c>validate-one-document</c>, <c>validate-async</c>, <c>tolerant</c>.
/// </summary>
internal static class CpuTime
{
    public static void Compare(string name, int rounds)
    {
        const int lines = 1_000_000;
        var (bytes, separator, run) = name switch
        {
            "read" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', (Func<byte[], long>)TypedRead),
            "validate" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', Validate),
            "validate-async" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', ValidateAsync),
            "validate-one-document" => (File.ReadAllBytes(ValidationBenchmarks.OneDocumentCsv(lines)), ',', Validate),
            "tolerant" => (File.ReadAllBytes(TolerantReadingBenchmarks.MessyCsv(lines)), ';', TolerantRead),
            _ => throw new ArgumentException($"Unknown case '{name}'.", nameof(name)),
        };

        var baseline = TimeSpan.MaxValue;
        var measured = TimeSpan.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            baseline = Min(baseline, Cpu(() => RawCsv.ReadEveryFieldAsString(bytes, separator)));
            measured = Min(measured, Cpu(() => run(bytes)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: raw {baseline.TotalMilliseconds:F0} ms CPU, case {measured.TotalMilliseconds:F0} ms CPU, throughput {baseline / measured:F2}x (best of {rounds})"));
    }

    private static long TypedRead(byte[] bytes)
    {
        long count = 0;
        foreach (var record in BudgetCsv.Read(new MemoryStream(bytes)))
        {
            count += record.Line is null ? 0 : 1;
        }

        return count;
    }

    private static long TolerantRead(byte[] bytes)
    {
        long count = 0;
        foreach (var record in BudgetCsv.Read(new MemoryStream(bytes), BudgetCsvReaderOptions.Tolerant))
        {
            count += record.Line is null ? 0 : 1;
        }

        return count;
    }

    private static long Validate(byte[] bytes) => new BudgetValidator().Validate(new MemoryStream(bytes)).FindingCount;

    private static long ValidateAsync(byte[] bytes) => new BudgetValidator().ValidateAsync(new MemoryStream(bytes)).GetAwaiter().GetResult().FindingCount;

    private static TimeSpan Cpu(Func<long> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = action();
        process.Refresh();
        GC.KeepAlive(result);
        return process.TotalProcessorTime - before;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
