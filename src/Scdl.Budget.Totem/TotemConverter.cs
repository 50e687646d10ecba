using System.IO.Abstractions;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem;

/// <summary>
/// Converts TOTEM budget documents (<c>DocumentBudgetaire</c>, also inside a compte financier unique) to SCDL
/// Budget: the entry point for most callers.
/// </summary>
/// <remarks>
/// <para>
/// Every <c>LigneBudget</c> that is not <c>calculated="true"</c> becomes exactly one SCDL line, or is reported by
/// error findings with its XML line and the reason; none is dropped silently. Amounts are copied as written
/// (<c>decimal</c>, scale kept). Codes, chapters, sections and labels come from the plan de comptes of the
/// document's <c>Nomenclature</c> and year (see <c>docs/totem.md</c> for the mapping).
/// </para>
/// <para>
/// Input that cannot be converted at all (not XML, truncated, a DTD, not a budget document, an unknown step or
/// plan de comptes, a SIRET that is not 14 digits) raises <see cref="ScdlFormatException"/>, with the XML line and
/// the reason; <see cref="ConvertFile(IFileSystem, string, string, TotemConversionOptions?)"/> then leaves no output file.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = TotemConverter.ConvertFile(fileSystem, "totem.xml", "budget.csv");
/// Console.WriteLine($"{result.LinesWritten} lines written, {result.Findings.ErrorCount} errors");
/// </code>
/// </example>
public static class TotemConverter
{
    /// <summary>
    /// Converts a TOTEM file to an SCDL Budget CSV file atomically: the CSV is written beside its destination and
    /// replaces it only once complete; on any failure no output file is left and the destination is unchanged.
    /// </summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="xmlPath">The path of the TOTEM XML file.</param>
    /// <param name="csvPath">The path of the CSV file to write; replaced if it exists.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="TotemConversionOptions.Default"/>.</param>
    /// <returns>The summary of the conversion, with its findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all; no output file is written.</exception>
    public static TotemConversionResult ConvertFile(IFileSystem fileSystem, string xmlPath, string csvPath, TotemConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(xmlPath);
        ArgumentNullException.ThrowIfNull(csvPath);
        options ??= TotemConversionOptions.Default;
        using var reader = TotemReader.Open(fileSystem, xmlPath);
        var conversion = new TotemConversion(reader, options);
        BudgetCsv.WriteFile(fileSystem, csvPath, conversion.Lines(), options.CsvOptions);
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
    /// <returns>The summary of the conversion, with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> or <paramref name="csv"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The input cannot be converted at all.</exception>
    public static TotemConversionResult Convert(Stream xml, Stream csv, TotemConversionOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(csv);
        options ??= TotemConversionOptions.Default;
        try
        {
            using var reader = TotemReader.Create(xml, leaveOpen);
            var conversion = new TotemConversion(reader, options);
            BudgetCsv.Write(conversion.Lines(), csv, options.CsvOptions, leaveOpen);
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
    /// findings; findings about the whole document come in records without line (the header's first, the count
    /// of calculated lines skipped last).
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
        return ReadOwned(() => TotemReader.Create(xml, leaveOpen), options);
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
        return ReadOwned(() => TotemReader.Open(fileSystem, path), options);
    }

    private static IEnumerable<BudgetRecord> ReadOwned(Func<TotemReader> open, TotemConversionOptions? options)
    {
        using var reader = open();
        var conversion = new TotemConversion(reader, options);
        foreach (var record in conversion.Records())
        {
            yield return record;
        }
    }
}
