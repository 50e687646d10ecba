using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Spreadsheets;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Fuzzing.Tests;

/// <summary>
/// Every public entry point of the packages, run on one input, with what must hold whatever the input: the only
/// exception is the documented <see cref="ScdlFormatException"/>, and every data row is a typed line or has a located
/// finding. A broken promise throws <see cref="BrokenPromiseException"/>; anything else thrown is a broken promise too.
/// </summary>
internal static class EntryPoints
{
    private static readonly BudgetValidator Strict = new();
    private static readonly BudgetValidator Sequential = new(new BudgetValidationOptions { ReadInParallel = false });
    private static readonly BudgetValidator Tolerant = new(new BudgetValidationOptions { Reader = BudgetCsvReaderOptions.Tolerant });

    /// <summary>Gets the entry points that take a CSV file.</summary>
    public static IReadOnlyList<(string Name, Func<byte[], Task> Run)> Csv { get; } =
    [
        ("BudgetCsv.Read", input => Sync(() => CheckRecords(BudgetCsv.Read(new MemoryStream(input)), inOrder: true))),
        ("BudgetCsv.Read (tolerant)", input => Sync(() => CheckRecords(BudgetCsv.Read(new MemoryStream(input), BudgetCsvReaderOptions.Tolerant), inOrder: true))),
        ("BudgetCsv.ReadAsync", async input => CheckRecords(await ToListAsync(BudgetCsv.ReadAsync(new MemoryStream(input))), inOrder: true)),
        ("BudgetValidator.Validate, sync and async, read ahead or not", ValidateEveryWayAsync),
        ("BudgetValidator.Validate (tolerant)", input => Sync(() => CheckReport(Tolerant.Validate(new MemoryStream(input))))),
        ("BudgetValidator.EnumerateFindings", input => Sync(() => CheckFindings(Strict.EnumerateFindings(new MemoryStream(input))))),
        ("BudgetValidator.EnumerateFindingsAsync", async input => CheckFindings(await ToListAsync(Strict.EnumerateFindingsAsync(new MemoryStream(input))))),
        ("BudgetNormalizer.Normalize", input => Sync(() => CheckNormalization(BudgetNormalizer.Normalize(new MemoryStream(input), new MemoryStream())))),
        ("BudgetNormalizer.NormalizeAsync", async input => CheckNormalization(await BudgetNormalizer.NormalizeAsync(new MemoryStream(input), new MemoryStream()))),
    ];

    /// <summary>Gets the entry points that take a TOTEM document.</summary>
    public static IReadOnlyList<(string Name, Func<byte[], Task> Run)> Totem { get; } =
    [
        ("TotemConverter.Read", input => Sync(() => CheckRecords(TotemConverter.Read(new MemoryStream(input))))),
        ("TotemConverter.ReadAsync", async input => CheckRecords(await ToListAsync(TotemConverter.ReadAsync(new MemoryStream(input))))),
        ("TotemConverter.Convert", input => Sync(() => CheckConversion(TotemConverter.Convert(new MemoryStream(input), new MemoryStream())))),
        ("TotemConverter.ConvertAsync", async input => CheckConversion(await TotemConverter.ConvertAsync(new MemoryStream(input), new MemoryStream()))),
        ("BudgetValidator.Validate of TOTEM records", input => Sync(() => CheckReport(Strict.Validate(TotemConverter.Read(new MemoryStream(input)))))),
    ];

    /// <summary>Gets the entry points that take a workbook.</summary>
    public static IReadOnlyList<(string Name, Func<byte[], Task> Run)> Spreadsheet { get; } =
    [
        ("BudgetSpreadsheetReader.ReadRecords", input => Sync(() =>
        {
            using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(input));
            CheckRecords(reader.ReadRecords());
        })),
        ("BudgetSpreadsheet.Validate", input => Sync(() => CheckReport(BudgetSpreadsheet.Validate(new MemoryStream(input))))),
        ("BudgetSpreadsheet.ValidateAsync", async input => CheckReport(await BudgetSpreadsheet.ValidateAsync(new MemoryStream(input)))),
        ("BudgetSpreadsheet.Normalize", input => Sync(() => CheckNormalization(BudgetSpreadsheet.Normalize(new MemoryStream(input), new MemoryStream())))),
    ];

    /// <summary>Runs an entry point: its documented exception is an outcome, not a failure.</summary>
    /// <returns>The name of the documented exception's code, or <see langword="null"/> when the input was read.</returns>
    public static async Task<string?> RunAsync(Func<byte[], Task> entryPoint, byte[] input)
    {
        try
        {
            await entryPoint(input).ConfigureAwait(false);
            return null;
        }
        catch (ScdlFormatException exception)
        {
            if (string.IsNullOrEmpty(exception.Message) || string.IsNullOrEmpty(exception.Code))
            {
                throw new BrokenPromiseException("an unreadable input gives an exception without a code or a message", exception);
            }

            return exception.Code;
        }
    }

    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    private static async Task ValidateEveryWayAsync(byte[] input)
    {
        var report = Strict.Validate(new MemoryStream(input));
        CheckReport(report);
        var sequential = Sequential.Validate(new MemoryStream(input));
        var asynchronous = await Strict.ValidateAsync(new MemoryStream(input)).ConfigureAwait(false);
        var sequentialAsync = await Sequential.ValidateAsync(new MemoryStream(input)).ConfigureAwait(false);
        foreach (var other in new[] { sequential, asynchronous, sequentialAsync })
        {
            Require(other.LinesRead == report.LinesRead && other.Findings.CountsByCode.OrderBy(c => c.Key, StringComparer.Ordinal).SequenceEqual(report.Findings.CountsByCode.OrderBy(c => c.Key, StringComparer.Ordinal)),
                "sync, async, read ahead or not: the same input gives the same report");
        }
    }

    /// <summary>
    /// Every data row is a typed line or has a located error; a CSV's rows come in order (a TOTEM reader's findings about
    /// the whole document come last, at line 0).
    /// </summary>
    internal static void CheckRecords(IEnumerable<BudgetRecord> records, bool inOrder = false)
    {
        var last = 0L;
        foreach (var record in records)
        {
            Require(!inOrder || record.LineNumber >= last, $"records come in order (line {record.LineNumber} after {last})");
            last = record.LineNumber;
            if (record.Kind == RecordKind.Data)
            {
                Require(record.Line is not null || record.Findings.Any(f => f.Severity == FindingSeverity.Error && f.Location.Line > 0),
                    $"the data row of line {record.LineNumber} is a typed line or has a located error");
            }

            foreach (var finding in record.Findings)
            {
                CheckFinding(finding);
            }
        }
    }

    private static void CheckReport(ValidationReport report)
    {
        Require(report.Findings.Total >= report.Findings.KeptCount, "a tally keeps at most what it counts");
        Require(report.LinesRead >= 0, "lines read are counted");
        foreach (var finding in report.Findings.Kept)
        {
            CheckFinding(finding);
        }
    }

    private static void CheckFindings(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            CheckFinding(finding);
        }
    }

    private static void CheckNormalization(NormalizationResult result)
    {
        Require(result.LinesWritten >= 0, "lines written are counted");
        foreach (var finding in result.Findings.Kept)
        {
            CheckFinding(finding);
        }
    }

    private static void CheckConversion(TotemConversionResult result)
    {
        Require(result.LinesWritten + result.LinesNotWritten == result.LinesRead, "every line read is written or not written");
        Require(result.LinesNotWritten == 0 || result.Findings.ErrorCount > 0, "a line read and not written has an error saying why");
        foreach (var finding in result.Findings.Kept)
        {
            CheckFinding(finding);
        }
    }

    /// <summary>A finding has a code its descriptor knows, a location that is not negative, and a message in both languages.</summary>
    private static void CheckFinding(Finding finding)
    {
        Require(FindingCodes.Describe(finding.Code) is not null, $"the finding code {finding.Code} is documented");
        Require(finding.Location.Line >= 0, $"the finding {finding.Code} has a location ({finding.Location.Line})");
    }

    private static void Require(bool condition, string promise)
    {
        if (!condition)
        {
            throw new BrokenPromiseException(promise);
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
