using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// Tolerant reading of the generated file rendered as French spreadsheets export it (semicolons, Windows-1252,
/// decimal commas), as a ratio to raw CsvHelper enumeration of the same bytes reading every field as a string.
/// </summary>
[MemoryDiagnoser]
public class TolerantReadingBenchmarks
{
    private byte[] _bytes = [];

    [Params(1_000_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(MessyCsv(Lines));

    [Benchmark(Baseline = true, Description = "CsvHelper raw: every field as string")]
    public long RawCsvHelper() => RawCsv.ReadEveryFieldAsString(_bytes, ';');

    [Benchmark(Description = "Scdl.Budget: tolerant read (detect ; 1252 decimal comma)")]
    public long TolerantRead()
    {
        long count = 0;
        foreach (var record in BudgetCsv.Read(new MemoryStream(_bytes), BudgetCsvReaderOptions.Tolerant))
        {
            count += record.Line is null ? 0 : 1;
        }

        return count == Lines ? count : throw new InvalidOperationException($"{count} lines read of {Lines}.");
    }

    /// <summary>Renders the canonical generated file with <c>;</c>, Windows-1252 and decimal commas, once, in the temporary folder.</summary>
    internal static string MessyCsv(int lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"scdl-budget-bench-{lines}-semicolon-1252.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var amountColumns = Enumerable.Range(14, 7).ToHashSet();
        var temporary = path + ".tmp";
        using (var reader = CsvReader.Create(new FileStream(GeneratedFiles.CanonicalCsv(lines), FileMode.Open, FileAccess.Read), new CsvReaderOptions { Separator = ',', HasHeader = false }))
        using (var text = new StreamWriter(temporary, false, CodePagesEncodingProvider.Instance.GetEncoding(1252)!))
        using (var writer = CsvWriter.Create(text, new CsvWriterOptions { Separator = ';', Quoting = CsvQuoting.WhenNeeded, NewLine = "\r\n" }))
        {
            var cells = new string?[22];
            var header = true;
            while (reader.Read())
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    var cell = reader.GetString(i);
                    cells[i] = !header && amountColumns.Contains(i) ? cell?.Replace('.', ',') : cell;
                }

                writer.WriteRecord(cells.AsSpan()!);
                header = false;
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
