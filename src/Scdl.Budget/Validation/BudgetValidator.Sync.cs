using System.IO.Abstractions;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

public sealed partial class BudgetValidator
{
    /// <summary>Validates a CSV file and summarises the result.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report; its <see cref="ValidationReport.Source"/> is the file name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public ValidationReport Validate(IFileSystem fileSystem, string path, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        var run = new ValidationRun(Options);
        return Summarise(ReadCsv(() => OpenReader(fileSystem, path), run), run, SourceName(fileSystem, path), onFinding);
    }

    /// <summary>Validates CSV read from a stream and summarises the result.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name of the input shown in reports, or <see langword="null"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(Stream stream, string? sourceName = null, bool leaveOpen = false, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var run = new ValidationRun(Options);
        return Summarise(ReadCsv(() => CreateReader(stream, leaveOpen), run), run, sourceName, onFinding);
    }

    /// <summary>
    /// Validates records from any reader and summarises the result. The reader's findings are kept; the schema
    /// rules run again on each typed line and report only what the reader did not (same code and column).
    /// </summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(IEnumerable<BudgetRecord> records, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var run = new ValidationRun(Options);
        return Summarise(ReadRecords(records, run), run, null, onFinding);
    }

    /// <summary>
    /// Validates typed lines that did not come from a CSV file (a caller's own data) and summarises the result. A
    /// finding's line is the 1-based position of the line in <paramref name="lines"/>.
    /// </summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(IEnumerable<BudgetLine> lines, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var run = new ValidationRun(Options);
        return Summarise(ReadLines(lines, run), run, null, onFinding);
    }

    /// <summary>Validates a CSV file, yielding each finding as it is found (lazily: nothing is read before the first).</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <returns>The findings, in the order they are found; end-of-file findings (totals, balance) come last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> EnumerateFindings(IFileSystem fileSystem, string path)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadCsv(() => OpenReader(fileSystem, path), new ValidationRun(Options));
    }

    /// <summary>Validates CSV read from a stream, yielding each finding as it is found.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> EnumerateFindings(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCsv(() => CreateReader(stream, leaveOpen), new ValidationRun(Options));
    }

    /// <summary>Validates records from any reader, yielding each finding as it is found. See <see cref="Validate(IEnumerable{BudgetRecord}, Action{Finding}?)"/>.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> EnumerateFindings(IEnumerable<BudgetRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ReadRecords(records, new ValidationRun(Options));
    }

    /// <summary>Validates typed lines, yielding each finding as it is found. See <see cref="Validate(IEnumerable{BudgetLine}, Action{Finding}?)"/>.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public IEnumerable<Finding> EnumerateFindings(IEnumerable<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return ReadLines(lines, new ValidationRun(Options));
    }

    private ValidationReport Summarise(IEnumerable<Finding> findings, ValidationRun run, string? source, Action<Finding>? onFinding)
    {
        var builder = new ReportBuilder(Options, source);
        // Unless someone listens to every finding, the rules ask the report's tally before building one.
        run.Tally = onFinding is null ? builder.Tally : null;
        foreach (var finding in findings)
        {
            builder.Add(finding);
            onFinding?.Invoke(finding);
        }

        return builder.Build(run);
    }

    private static IEnumerable<Finding> ReadCsv(Func<BudgetCsvReader> open, ValidationRun run)
    {
        var buffer = new List<Finding>();
        using (var reader = open())
        {
            if (!ReadHeader(reader, run, buffer))
            {
                foreach (var finding in buffer)
                {
                    yield return finding;
                }
            }
            else
            {
                using var records = RecordFeed.Open(reader, run.Options.ReadInParallel, run.WantsRecordHashes, run.OnBatch);
                var moveNext = records.MoveNext;
                var observe = (List<Finding> output) => run.OnRecord(records.Current, readerCheckedSchema: true, output, records.CurrentHash);
                bool more;
                do
                {
                    more = run.Step(moveNext, observe, buffer);
                    foreach (var finding in buffer)
                    {
                        yield return finding;
                    }
                }
                while (more);
            }
        }

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }

    /// <summary>
    /// Reads the header on the caller's thread, before any record is read ahead, so that nothing of the reader's state
    /// is read from another thread; input that cannot be read becomes the finding in <paramref name="buffer"/>.
    /// </summary>
    /// <returns><see langword="false"/> when the input is unreadable.</returns>
    private static bool ReadHeader(BudgetCsvReader reader, ValidationRun run, List<Finding> buffer)
    {
        try
        {
            reader.ReadHeader();
            run.Columns = reader.Header;
            return true;
        }
        catch (ScdlFormatException exception)
        {
            run.OnUnreadable(exception, buffer);
            return false;
        }
    }

    private static IEnumerable<Finding> ReadRecords(IEnumerable<BudgetRecord> records, ValidationRun run)
    {
        var buffer = new List<Finding>();
        foreach (var record in records)
        {
            buffer.Clear();
            run.OnRecord(record, readerCheckedSchema: false, buffer);
            foreach (var finding in buffer)
            {
                yield return finding;
            }
        }

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }

    private static IEnumerable<Finding> ReadLines(IEnumerable<BudgetLine> lines, ValidationRun run)
    {
        var buffer = new List<Finding>();
        long number = 0;
        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            buffer.Clear();
            run.OnLine(line, ++number, buffer);
            foreach (var finding in buffer)
            {
                yield return finding;
            }
        }

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }
}
