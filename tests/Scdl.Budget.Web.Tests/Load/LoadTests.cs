using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scdl.Budget.Web.Hosting;
using Scdl.Budget.Web.Tests.Support;
using Xunit.Abstractions;

namespace Scdl.Budget.Web.Tests.Load;

/// <summary>
/// A bounded load test on 127.0.0.1 only: a fixed number of validations of the real CSV files, a fixed number at a
/// time, a fixed time limit; every answer must be the library's report for its file, none lost, and the process's
/// memory must stay bounded. Its figures (requests per second, latencies, peak memory) are printed and kept in
/// <c>TestResults/web/load/</c>; docs/performance.md quotes them.
/// </summary>
[Trait("Category", "Load")]
[Collection(nameof(LoadTests))]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 200;
    private const int AtOnce = 16;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

    /// <summary>How much the process's working set may grow during the run (measured: about 25 MB).</summary>
    private const long MaxWorkingSetGrowthBytes = 256L * 1024 * 1024;

    /// <summary>The peak managed heap allowed while 16 requests are in flight (measured: about 50 MB).</summary>
    private const long MaxManagedHeapBytes = 192L * 1024 * 1024;

    [Fact]
    public async Task Validate_200RealFiles16AtATime_AllAnsweredRight_MemoryBounded()
    {
        var files = TestFiles.CsvFiles.Where(f => !f.Contains("noheader", StringComparison.Ordinal))
            .Select(f => (Name: TestFiles.Name(f), Bytes: TestFiles.Bytes(f)))
            .Select(f => (f.Name, f.Bytes, Expected: Library.ValidationJson(f.Bytes, f.Name, Library.French)))
            .ToArray();
        await using var server = await LiveServer.StartAsync();
        var limits = server.Services.GetRequiredService<IOptions<WebOptions>>().Value;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = AtOnce, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeLimit };
        using var deadline = new CancellationTokenSource(TimeLimit);

        // One request of each file first: the code paths are compiled before anything is timed.
        foreach (var file in files)
        {
            using var warm = await client.PostAsync("api/v1/validate", Uploads.Multipart(file.Bytes, file.Name), deadline.Token);
            warm.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = Memory.Now();
        using var sampler = new Memory.Sampler(TimeSpan.FromMilliseconds(20));

        var latencies = new double[Requests];
        var wrong = new List<string>();
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, AtOnce).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Requests)
            {
                var file = files[index % files.Length];
                var watch = Stopwatch.StartNew();
                using var response = await client.PostAsync("api/v1/validate", Uploads.Multipart(file.Bytes, file.Name), deadline.Token);
                var json = await response.Content.ReadAsStringAsync(deadline.Token);
                latencies[index] = watch.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK || !string.Equals(json, file.Expected, StringComparison.Ordinal))
                {
                    lock (wrong)
                    {
                        wrong.Add($"#{index} {file.Name}: {(int)response.StatusCode} {json[..Math.Min(200, json.Length)]}");
                    }
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        total.Stop();
        var peak = sampler.Stop();

        Array.Sort(latencies);
        var figures = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Load test: {Requests} validations of {files.Length} real CSV files ({files.Sum(f => f.Bytes.Length) / files.Length / 1024} KB on average), {AtOnce} at a time, on {server.Address}")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server limits (defaults): {limits.MaxConcurrentOperations} operations at once, queue of {limits.QueueLength}, load average {LoadAverage()}")
            .AppendLine(CultureInfo.InvariantCulture, $"Total: {total.Elapsed.TotalSeconds:0.00} s, {Requests / total.Elapsed.TotalSeconds:0.0} requests/s")
            .AppendLine(CultureInfo.InvariantCulture, $"Latency: p50 {Percentile(latencies, 0.50):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"Memory (whole test process: server, client, test host): working set {Mb(baseline.WorkingSet)} MB before, peak {Mb(peak.WorkingSet)} MB; managed heap {Mb(baseline.ManagedHeap)} MB before, peak {Mb(peak.ManagedHeap)} MB")
            .AppendLine(CultureInfo.InvariantCulture, $"Answers: {Requests - wrong.Count} right, {wrong.Count} wrong or lost")
            .ToString();
        var path = Path.Combine(Artifacts.Directory("load"), "load-test.txt");
        await File.WriteAllTextAsync(path, figures);
        output.WriteLine(figures);
        output.WriteLine("Figures kept in " + path);

        wrong.ShouldBeEmpty();
        latencies.ShouldAllBe(l => l > 0);
        (peak.WorkingSet - baseline.WorkingSet).ShouldBeLessThan(MaxWorkingSetGrowthBytes);
        peak.ManagedHeap.ShouldBeLessThan(MaxManagedHeapBytes);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Mb(long bytes) => (bytes / (1024d * 1024d)).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
