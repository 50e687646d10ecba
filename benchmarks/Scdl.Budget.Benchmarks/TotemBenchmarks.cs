using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;
using Scdl.Budget.Totem;

namespace Scdl.Budget.Benchmarks;

/// <summary>
/// TOTEM conversion throughput (XML megabytes per second, from the file to canonical CSV, built-in plan catalogue)
/// on the largest real file (Mohon CFU 2023, 1.75 MB) and on a generated 100 MB DocumentBudgetaire, as a ratio to
/// a bare <see cref="XmlReader"/> pass over the same file (the baseline). Each case runs in its own process and
/// prints its peak working set at the end: equal figures for 1.75 MB and 100 MB mean memory stays flat.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/Scdl.Budget.Benchmarks -- --filter *TotemBenchmarks* --warmupCount 1 --iterationCount 3</c>
/// </remarks>
[MemoryDiagnoser]
public class TotemBenchmarks
{
    private const string LargestRealFile = "mohon-cfu2023.cfu.xml";
    private const long GeneratedSize = 100L * 1024 * 1024;
    private string _path = string.Empty;

    [Params("real: mohon-cfu2023 (1.75 MB)", "generated: DocumentBudgetaire (100 MB)")]
    public string Input { get; set; } = string.Empty;

    public static string RealFile(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scdl.Budget.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."),
            "tests", "Scdl.Budget.Totem.Tests", "TestData", "totem-xml", name);
    }

    /// <summary>
    /// Writes (once, in the temporary folder) a DocumentBudgetaire of at least <paramref name="size"/> bytes: the
    /// header of the Crach CA 2021 (M14, ISO-8859-1) followed by its 196 lines repeated.
    /// </summary>
    public static string GeneratedDocument(long size)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"scdl-budget-bench-totem-{size}.xml"));
        if (File.Exists(path))
        {
            return path;
        }

        var text = File.ReadAllText(RealFile("crach-budget-principal-ca2021.totem.xml"), Encoding.Latin1);
        var first = text.IndexOf("<LigneBudget", StringComparison.Ordinal);
        var last = text.LastIndexOf("</LigneBudget>", StringComparison.Ordinal) + "</LigneBudget>".Length;
        var head = text[..first];
        var lines = text[first..last] + "\r\n      ";
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, Encoding.Latin1))
        {
            writer.Write(head);
            long written = head.Length;
            while (written < size)
            {
                writer.Write(lines);
                written += lines.Length;
            }

            writer.Write("</Budget>\r\n</DocumentBudgetaire>\r\n");
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    [GlobalSetup]
    public void Setup() =>
        _path = Input.StartsWith("real", StringComparison.Ordinal) ? RealFile(LargestRealFile) : GeneratedDocument(GeneratedSize);

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// TOTEM {Input}: file {new FileInfo(_path).Length / 1_048_576.0:F2} MB, peak working set {process.PeakWorkingSet64 / 1_048_576.0:F1} MB"));
    }

    [Benchmark(Baseline = true, Description = "XmlReader: bare pass over every node")]
    public long BareXmlReader()
    {
        using var reader = XmlReader.Create(File.OpenRead(_path), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        long nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "Scdl.Budget.Totem: convert to CSV")]
    public long Convert()
    {
        using var xml = File.OpenRead(_path);
        var result = TotemConverter.Convert(xml, Stream.Null);
        return result.LinesWritten;
    }

    [Benchmark(Description = "Scdl.Budget.Totem: convert to CSV, async")]
    public async Task<long> ConvertAsync()
    {
        var xml = File.OpenRead(_path);
        await using (xml.ConfigureAwait(false))
        {
            var result = await TotemConverter.ConvertAsync(xml, Stream.Null).ConfigureAwait(false);
            return result.LinesWritten;
        }
    }
}
