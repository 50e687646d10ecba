using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Describes the conversion of a budget document of another format (such as a TOTEM file) to SCDL Budget CSV, for
/// the reports: the document, the lines read, skipped and written, the conversion's findings (located in the
/// source: its line and element path) and the validation of the CSV written. A converter's result maps to it
/// (the TOTEM package's <c>TotemConversionResult.ToReport</c>).
/// </summary>
public sealed record ConversionReport
{
    /// <summary>Gets the name of the input converted, such as <c>budget.totem.xml</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the CSV written, as its path was given.</summary>
    public required string Output { get; init; }

    /// <summary>Gets the SIRET of the document (<c>BGT_SIRET</c>).</summary>
    public required Siret Siret { get; init; }

    /// <summary>Gets the fiscal year of the document (<c>BGT_ANNEE</c>).</summary>
    public required int Year { get; init; }

    /// <summary>Gets the budget step of the document (<c>BGT_NATDEC</c>).</summary>
    public required BudgetStep Step { get; init; }

    /// <summary>Gets the nomenclature the source names, such as <c>M14-M14_COM_500_3500</c>; empty when it names none.</summary>
    public string Nomenclature { get; init; } = string.Empty;

    /// <summary>Gets the number of budget lines read, the calculated totals not counted.</summary>
    public required long LinesRead { get; init; }

    /// <summary>Gets the number of calculated totals of the source skipped (they are not budget lines).</summary>
    public long CalculatedLinesSkipped { get; init; }

    /// <summary>Gets the number of SCDL lines written.</summary>
    public required long LinesWritten { get; init; }

    /// <summary>Gets the findings of the conversion, located in the source (line, element path).</summary>
    public required FindingTally Findings { get; init; }

    /// <summary>Gets the validation of the CSV written, or <see langword="null"/> when it was not validated.</summary>
    public ValidationReport? Validation { get; init; }
}
