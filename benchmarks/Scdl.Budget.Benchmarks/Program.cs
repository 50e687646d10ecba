using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Scdl.Budget.Analysis;
using Scdl.Budget.Csv;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the BenchmarkDotNet benchmarks, or, with <c>memory N [read|tolerant|validate|validate-one-document|analyse|xlsx|xlsx-validate|xlsx-normalize]</c>,
    /// reads, validates, analyses or normalises a generated N-line file (CSV, or an .xlsx workbook for the xlsx modes) from disk and prints the process's peak working set: run it for two
    /// sizes to check that memory stays flat as the file grows. With
    /// <c>cpu CASE [ROUNDS]</c>, compares the process CPU time of a case and of its baseline (see <see cref="CpuTime"/>).
    /// With <c>hostile-totem DIR</c>, writes the hostile TOTEM documents of <see cref="HostileTotemFiles"/>.
    /// </summary>
    private static void Main(string[] args)
    {
        if (args.Length >= 2 && string.Equals(args[0], "memory", StringComparison.Ordinal))
        {
            var lines = int.Parse(args[1], CultureInfo.InvariantCulture);
            var mode = args.Length > 2 ? args[2] : "read";
            var path = mode switch
            {
                "validate-one-document" or "analyse" => ValidationBenchmarks.OneDocumentCsv(lines),
                "tolerant" => TolerantReadingBenchmarks.MessyCsv(lines),
                "xlsx" or "xlsx-validate" or "xlsx-normalize" => SpreadsheetFiles.Workbook(lines),
                _ => GeneratedFiles.CanonicalCsv(lines),
            };
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            long count = mode switch
            {
                "read" => BudgetCsv.Read(File.OpenRead(path)).LongCount(r => r.Line is not null),
                "tolerant" => BudgetCsv.Read(File.OpenRead(path), BudgetCsvReaderOptions.Tolerant).LongCount(r => r.Line is not null),
                "validate" or "validate-one-document" => new BudgetValidator().Validate(File.OpenRead(path)).LinesRead,
                "analyse" => BudgetAnalyzer.Analyze(BudgetCsv.Read(File.OpenRead(path))).Documents.Sum(d => d.LineCount),
                "xlsx" => ReadWorkbook(path),
                "xlsx-validate" => BudgetSpreadsheet.Validate(File.OpenRead(path)).LinesRead,
                "xlsx-normalize" => BudgetSpreadsheet.Normalize(File.OpenRead(path), Stream.Null).LinesWritten,
                _ => throw new ArgumentException($"Unknown mode '{mode}': read, tolerant, validate, validate-one-document, analyse, xlsx, xlsx-validate, xlsx-normalize.", nameof(args)),
            };

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mode={mode} lines={lines} counted={count} file={new FileInfo(path).Length / 1_048_576.0:F1} MB peakWorkingSet={process.PeakWorkingSet64 / 1_048_576.0:F1} MB (before reading {before / 1_048_576.0:F1} MB)"));
            return;
        }

        if (args.Length >= 2 && string.Equals(args[0], "hostile-totem", StringComparison.Ordinal))
        {
            HostileTotemFiles.Write(args[1]);
            return;
        }

        if (args.Length >= 2 && string.Equals(args[0], "cpu", StringComparison.Ordinal))
        {
            CpuTime.Compare(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static long ReadWorkbook(string path)
    {
        using var reader = BudgetSpreadsheetReader.Create(File.OpenRead(path));
        return reader.ReadRecords().LongCount(r => r.Line is not null);
    }
}
