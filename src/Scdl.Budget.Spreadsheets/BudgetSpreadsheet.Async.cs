using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using Scdl.Budget.Csv;
using Scdl.Budget.Internal;
using Scdl.Budget.Normalization;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Spreadsheets;

public static partial class BudgetSpreadsheet
{
    /// <summary>Validates a workbook file asynchronously. See <see cref="Validate(IFileSystem, string, BudgetValidationOptions?, SpreadsheetReaderOptions?, Action{Finding}?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the <c>.xlsx</c> file.</param>
    /// <param name="validation">The validation options, or <see langword="null"/> for <see cref="BudgetValidationOptions.Default"/>.</param>
    /// <param name="options">The spreadsheet options (worksheet, limits), or <see langword="null"/> for the defaults.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Task<ValidationReport> ValidateAsync(IFileSystem fileSystem, string path, BudgetValidationOptions? validation = null, SpreadsheetReaderOptions? options = null, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ValidateAsync(fileSystem.File.OpenRead(path), fileSystem.Path.GetFileName(path), validation, options, leaveOpen: false, onFinding, cancellationToken);
    }

    /// <summary>Validates a workbook read from a stream asynchronously. See <see cref="Validate(Stream, string?, BudgetValidationOptions?, SpreadsheetReaderOptions?, bool, Action{Finding}?)"/>.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="sourceName">The name of the input shown in reports, or <see langword="null"/>.</param>
    /// <param name="validation">The validation options, or <see langword="null"/> for <see cref="BudgetValidationOptions.Default"/>.</param>
    /// <param name="options">The spreadsheet options (worksheet, limits), or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static async Task<ValidationReport> ValidateAsync(Stream stream, string? sourceName = null, BudgetValidationOptions? validation = null, SpreadsheetReaderOptions? options = null, bool leaveOpen = false, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var validatorOptions = new BudgetValidator(validation).Options;
        var run = new ValidationRun(validatorOptions);
        var builder = new ReportBuilder(validatorOptions, sourceName);
        run.Tally = onFinding is null ? builder.Tally : null;
        await foreach (var finding in ReadSheetAsync(BudgetSpreadsheetReader.Create(stream, ForValidation(options, validatorOptions), leaveOpen), run, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(finding);
            onFinding?.Invoke(finding);
        }

        return builder.Build(run);
    }

    /// <summary>Normalises a workbook file into the standard CSV file asynchronously and atomically. See <see cref="Normalize(IFileSystem, string, string, NormalizationOptions?, SpreadsheetReaderOptions?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="inputPath">The path of the <c>.xlsx</c> file.</param>
    /// <param name="outputPath">The path of the CSV file to write; replaced if it exists, left unchanged on failure.</param>
    /// <param name="options">The normalisation options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="sheet">The spreadsheet options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the normalisation; the output is then unchanged.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The workbook cannot be read.</exception>
    /// <exception cref="IOException">A file cannot be opened or written.</exception>
    public static async Task<NormalizationResult> NormalizeAsync(IFileSystem fileSystem, string inputPath, string outputPath, NormalizationOptions? options = null, SpreadsheetReaderOptions? sheet = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        var input = fileSystem.File.OpenRead(inputPath);
        await using (input.ConfigureAwait(false))
        {
            return await AtomicFile.WriteAsync(fileSystem, outputPath, output => NormalizeAsync(input, output, options, sheet, leaveOpen: true, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Normalises a workbook read from a stream into the standard CSV asynchronously. See <see cref="Normalize(Stream, Stream, NormalizationOptions?, SpreadsheetReaderOptions?, bool)"/>.</summary>
    /// <param name="input">The workbook.</param>
    /// <param name="output">The destination of the standard CSV.</param>
    /// <param name="options">The normalisation options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="sheet">The spreadsheet options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <param name="cancellationToken">Cancels the normalisation.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The workbook cannot be read.</exception>
    public static async Task<NormalizationResult> NormalizeAsync(Stream input, Stream output, NormalizationOptions? options = null, SpreadsheetReaderOptions? sheet = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        options ??= NormalizationOptions.Default;
        BudgetSpreadsheetReader? opened = null;
        var run = new NormalizationRun(RunOptions(options, () => opened));
        var reader = BudgetSpreadsheetReader.Create(input, ForNormalization(sheet, options), leaveOpen);
        await using (reader.ConfigureAwait(false))
        {
            opened = reader;
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var writer = BudgetCsvWriter.Create(output, run.WriterOptions, leaveOpen);
            await using (writer.ConfigureAwait(false))
            {
                run.Start(reader.Csv);
                IReadOnlyList<Finding>? pending = null;
                await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (reader.IsOnOwnRecord)
                    {
                        pending = record.Findings; // taken with the CSV reader's record it stands before
                        continue;
                    }

                    if (run.Take(reader.Csv, Merge(ref pending, record)) is { } cells)
                    {
                        await writer.WriteCellsAsync(cells, cancellationToken).ConfigureAwait(false);
                    }
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                return Result(run.Result(reader.Csv, writer.LinesWritten), reader);
            }
        }
    }

    private static async IAsyncEnumerable<Finding> ReadSheetAsync(BudgetSpreadsheetReader opened, ValidationRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new List<Finding>();
        var reader = opened;
        await using (reader.ConfigureAwait(false))
        {
            reader.HashRecords = run.WantsRecordHashes;
            var records = reader.ReadRecordsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (records.ConfigureAwait(false))
            {
                var moveNext = records.MoveNextAsync;
                var observe = (List<Finding> output) => Observe(run, reader, records.Current, output);
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

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }
}
