using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <content>The synchronous conversions.</content>
public static partial class TotemConverter
{
    /// <summary>
    /// Converts a TOTEM file to an SCDL Budget CSV file atomically: the CSV is written beside its destination and
    /// replaces it only once complete; on any failure no output file is left and the destination is unchanged.
    /// </summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="xmlPath">The path of the TOTEM XML file.</param>
    /// <param name="csvPath">The path of the CSV file to write; replaced if it exists.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <returns>The summary of the conversion, with its findings and annexes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all; no output file is written.</exception>
    public static TotemConversionResult ConvertFile(IFileSystem fileSystem, string xmlPath, string csvPath, TotemConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(xmlPath);
        ArgumentNullException.ThrowIfNull(csvPath);
        options = OrDefault(options);
        using var reader = TotemReader.Open(fileSystem, xmlPath, options.Reader);
        var conversion = new TotemConversion(reader, options, xmlPath);
        BudgetCsv.WriteFile(fileSystem, csvPath, conversion.Lines(), options.Writer);
        return conversion.Result();
    }

    /// <summary>
    /// Converts a TOTEM document from a stream to SCDL Budget CSV on another stream. The header is checked before
    /// anything is written; a document that turns out malformed further on leaves the CSV written so far, so prefer
    /// <see cref="ConvertFile(IFileSystem, string, string, TotemConversionOptions?)"/> to write files.
    /// </summary>
    /// <param name="xml">The TOTEM XML, in the encoding its declaration names.</param>
    /// <param name="csv">The destination of the CSV.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether both streams stay open afterwards.</param>
    /// <returns>The summary of the conversion, with its findings and annexes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> or <paramref name="csv"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all.</exception>
    public static TotemConversionResult Convert(Stream xml, Stream csv, TotemConversionOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(csv);
        options = OrDefault(options);
        try
        {
            using var reader = TotemReader.Create(xml, options.Reader, leaveOpen);
            var conversion = new TotemConversion(reader, options);
            BudgetCsv.Write(conversion.Lines(), csv, options.Writer, leaveOpen);
            return conversion.Result();
        }
        finally
        {
            if (!leaveOpen)
            {
                csv.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads a TOTEM document as SCDL records, lazily: the stream is read as the records are enumerated. Each
    /// <c>LigneBudget</c> read gives one record at its XML line, with its line when it could be made valid and its
    /// findings; findings about the whole document come in records without line (the header's first, those of a
    /// later budget before its lines, the count of calculated lines skipped and the annexes' last).
    /// </summary>
    /// <param name="xml">The TOTEM XML, in the encoding its declaration names.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <param name="leaveOpen">Whether <paramref name="xml"/> stays open after the enumeration.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all (thrown while enumerating).</exception>
    public static IEnumerable<BudgetRecord> Read(Stream xml, TotemConversionOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return ReadOwned(() => TotemReader.Create(xml, OrDefault(options).Reader, leaveOpen), options, null);
    }

    /// <summary>Reads a TOTEM file as SCDL records, lazily. See <see cref="Read(Stream, TotemConversionOptions?, bool)"/>.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the TOTEM XML file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all (thrown while enumerating).</exception>
    public static IEnumerable<BudgetRecord> Read(IFileSystem fileSystem, string path, TotemConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        return ReadOwned(() => TotemReader.Open(fileSystem, path, OrDefault(options).Reader), options, path);
    }

    private static IEnumerable<BudgetRecord> ReadOwned(Func<TotemReader> open, TotemConversionOptions? options, string? source)
    {
        using var reader = open();
        var conversion = new TotemConversion(reader, options, source);
        foreach (var record in conversion.Records())
        {
            yield return record;
        }
    }
}
