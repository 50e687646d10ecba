using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <content>The asynchronous conversions: the twins of <c>TotemConverter.Sync.cs</c>, cancellable.</content>
public static partial class TotemConverter
{
    /// <summary>
    /// Converts a TOTEM file to an SCDL Budget CSV file atomically and asynchronously. See
    /// <see cref="ConvertFile(IFileSystem, string, string, TotemConversionOptions?)"/>. When cancelled, no output file
    /// is left and the destination is unchanged.
    /// </summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="xmlPath">The path of the TOTEM XML file.</param>
    /// <param name="csvPath">The path of the CSV file to write; replaced if it exists.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the conversion.</param>
    /// <returns>The summary of the conversion, with its findings and annexes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all; no output file is written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; no output file is written.</exception>
    public static async Task<TotemConversionResult> ConvertFileAsync(IFileSystem fileSystem, string xmlPath, string csvPath, TotemConversionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(xmlPath);
        ArgumentNullException.ThrowIfNull(csvPath);
        options = OrDefault(options);
        var reader = await TotemReader.OpenAsync(fileSystem, xmlPath, options.Reader, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var conversion = new TotemConversion(reader, options, xmlPath);
            await BudgetCsv.WriteFileAsync(fileSystem, csvPath, conversion.LinesAsync(cancellationToken), options.Writer, cancellationToken).ConfigureAwait(false);
            return conversion.Result();
        }
    }

    /// <summary>
    /// Converts a TOTEM document from a stream to SCDL Budget CSV on another stream, asynchronously. See
    /// <see cref="Convert(Stream, Stream, TotemConversionOptions?, bool)"/>.
    /// </summary>
    /// <param name="xml">The TOTEM XML, in the encoding its declaration names.</param>
    /// <param name="csv">The destination of the CSV.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <param name="cancellationToken">Cancels the conversion.</param>
    /// <returns>The summary of the conversion, with its findings and annexes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> or <paramref name="csv"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<TotemConversionResult> ConvertAsync(Stream xml, Stream csv, TotemConversionOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(csv);
        options = OrDefault(options);
        try
        {
            var reader = await TotemReader.CreateAsync(xml, options.Reader, leaveOpen, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var conversion = new TotemConversion(reader, options);
                await BudgetCsv.WriteAsync(conversion.LinesAsync(cancellationToken), csv, options.Writer, leaveOpen, cancellationToken).ConfigureAwait(false);
                return conversion.Result();
            }
        }
        finally
        {
            if (!leaveOpen)
            {
                await csv.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads a TOTEM document as SCDL records, lazily and asynchronously. See <see cref="Read(Stream, TotemConversionOptions?, bool)"/>.</summary>
    /// <param name="xml">The TOTEM XML, in the encoding its declaration names.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="xml"/> stays open after the enumeration.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<BudgetRecord> ReadAsync(Stream xml, TotemConversionOptions? options = null, bool leaveOpen = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return ReadOwnedAsync(ct => TotemReader.CreateAsync(xml, OrDefault(options).Reader, leaveOpen, ct), options, null, cancellationToken);
    }

    /// <summary>Reads a TOTEM file as SCDL records, lazily and asynchronously. See <see cref="Read(Stream, TotemConversionOptions?, bool)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the TOTEM XML file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all (thrown while enumerating).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<BudgetRecord> ReadAsync(IFileSystem fileSystem, string path, TotemConversionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadOwnedAsync(ct => TotemReader.OpenAsync(fileSystem, path, OrDefault(options).Reader, ct), options, path, cancellationToken);
    }

    private static async IAsyncEnumerable<BudgetRecord> ReadOwnedAsync(Func<CancellationToken, Task<TotemReader>> open, TotemConversionOptions? options, string? source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = await open(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var conversion = new TotemConversion(reader, options, source);
            await foreach (var record in conversion.RecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }
}
