using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Validation;

public sealed partial class BudgetValidator
{
    /// <summary>Validates a CSV file asynchronously. See <see cref="Validate(IFileSystem, string, Action{Finding}?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public Task<ValidationReport> ValidateAsync(IFileSystem fileSystem, string path, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        var run = new ValidationRun(Options);
        return SummariseAsync(ReadCsvAsync(() => OpenReader(fileSystem, path), run, cancellationToken), run, SourceName(fileSystem, path), onFinding);
    }

    /// <summary>Validates CSV read from a stream asynchronously. See <see cref="Validate(Stream, string?, bool, Action{Finding}?)"/>.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name of the input shown in reports, or <see langword="null"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public Task<ValidationReport> ValidateAsync(Stream stream, string? sourceName = null, bool leaveOpen = false, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var run = new ValidationRun(Options);
        return SummariseAsync(ReadCsvAsync(() => CreateReader(stream, leaveOpen), run, cancellationToken), run, sourceName, onFinding);
    }

    /// <summary>Validates records asynchronously. See <see cref="Validate(IEnumerable{BudgetRecord}, Action{Finding}?)"/>.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public Task<ValidationReport> ValidateAsync(IAsyncEnumerable<BudgetRecord> records, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var run = new ValidationRun(Options);
        return SummariseAsync(ReadRecordsAsync(records, run, cancellationToken), run, null, onFinding);
    }

    /// <summary>Validates typed lines asynchronously. See <see cref="Validate(IEnumerable{BudgetLine}, Action{Finding}?)"/>.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public Task<ValidationReport> ValidateAsync(IAsyncEnumerable<BudgetLine> lines, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var run = new ValidationRun(Options);
        return SummariseAsync(ReadLinesAsync(lines, run, cancellationToken), run, null, onFinding);
    }

    /// <summary>Validates a CSV file asynchronously, yielding each finding as it is found.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<Finding> EnumerateFindingsAsync(IFileSystem fileSystem, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadCsvAsync(() => OpenReader(fileSystem, path), new ValidationRun(Options), cancellationToken);
    }

    /// <summary>Validates CSV read from a stream asynchronously, yielding each finding as it is found.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<Finding> EnumerateFindingsAsync(Stream stream, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCsvAsync(() => CreateReader(stream, leaveOpen), new ValidationRun(Options), cancellationToken);
    }

    /// <summary>Validates records asynchronously, yielding each finding as it is found.</summary>
    /// <param name="records">The records, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<Finding> EnumerateFindingsAsync(IAsyncEnumerable<BudgetRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ReadRecordsAsync(records, new ValidationRun(Options), cancellationToken);
    }

    /// <summary>Validates typed lines asynchronously, yielding each finding as it is found.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The findings, in the order they are found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<Finding> EnumerateFindingsAsync(IAsyncEnumerable<BudgetLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return ReadLinesAsync(lines, new ValidationRun(Options), cancellationToken);
    }

    private async Task<ValidationReport> SummariseAsync(IAsyncEnumerable<Finding> findings, ValidationRun run, string? source, Action<Finding>? onFinding)
    {
        var builder = new ReportBuilder(Options, source);
        // Unless someone listens to every finding, the rules ask the report's tally before building one.
        run.Tally = onFinding is null ? builder.Tally : null;
        await foreach (var finding in findings.ConfigureAwait(false))
        {
            builder.Add(finding);
            onFinding?.Invoke(finding);
        }

        return builder.Build(run);
    }

    private static async IAsyncEnumerable<Finding> ReadCsvAsync(Func<BudgetCsvReader> open, ValidationRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new List<Finding>();
        var reader = open();
        await using (reader.ConfigureAwait(false))
        {
            if (!await ReadHeaderAsync(reader, run, buffer, cancellationToken).ConfigureAwait(false))
            {
                foreach (var finding in buffer)
                {
                    yield return finding;
                }
            }
            else
            {
                var records = RecordFeed.OpenAsync(reader, run.Options.ReadInParallel, run.WantsRecordHashes, run.OnBatch, cancellationToken);
                await using (records.ConfigureAwait(false))
                {
                    var moveNext = records.MoveNextAsync;
                    var observe = (List<Finding> output) => run.OnRecord(records.Current, readerCheckedSchema: true, output, records.CurrentHash);
                    bool more;
                    do
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        more = await run.StepAsync(moveNext, observe, buffer).ConfigureAwait(false);
                        foreach (var finding in buffer)
                        {
                            yield return finding;
                        }
                    }
                    while (more);
                }
            }
        }

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }

    /// <summary>Reads the header asynchronously on the caller's side. See <see cref="ReadHeader"/>.</summary>
    private static async ValueTask<bool> ReadHeaderAsync(BudgetCsvReader reader, ValidationRun run, List<Finding> buffer, CancellationToken cancellationToken)
    {
        try
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            run.Columns = reader.Header;
            return true;
        }
        catch (ScdlFormatException exception)
        {
            run.OnUnreadable(exception, buffer);
            return false;
        }
    }

    private static async IAsyncEnumerable<Finding> ReadRecordsAsync(IAsyncEnumerable<BudgetRecord> records, ValidationRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new List<Finding>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
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

    private static async IAsyncEnumerable<Finding> ReadLinesAsync(IAsyncEnumerable<BudgetLine> lines, ValidationRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new List<Finding>();
        long number = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            cancellationToken.ThrowIfCancellationRequested();
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
