using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Internal;
using Scdl.Budget.Normalization;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Spreadsheets;

public static partial class BudgetSpreadsheet
{
    /// <summary>Validates a workbook file and summarises the result.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the <c>.xlsx</c> file.</param>
    /// <param name="validation">The validation options, or <see langword="null"/> for <see cref="BudgetValidationOptions.Default"/>.</param>
    /// <param name="options">The spreadsheet options (worksheet, limits), or <see langword="null"/> for the defaults.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report; its <see cref="ValidationReport.Source"/> is the file name, its rows are the sheet's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ValidationReport Validate(IFileSystem fileSystem, string path, BudgetValidationOptions? validation = null, SpreadsheetReaderOptions? options = null, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return Validate(fileSystem.File.OpenRead(path), fileSystem.Path.GetFileName(path), validation, options, leaveOpen: false, onFinding);
    }

    /// <summary>
    /// Validates a workbook read from a stream and summarises the result. A workbook that cannot be read becomes an error
    /// finding of the report, as for CSV; it never escapes.
    /// </summary>
    /// <param name="stream">The workbook (see <see cref="BudgetSpreadsheetReader.Create"/> about streams that cannot seek).</param>
    /// <param name="sourceName">The name of the input shown in reports, or <see langword="null"/>.</param>
    /// <param name="validation">The validation options, or <see langword="null"/> for <see cref="BudgetValidationOptions.Default"/>.</param>
    /// <param name="options">The spreadsheet options (worksheet, limits), or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="onFinding">Called with each finding as it is found, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(Stream stream, string? sourceName = null, BudgetValidationOptions? validation = null, SpreadsheetReaderOptions? options = null, bool leaveOpen = false, Action<Finding>? onFinding = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var validatorOptions = new BudgetValidator(validation).Options;
        var run = new ValidationRun(validatorOptions);
        var builder = new ReportBuilder(validatorOptions, sourceName);
        run.Tally = onFinding is null ? builder.Tally : null;
        foreach (var finding in ReadSheet(BudgetSpreadsheetReader.Create(stream, ForValidation(options, validatorOptions), leaveOpen), run))
        {
            builder.Add(finding);
            onFinding?.Invoke(finding);
        }

        return builder.Build(run);
    }

    /// <summary>Normalises a workbook file into the standard CSV file, atomically: the output is replaced only once complete.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="inputPath">The path of the <c>.xlsx</c> file.</param>
    /// <param name="outputPath">The path of the CSV file to write; replaced if it exists, left unchanged on failure.</param>
    /// <param name="options">The normalisation options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>; their reader's column convention and schema version apply.</param>
    /// <param name="sheet">The spreadsheet options (worksheet, limits), or <see langword="null"/> for the defaults.</param>
    /// <returns>What was done: lines written, changes (by sheet row), findings, those left unresolved; no CSV dialect.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The workbook cannot be read.</exception>
    /// <exception cref="IOException">A file cannot be opened or written.</exception>
    public static NormalizationResult Normalize(IFileSystem fileSystem, string inputPath, string outputPath, NormalizationOptions? options = null, SpreadsheetReaderOptions? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        using var input = fileSystem.File.OpenRead(inputPath);
        return AtomicFile.Write(fileSystem, outputPath, output => Normalize(input, output, options, sheet, leaveOpen: true));
    }

    /// <summary>Normalises a workbook read from a stream into the standard CSV.</summary>
    /// <param name="input">The workbook.</param>
    /// <param name="output">The destination of the standard CSV (UTF-8 without byte order mark).</param>
    /// <param name="options">The normalisation options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="sheet">The spreadsheet options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The workbook cannot be read.</exception>
    public static NormalizationResult Normalize(Stream input, Stream output, NormalizationOptions? options = null, SpreadsheetReaderOptions? sheet = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        options ??= NormalizationOptions.Default;
        BudgetSpreadsheetReader? opened = null;
        var run = new NormalizationRun(RunOptions(options, () => opened));
        using var reader = BudgetSpreadsheetReader.Create(input, ForNormalization(sheet, options), leaveOpen);
        opened = reader;
        reader.ReadHeader();
        using var writer = BudgetCsvWriter.Create(output, run.WriterOptions, leaveOpen);
        run.Start(reader.Csv);
        IReadOnlyList<Finding>? pending = null;
        foreach (var record in reader.ReadRecords())
        {
            if (reader.IsOnOwnRecord)
            {
                pending = record.Findings; // taken with the CSV reader's record it stands before
                continue;
            }

            if (run.Take(reader.Csv, Merge(ref pending, record)) is { } cells)
            {
                writer.WriteCells(cells);
            }
        }

        writer.Flush();
        return Result(run.Result(reader.Csv, writer.LinesWritten), reader);
    }

    private static IEnumerable<Finding> ReadSheet(BudgetSpreadsheetReader opened, ValidationRun run)
    {
        var buffer = new List<Finding>();
        using (var reader = opened)
        {
            reader.HashRecords = run.WantsRecordHashes;
            using var records = reader.ReadRecords().GetEnumerator();
            var moveNext = records.MoveNext;
            var observe = (List<Finding> output) => Observe(run, reader, records.Current, output);
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

        buffer.Clear();
        run.Complete(buffer);
        foreach (var finding in buffer)
        {
            yield return finding;
        }
    }
}
