using System.Diagnostics;
using System.Globalization;
using System.Text;
using Scdl.Budget.Spreadsheets.Tests.Support;
using Xunit.Abstractions;

namespace Scdl.Budget.Fuzzing.Tests;

/// <summary>
/// Mutations of the real files through every public entry point (<see cref="EntryPoints"/>): no exception but the
/// documented one, no hang (a time-out per input), every data row a typed line or a located finding. The run in the
/// suite is bounded (under a minute on two cores); a longer one is one command, documented in <c>docs/guarantees.md</c>:
/// <c>SCDL_FUZZ_MUTATIONS=100000 SCDL_FUZZ_SEED=1 dotnet test tests/Scdl.Budget.Fuzzing.Tests -c Release</c>.
/// An input that breaks a promise is written to <c>$TMPDIR/scdl-fuzz/</c> and named in the failure.
/// </summary>
public sealed class FuzzingTests(ITestOutputHelper output)
{
    /// <summary>The mutations of the bounded run of the suite.</summary>
    private const int DefaultMutations = 240;

    private const int DefaultSeed = 20261130;

    private static readonly string SeedsDirectory = Path.Combine(AppContext.BaseDirectory, "Seeds");

    [Fact]
    public async Task MutatedRealFiles_ThroughEveryEntryPoint_KeepEveryPromise()
    {
        var mutations = Setting("SCDL_FUZZ_MUTATIONS", DefaultMutations);
        var seed = Setting("SCDL_FUZZ_SEED", DefaultSeed);
        var timeout = TimeSpan.FromSeconds(Setting("SCDL_FUZZ_TIMEOUT_SECONDS", 30));
        var csv = Seeds("csv", "*.csv");
        var totem = Seeds("totem", "*.xml");
        var workbooks = csv.Where(s => s.Bytes.Length < 50_000).Select(s => (s.Name + ".xlsx", Workbooks.FromCsv(Encoding.UTF8.GetString(s.Bytes), hasHeader: !s.Name.Contains("noheader", StringComparison.Ordinal)))).ToList();
        var random = new Random(seed);
        var mutator = new Mutator(seed);
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var runs = 0;
        var clock = Stopwatch.StartNew();

        for (var iteration = 0; iteration < mutations && failures.Count < 10; iteration++)
        {
            var (kind, seeds, entryPoints) = random.Next(20) switch
            {
                < 11 => ("csv", csv, EntryPoints.Csv),
                < 16 => ("totem", totem, EntryPoints.Totem),
                _ => ("xlsx", workbooks, EntryPoints.Spreadsheet),
            };
            var (name, bytes) = seeds[random.Next(seeds.Count)];
            var input = kind == "xlsx" && random.Next(2) == 0 ? MutatedWorkbook(mutator, csv, random) : mutator.Mutate(bytes);

            foreach (var (entryPoint, run) in entryPoints)
            {
                runs++;
                var failure = await RunOneAsync(run, input, timeout);
                if (failure is null or { Length: 0 })
                {
                    var outcome = failure is null ? "read" : "ScdlFormatException";
                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                    continue;
                }

                failures.Add($"{entryPoint} on mutation {iteration} of {name} (seed {seed}), saved as {Save(seed, iteration, kind, input)}: {failure}");
                break;
            }
        }

        output.WriteLine($"{mutations} mutations (seed {seed}), {runs} entry-point runs in {clock.Elapsed.TotalSeconds:F1} s: "
            + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}")));
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheChecks_CatchABrokenPromise()
    {
        // The checks are not vacuous: a data row without a line nor a finding, and an undocumented exception, fail.
        var row = new BudgetRecord(null, 2, []);
        var hang = new TaskCompletionSource();

        (await RunOneAsync(_ => throw new InvalidOperationException("boom"), [], TimeSpan.FromSeconds(5))).ShouldNotBeNullOrEmpty();
        (await RunOneAsync(_ => hang.Task, [], TimeSpan.FromMilliseconds(100))).ShouldNotBeNull().ShouldContain("hang");
        (await RunOneAsync(_ => throw new ScdlFormatException(FindingCodes.RecordTooLarge, 2, null, ["1048576"]), [], TimeSpan.FromSeconds(5))).ShouldBe(string.Empty);
        Should.Throw<BrokenPromiseException>(() => EntryPoints.CheckRecords([row]), "a data row with neither a line nor a finding");
        hang.SetResult();
    }

    /// <summary>Runs an entry point on another thread, bounded by <paramref name="timeout"/>.</summary>
    /// <returns><see langword="null"/> when the input was read; empty when the documented exception said it was unreadable; else what went wrong.</returns>
    private static async Task<string?> RunOneAsync(Func<byte[], Task> run, byte[] input, TimeSpan timeout)
    {
        try
        {
            var code = await Task.Run(() => EntryPoints.RunAsync(run, input)).WaitAsync(timeout);
            return code is null ? null : string.Empty;
        }
        catch (TimeoutException)
        {
            return $"no answer after {timeout.TotalSeconds} s: a hang";
        }
#pragma warning disable CA1031 // Whatever else comes out is the failure to report.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.ToString();
        }
    }

    /// <summary>A workbook made from a mutated CSV: cell-level damage in a well-formed package.</summary>
    private static byte[] MutatedWorkbook(Mutator mutator, List<(string Name, byte[] Bytes)> csv, Random random)
    {
        var small = csv.Where(s => s.Bytes.Length < 50_000 && !s.Name.Contains("noheader", StringComparison.Ordinal)).ToList();
        var text = Encoding.UTF8.GetString(mutator.Mutate(small[random.Next(small.Count)].Bytes));
        try
        {
            return Workbooks.FromCsv(text);
        }
#pragma warning disable CA1031 // The test's own workbook maker may refuse what the mutation made: use the text as bytes then.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Encoding.UTF8.GetBytes(text);
        }
    }

    private static List<(string Name, byte[] Bytes)> Seeds(string folder, string pattern) =>
        [.. Directory.GetFiles(Path.Combine(SeedsDirectory, folder), pattern).Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))];

    private static string Save(int seed, int iteration, string kind, byte[] input)
    {
        var directory = Path.Combine(Path.GetTempPath(), "scdl-fuzz");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{seed}-{iteration}.{kind}"));
        File.WriteAllBytes(path, input);
        return path;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
