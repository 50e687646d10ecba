using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Csv;

/// <summary>
/// Reads and writes SCDL Budget CSV in one call, streaming: the entry point for most callers.
/// </summary>
/// <example>
/// <code>
/// foreach (var record in BudgetCsv.Read(fileSystem, "budget.csv"))
/// {
///     if (record.Line is { } line) { /* typed line */ }
///     foreach (var finding in record.Findings) { Console.WriteLine(finding); }
/// }
/// </code>
/// </example>
public static class BudgetCsv
{
    /// <summary>
    /// Reads records from a stream, lazily: the stream is read as the records are enumerated. Each record says what it
    /// is (<see cref="BudgetRecord.Kind"/>): when the header or the dialect has findings, a first
    /// <see cref="RecordKind.Header"/> record carries them (see <see cref="BudgetCsvReader.ReadRecords"/>).
    /// </summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open after the enumeration.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IEnumerable<BudgetRecord> Read(Stream stream, BudgetCsvReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadOwned(() => BudgetCsvReader.Create(stream, options, leaveOpen));
    }

    /// <summary>Reads records from text, lazily. See <see cref="Read(Stream, BudgetCsvReaderOptions?, bool)"/>.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="reader"/> stays open after the enumeration.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IEnumerable<BudgetRecord> Read(TextReader reader, BudgetCsvReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadOwned(() => BudgetCsvReader.Create(reader, options, leaveOpen));
    }

    /// <summary>Reads records from a file, lazily: the file is opened on the first record and closed after the last.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IEnumerable<BudgetRecord> Read(IFileSystem fileSystem, string path, BudgetCsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadOwned(() => BudgetCsvReader.Open(fileSystem, path, options));
    }

    /// <summary>Reads records from a stream asynchronously. See <see cref="Read(Stream, BudgetCsvReaderOptions?, bool)"/>.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open after the enumeration.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IAsyncEnumerable<BudgetRecord> ReadAsync(Stream stream, BudgetCsvReaderOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadOwnedAsync(() => BudgetCsvReader.Create(stream, options, leaveOpen), cancellationToken);
    }

    /// <summary>Reads records from text asynchronously. See <see cref="Read(Stream, BudgetCsvReaderOptions?, bool)"/>.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="reader"/> stays open after the enumeration.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IAsyncEnumerable<BudgetRecord> ReadAsync(TextReader reader, BudgetCsvReaderOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadOwnedAsync(() => BudgetCsvReader.Create(reader, options, leaveOpen), cancellationToken);
    }

    /// <summary>Reads records from a file asynchronously. See <see cref="Read(IFileSystem, string, BudgetCsvReaderOptions?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be read at all (thrown while enumerating).</exception>
    public static IAsyncEnumerable<BudgetRecord> ReadAsync(IFileSystem fileSystem, string path, BudgetCsvReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadOwnedAsync(() => BudgetCsvReader.Open(fileSystem, path, options), cancellationToken);
    }

    /// <summary>Writes lines to a stream: the header, then one record per line.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">A line breaks the schema and <see cref="BudgetCsvWriterOptions.InvalidLines"/> says to throw (the default).</exception>
    public static long Write(IEnumerable<BudgetLine> lines, Stream stream, BudgetCsvWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = BudgetCsvWriter.Create(stream, options, leaveOpen);
        return WriteAll(lines, writer);
    }

    /// <summary>Writes lines to a <see cref="TextWriter"/>: the header, then one record per line.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="writer"/> stays open afterwards.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">A line breaks the schema and <see cref="BudgetCsvWriterOptions.InvalidLines"/> says to throw (the default).</exception>
    public static long Write(IEnumerable<BudgetLine> lines, TextWriter writer, BudgetCsvWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = BudgetCsvWriter.Create(writer, options, leaveOpen);
        return WriteAll(lines, csv);
    }

    /// <summary>
    /// Writes lines to a file atomically: they are written to a temporary file beside it, which replaces the
    /// destination only once complete. On any failure the temporary file is deleted and the destination is unchanged.
    /// </summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file to write; replaced if it exists.</param>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">A line breaks the schema and <see cref="BudgetCsvWriterOptions.InvalidLines"/> says to throw (the default).</exception>
    public static long WriteFile(IFileSystem fileSystem, string path, IEnumerable<BudgetLine> lines, BudgetCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return AtomicFile.Write(fileSystem, path, stream => Write(lines, stream, options, leaveOpen: true));
    }

    /// <summary>Writes lines to a stream asynchronously. See <see cref="Write(IEnumerable{BudgetLine}, Stream, BudgetCsvWriterOptions?, bool)"/>.</summary>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open afterwards.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">A line breaks the schema and <see cref="BudgetCsvWriterOptions.InvalidLines"/> says to throw (the default).</exception>
    public static async Task<long> WriteAsync(IAsyncEnumerable<BudgetLine> lines, Stream stream, BudgetCsvWriterOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = BudgetCsvWriter.Create(stream, options, leaveOpen);
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return writer.LinesWritten;
        }
    }

    /// <summary>Writes lines to a file atomically and asynchronously. See <see cref="WriteFile(IFileSystem, string, IEnumerable{BudgetLine}, BudgetCsvWriterOptions?)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file to write; replaced if it exists.</param>
    /// <param name="lines">The lines, enumerated once.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels writing; the destination is then unchanged.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">A line breaks the schema and <see cref="BudgetCsvWriterOptions.InvalidLines"/> says to throw (the default).</exception>
    public static Task<long> WriteFileAsync(IFileSystem fileSystem, string path, IAsyncEnumerable<BudgetLine> lines, BudgetCsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return AtomicFile.WriteAsync(fileSystem, path, stream => WriteAsync(lines, stream, options, leaveOpen: true, cancellationToken), cancellationToken);
    }

    private static long WriteAll(IEnumerable<BudgetLine> lines, BudgetCsvWriter writer)
    {
        foreach (var line in lines)
        {
            writer.Write(line);
        }

        writer.Flush();
        return writer.LinesWritten;
    }

    private static IEnumerable<BudgetRecord> ReadOwned(Func<BudgetCsvReader> open)
    {
        using var reader = open();
        foreach (var record in reader.ReadRecords())
        {
            yield return record;
        }
    }

    private static async IAsyncEnumerable<BudgetRecord> ReadOwnedAsync(Func<BudgetCsvReader> open, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = open();
        await using (reader.ConfigureAwait(false))
        {
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }
}
