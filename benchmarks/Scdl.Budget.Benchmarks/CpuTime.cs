using System.Diagnostics;
using System.Globalization;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// A steadier measure than BenchmarkDotNet's on a shared machine whose speed drifts: a case and its baseline (raw
/// CsvHelper over the same bytes) alternated in one process for a number of rounds, the best round of each kept, in
/// wall-clock time and in process CPU time (all threads: a validation reading ahead on a second thread uses more CPU
/// than it takes time). Cases: <c>read</c>, <c>validate</c>, <c>validate-sequential</c>, <c>validate-one-document</c>,
/// <c>validate-async</c>, <c>tolerant</c>; and <c>analysis</c>, <c>analysis-one-document</c>, whose baseline is not raw
/// CsvHelper but the same validation without the budget analysis (the default), against the validation that computes
/// it in the same pass (<see cref="BudgetValidationOptions.Analysis"/> given): the difference is what the analysis costs.
/// </summary>
internal static class CpuTime
{
    public static void Compare(string name, int rounds)
    {
        const int lines = 1_000_000;
        if (name is "analysis" or "analysis-one-document")
        {
            var input = File.ReadAllBytes(string.Equals(name, "analysis", StringComparison.Ordinal) ? GeneratedFiles.CanonicalCsv(lines) : ValidationBenchmarks.OneDocumentCsv(lines));
            Alternate(name, rounds, "without analysis", () => Validate(input), "with analysis", () => ValidateWithAnalysis(input));
            return;
        }

        var (bytes, separator, run) = name switch
        {
            "read" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', (Func<byte[], long>)TypedRead),
            "validate" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', Validate),
            "validate-async" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', ValidateAsync),
            "validate-sequential" => (File.ReadAllBytes(GeneratedFiles.CanonicalCsv(lines)), ',', ValidateSequential),
            "validate-one-document" => (File.ReadAllBytes(ValidationBenchmarks.OneDocumentCsv(lines)), ',', Validate),
            "tolerant" => (File.ReadAllBytes(TolerantReadingBenchmarks.MessyCsv(lines)), ';', TolerantRead),
            _ => throw new ArgumentException($"Unknown case '{name}'.", nameof(name)),
        };

        var baseline = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.MaxValue);
        var measured = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            baseline = Min(baseline, Measure(() => RawCsv.ReadEveryFieldAsString(bytes, separator)));
            measured = Min(measured, Measure(() => run(bytes)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} (best of {rounds}): raw {baseline.Wall.TotalMilliseconds:F0} ms, case {measured.Wall.TotalMilliseconds:F0} ms, throughput {baseline.Wall / measured.Wall:F2}x; CPU: raw {baseline.Cpu.TotalMilliseconds:F0} ms, case {measured.Cpu.TotalMilliseconds:F0} ms, {baseline.Cpu / measured.Cpu:F2}x"));
    }

    /// <summary>Alternates two cases on the same input, best round of each kept, and prints the second's cost against the first's.</summary>
    private static void Alternate(string name, int rounds, string firstName, Func<long> first, string secondName, Func<long> second)
    {
        var a = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.MaxValue);
        var b = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            a = Min(a, Measure(first));
            b = Min(b, Measure(second));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} (best of {rounds}): {firstName} {a.Wall.TotalMilliseconds:F0} ms, {secondName} {b.Wall.TotalMilliseconds:F0} ms, {(b.Wall / a.Wall - 1) * 100:+0.0;-0.0} %; CPU: {firstName} {a.Cpu.TotalMilliseconds:F0} ms, {secondName} {b.Cpu.TotalMilliseconds:F0} ms, {(b.Cpu / a.Cpu - 1) * 100:+0.0;-0.0} %"));
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

    private static long Validate(byte[] bytes) => new BudgetValidator().Validate(new MemoryStream(bytes)).Findings.Total;

    private static long ValidateWithAnalysis(byte[] bytes) =>
        new BudgetValidator(new BudgetValidationOptions { Analysis = AnalysisOptions.Default }).Validate(new MemoryStream(bytes)).Findings.Total;

    private static long ValidateAsync(byte[] bytes) => new BudgetValidator().ValidateAsync(new MemoryStream(bytes)).GetAwaiter().GetResult().Findings.Total;

    private static long ValidateSequential(byte[] bytes) =>
        new BudgetValidator(new BudgetValidationOptions { ReadInParallel = false }).Validate(new MemoryStream(bytes)).Findings.Total;

    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Func<long> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = action();
        var wall = clock.Elapsed;
        process.Refresh();
        GC.KeepAlive(result);
        return (wall, process.TotalProcessorTime - before);
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Min((TimeSpan Wall, TimeSpan Cpu) a, (TimeSpan Wall, TimeSpan Cpu) b) =>
        (a.Wall < b.Wall ? a.Wall : b.Wall, a.Cpu < b.Cpu ? a.Cpu : b.Cpu);
}
