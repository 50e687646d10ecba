using System.Collections;
using System.IO.Abstractions;
using System.IO.Abstractions.TestingHelpers;
using System.Reflection;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Spreadsheets.Tests.Support;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Fuzzing.Tests;

/// <summary>
/// Every public asynchronous method of the packages (core, TOTEM, spreadsheets), found by reflection, has a synchronous
/// twin with the same parameters (but the token; an asynchronous sequence for a sequence), and the twins of the entry
/// points (static methods and the validator's) give the same result on a real file: same records, findings, counts,
/// and the same bytes written.
/// </summary>
public sealed class SyncAsyncTwinTests
{
    private static readonly Assembly[] Packages = [typeof(BudgetRecord).Assembly, typeof(TotemConverter).Assembly, typeof(BudgetSpreadsheet).Assembly];

    private static readonly byte[] Csv = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", "csv", "crach-lotissement-boceno-bp2022.yatotem2scdl.csv"));

    private static readonly byte[] Totem = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", "totem", "crach-lotissement-boceno-bp2022.totem.xml"));

    private static readonly byte[] Workbook = Workbooks.FromCsv(Encoding.UTF8.GetString(Csv));

    public static TheoryData<string> Twins => [.. AsyncMethods().Select(Name)];

    [Fact]
    public void ThePackages_HaveAsyncMethods()
    {
        // Not vacuous: the reflection finds the twins of every package.
        AsyncMethods().Select(m => m.DeclaringType!.Assembly).Distinct().Count().ShouldBe(Packages.Length);
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void AsyncMethod_HasASyncTwin_WithTheSameParameters(string name)
    {
        var method = AsyncMethods().Single(m => Name(m) == name);

        SyncTwin(method).ShouldNotBeNull($"{name} has no synchronous twin with the same parameters");
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public async Task AsyncMethod_GivesWhatItsSyncTwinGives(string name)
    {
        var method = AsyncMethods().Single(m => Name(m) == name);
        if (!method.IsStatic && method.DeclaringType != typeof(BudgetValidator))
        {
            // Readers' members: a reader is created for one way of reading (their own parity tests cover them).
            return;
        }

        var twin = SyncTwin(method).ShouldNotBeNull();
        var (syncResult, syncWritten) = await InvokeAsync(twin, method.DeclaringType!);
        var (asyncResult, asyncWritten) = await InvokeAsync(method, method.DeclaringType!);

        syncResult.ShouldNotStartWith("throws", Case.Sensitive, "the arguments made from the real files are accepted");
        asyncResult.ShouldBe(syncResult, name);
        asyncWritten.ShouldBe(syncWritten, name);
    }

    private static IEnumerable<MethodInfo> AsyncMethods() =>
        Packages.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.Name != nameof(IAsyncDisposable.DisposeAsync))
            .OrderBy(Name, StringComparer.Ordinal);

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    private static MethodInfo? SyncTwin(MethodInfo method)
    {
        var expected = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => Synchronous(p.ParameterType)).ToArray();
        return method.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .FirstOrDefault(m => m.Name == method.Name[..^"Async".Length] && m.IsStatic == method.IsStatic && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(expected));
    }

    private static Type Synchronous(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) ? typeof(IEnumerable<>).MakeGenericType(type.GetGenericArguments()) : type;

    /// <summary>Calls a method with arguments made from the real files, and describes its result and what it wrote.</summary>
    private static async Task<(string Result, string Written)> InvokeAsync(MethodInfo method, Type declaring)
    {
        var input = declaring.Assembly == typeof(TotemConverter).Assembly ? Totem : declaring.Assembly == typeof(BudgetSpreadsheet).Assembly ? Workbook : Csv;
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData> { ["/in"] = new(input) });
        var output = new MemoryStream();
        var strings = 0;
        var writes = method.Name.StartsWith("Write", StringComparison.Ordinal);
        var arguments = method.GetParameters().Select(parameter => parameter.ParameterType switch
        {
            var t when t == typeof(Stream) => writes || parameter.Name is "output" or "csv" ? output : (object)new MemoryStream(input, writable: false),
            var t when t == typeof(TextReader) => new StreamReader(new MemoryStream(input, writable: false)),
            var t when t == typeof(IFileSystem) => fileSystem,
            var t when t == typeof(string) => parameter.Name == "sourceName" ? "in" : strings++ == 0 && !writes ? "/in" : "/out",
            var t when t == typeof(bool) => false,
            var t when t == typeof(CancellationToken) => CancellationToken.None,
            var t when t == typeof(IEnumerable<BudgetRecord>) => Records(),
            var t when t == typeof(IAsyncEnumerable<BudgetRecord>) => Records().ToAsyncEnumerable(),
            var t when t == typeof(IEnumerable<BudgetLine>) => Lines(),
            var t when t == typeof(IAsyncEnumerable<BudgetLine>) => Lines().ToAsyncEnumerable(),
            _ => null,
        }).ToArray();

        var target = method.IsStatic ? null : new BudgetValidator();
        object? result;
        try
        {
            result = method.Invoke(target, arguments);
            result = await Settle(result);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            result = $"throws {inner.GetType().Name}";
        }
        catch (Exception exception) when (exception is ScdlFormatException or IOException)
        {
            result = $"throws {exception.GetType().Name}";
        }

        var written = Convert.ToBase64String(output.ToArray()) + (fileSystem.File.Exists("/out") ? Convert.ToBase64String(fileSystem.File.ReadAllBytes("/out")) : string.Empty);
        return (Describe(result), written);
    }

    /// <summary>Awaits a task and collects an asynchronous sequence, so that both twins' results are plain values.</summary>
    private static async Task<object?> Settle(object? result)
    {
        switch (result)
        {
            case Task task:
                await task;
                return task.GetType().GetProperty("Result")?.GetValue(task);
            case null:
                return null;
        }

        var asyncEnumerable = result.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        if (asyncEnumerable is null)
        {
            return result is IEnumerable enumerable and not string ? enumerable.Cast<object?>().ToList() : result;
        }

        var collect = typeof(SyncAsyncTwinTests).GetMethod(nameof(CollectAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(asyncEnumerable.GetGenericArguments());
        return await (Task<List<object?>>)collect.Invoke(null, [result])!;
    }

    private static async Task<List<object?>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<object?>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        List<object?> items => $"[{string.Join("; ", items.Select(Describe))}]",
        BudgetRecord record => $"{record.Kind} {record.LineNumber} {record.Line} {Describe(record.Findings.Cast<object?>().ToList())}",
        ValidationReport report => $"{report.Verdict} {report.LinesRead} {Describe(report.Findings)}",
        FindingTally tally => string.Join(",", tally.CountsByCode.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")) + " " + Describe(tally.Kept.Cast<object?>().ToList()),
        Normalization.NormalizationResult result => $"{result.LinesWritten} {result.ChangeCount} {Describe(result.Findings)}",
        TotemConversionResult result => $"{result.LinesRead} {result.LinesWritten} {Describe(result.Findings)}",
        Analysis.BudgetAnalysis analysis => string.Join(",", analysis.Documents.Select(d => $"{d.Siret} {d.Year} {d.Step} {d.LineCount} {d.Fonctionnement} {d.Investissement} {d.Resultats}")),
        _ => value.ToString() ?? string.Empty,
    };

    private static List<BudgetRecord> Records() => [.. BudgetCsv.Read(new MemoryStream(Csv, writable: false))];

    private static List<BudgetLine> Lines() => [.. Records().Where(r => r.Line is not null).Select(r => r.Line!)];
}
