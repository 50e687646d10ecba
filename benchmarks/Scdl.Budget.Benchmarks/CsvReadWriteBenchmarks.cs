using BenchmarkDotNet.Attributes;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// Typed reading and canonical writing of a generated file, each as a ratio to raw CsvHelper enumeration of the
/// same bytes that reads every field as a string (the baseline, measured in the same run).
/// </summary>
[MemoryDiagnoser]
public class CsvReadWriteBenchmarks
{
    private byte[] _bytes = [];
    private List<BudgetLine> _lines = [];

    [Params(1_000_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(GeneratedFiles.CanonicalCsv(Lines));
        _lines = [.. BudgetCsv.Read(new MemoryStream(_bytes)).Select(r => r.Line!)];
    }

    [Benchmark(Baseline = true, Description = "CsvHelper raw: every field as string")]
    public long RawCsvHelper() => RawCsv.ReadEveryFieldAsString(_bytes, ',');

    [Benchmark(Description = "Scdl.Budget: typed read")]
    public long TypedRead()
    {
        long count = 0;
        foreach (var record in BudgetCsv.Read(new MemoryStream(_bytes)))
        {
            count += record.Line is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "Scdl.Budget: typed read, async")]
    public async Task<long> TypedReadAsync()
    {
        long count = 0;
        await foreach (var record in BudgetCsv.ReadAsync(new MemoryStream(_bytes)))
        {
            count += record.Line is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "Scdl.Budget: canonical write")]
    public long Write() => BudgetCsv.Write(_lines, Stream.Null);
}
