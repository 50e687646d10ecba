using System.IO.Abstractions;
using BenchmarkDotNet.Attributes;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Support;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// Full validation (reader findings, schema and every budget rule group, report with summary) of the generated
/// file, as a ratio to raw CsvHelper enumeration of the same bytes that reads every field as a string (the
/// baseline, measured in the same run). Typed reading alone is measured too, to show what the rules cost.
/// Two inputs: the shared generated file (random lines: every line its own document, about 1.7 budget findings
/// per line), and the same lines made one clean document (one SIRET, year and step, order chapters consistent,
/// no formula-like label), which is what a real file looks like to the rules.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private byte[] _bytes = [];

    [Params(1_000_000)]
    public int Lines { get; set; }

    [Params("generated", "one-document")]
    public string Input { get; set; } = "generated";

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(string.Equals(Input, "generated", StringComparison.Ordinal) ? GeneratedFiles.CanonicalCsv(Lines) : OneDocumentCsv(Lines));

    internal static string OneDocumentCsv(int lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scdl-budget-bench-one-document-{lines}.csv");
        if (!File.Exists(path))
        {
            var siret = Siret.Parse("21560046100085", System.Globalization.CultureInfo.InvariantCulture);
            var document = SampleLines.Generate(seed: 2026, lines).Select(l => l with
            {
                Step = BudgetStep.BudgetPrimitif,
                Year = 2022,
                Siret = siret,
                AuthorityName = "CRACH",
                AccountLabel = l.AccountLabel.TrimStart('='),
                ChapterLabel = l.ChapterLabel.TrimStart('='),
                FunctionLabel = l.FunctionLabel?.TrimStart('='),
                OperationKind = l.ChapterCode is "040" or "041" or "042" or "021" or "023" ? OperationKind.Ordre : OperationKind.Reel,
                Realisations = null,
                RestesARealiser = null,
            });
            BudgetCsv.WriteFile(new FileSystem(), path, document);
        }

        return path;
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

    [Benchmark(Description = "Scdl.Budget: full validation (report)")]
    public long Validate() => new BudgetValidator().Validate(new MemoryStream(_bytes)).Findings.Total;

    [Benchmark(Description = "Scdl.Budget: full validation, async")]
    public async Task<long> ValidateAsync() => (await new BudgetValidator().ValidateAsync(new MemoryStream(_bytes))).Findings.Total;
}
