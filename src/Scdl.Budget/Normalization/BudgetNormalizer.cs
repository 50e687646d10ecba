using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Normalization;

/// <summary>
/// Turns a real-world budget CSV into the canonical file: reads anything the tolerant reader accepts and writes
/// UTF-8, commas, the 22 headers in the schema's order, exact enum spellings and plain numbers, reporting every change
/// (line, column, before, after) and every finding it could not fix. It streams: memory does not grow with the input.
/// </summary>
/// <remarks>
/// Nothing is lost: the output has exactly one data line per data record of the input (blank lines are not records),
/// in the same order; amounts keep their exact decimal value and scale; a cell that cannot be fixed (an empty
/// required value, a SIRET damaged by a spreadsheet) is written as it was, so that validation of the output reports
/// it. Only columns that the schema does not have are dropped, and reported. When the input has every required value,
/// the output validates with no schema error.
/// </remarks>
/// <example>
/// <code>
/// var result = BudgetNormalizer.Normalize(fileSystem, "budget-excel.csv", "budget.csv");
/// Console.WriteLine($"{result.LinesWritten} lines, {result.ChangeCount} changes, {result.UnresolvedCount} problems left");
/// </code>
/// </example>
public static class BudgetNormalizer
{
    /// <summary>Normalises a file into another, atomically: the output is replaced only once complete.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="inputPath">The path of the file to read.</param>
    /// <param name="outputPath">The path of the canonical file to write; replaced if it exists, left unchanged on failure.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (empty, binary, no header, a required column missing, a record too large).</exception>
    /// <exception cref="IOException">A file cannot be opened or written.</exception>
    public static NormalizationResult Normalize(IFileSystem fileSystem, string inputPath, string outputPath, NormalizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        using var input = fileSystem.File.OpenRead(inputPath);
        return AtomicFile.Write(fileSystem, outputPath, output => Normalize(input, output, options, leaveOpen: true));
    }

    /// <summary>Normalises a stream into another.</summary>
    /// <param name="input">The input, read sequentially from its current position.</param>
    /// <param name="output">The destination of the canonical CSV (UTF-8 without byte order mark).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all.</exception>
    public static NormalizationResult Normalize(Stream input, Stream output, NormalizationOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var run = new NormalizationRun(options);
        using var reader = BudgetCsvReader.Create(input, run.ReaderOptions, leaveOpen);
        reader.ReadHeader();
        using var writer = BudgetCsvWriter.Create(output, run.WriterOptions, leaveOpen);
        run.Start(reader);
        foreach (var record in reader.ReadRecords())
        {
            if (run.Take(reader, record) is { } cells)
            {
                writer.WriteCells(cells);
            }
        }

        writer.Flush();
        return run.Result(reader, writer.LinesWritten);
    }

    /// <summary>Normalises a file into another asynchronously. See <see cref="Normalize(IFileSystem, string, string, NormalizationOptions?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="inputPath">The path of the file to read.</param>
    /// <param name="outputPath">The path of the canonical file to write; replaced if it exists, left unchanged on failure.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the normalisation; the output is then unchanged.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all.</exception>
    /// <exception cref="IOException">A file cannot be opened or written.</exception>
    public static async Task<NormalizationResult> NormalizeAsync(IFileSystem fileSystem, string inputPath, string outputPath, NormalizationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(outputPath);
        var input = fileSystem.File.OpenRead(inputPath);
        await using (input.ConfigureAwait(false))
        {
            return await AtomicFile.WriteAsync(fileSystem, outputPath, output => NormalizeAsync(input, output, options, leaveOpen: true, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Normalises a stream into another asynchronously. See <see cref="Normalize(Stream, Stream, NormalizationOptions?, bool)"/>.</summary>
    /// <param name="input">The input, read sequentially from its current position.</param>
    /// <param name="output">The destination of the canonical CSV.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="NormalizationOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <param name="cancellationToken">Cancels the normalisation.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all.</exception>
    public static async Task<NormalizationResult> NormalizeAsync(Stream input, Stream output, NormalizationOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var run = new NormalizationRun(options);
        var reader = BudgetCsvReader.Create(input, run.ReaderOptions, leaveOpen);
        await using (reader.ConfigureAwait(false))
        {
            await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var writer = BudgetCsvWriter.Create(output, run.WriterOptions, leaveOpen);
            await using (writer.ConfigureAwait(false))
            {
                run.Start(reader);
                await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (run.Take(reader, record) is { } cells)
                    {
                        await writer.WriteCellsAsync(cells, cancellationToken).ConfigureAwait(false);
                    }
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                return run.Result(reader, writer.LinesWritten);
            }
        }
    }
}
