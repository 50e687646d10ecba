using System.IO.Abstractions;

namespace Scdl.Budget.Totem;

/// <summary>
/// Converts TOTEM budget documents (<c>DocumentBudgetaire</c>, also inside a compte financier unique) to SCDL
/// Budget: the entry point for most callers.
/// </summary>
/// <remarks>
/// <para>
/// Every <c>LigneBudget</c> that is not <c>calculated="true"</c> becomes exactly one SCDL line, or is reported by
/// error findings with its XML line and the reason; none is dropped silently, wherever it is in the document (a
/// later <c>Budget</c> is converted with its own header, a line outside its <c>Budget</c> is converted and reported).
/// Amounts are copied as written (<c>decimal</c>, scale kept). Codes, chapters, sections and labels come from the
/// plan de comptes of the document's <c>Nomenclature</c> and year (see <c>docs/totem.md</c> for the mapping). Each
/// line is checked against what a CSV reader can read back (the schema's code lengths and required values, the
/// record limit) before it is written.
/// </para>
/// <para>
/// Input that cannot be converted at all (not XML, truncated, a DTD, too large, not a budget document, an unknown
/// step or plan de comptes, a SIRET that is not 14 digits) raises <see cref="ScdlFormatException"/>, with the XML
/// line and the reason; <see cref="ConvertFile(IFileSystem, string, string, TotemConversionOptions?)"/> and
/// <see cref="ConvertFileAsync(IFileSystem, string, string, TotemConversionOptions?, CancellationToken)"/> then leave
/// no output file.
/// </para>
/// <para>
/// The synchronous members (<c>ConvertFile</c>, <c>Convert</c>, <c>Read</c>) and the asynchronous ones
/// (<c>ConvertFileAsync</c>, <c>ConvertAsync</c>, <c>ReadAsync</c>, which read the input with asynchronous I/O and
/// can be cancelled) are twins and give the same results.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = await TotemConverter.ConvertFileAsync(fileSystem, "totem.xml", "budget.csv", cancellationToken: token);
/// Console.WriteLine($"{result.LinesWritten} lines written, {result.Findings.ErrorCount} errors, debt {result.Annexes.OutstandingDebt}");
/// </code>
/// </example>
public static partial class TotemConverter
{
    private static TotemConversionOptions OrDefault(TotemConversionOptions? options) => options ?? TotemConversionOptions.Default;
}
