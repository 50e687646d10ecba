using Scdl.Budget.Csv;

namespace Scdl.Budget.Normalization;

/// <summary>Options for <see cref="BudgetNormalizer"/>: how to read the input, how to write the canonical file, and how much to report.</summary>
public sealed record NormalizationOptions
{
    /// <summary>Gets the default options: tolerant reading, CR LF output, at most 1,000 changes and 1,000 findings kept in the result.</summary>
    public static NormalizationOptions Default { get; } = new();

    /// <summary>
    /// Gets the reader options. Defaults to <see cref="BudgetCsvReaderOptions.Tolerant"/>; the input is read tolerantly
    /// whatever their <see cref="BudgetCsvReaderOptions.Mode"/> (what normalisation fixes is what tolerant reading
    /// names). Their <see cref="BudgetCsvReaderOptions.ColumnConvention"/> and <see cref="BudgetCsvReaderOptions.SchemaVersion"/>
    /// are kept in the output: each column is written under its own name.
    /// </summary>
    public BudgetCsvReaderOptions Reader { get; init; } = BudgetCsvReaderOptions.Tolerant;

    /// <summary>Gets the line ending of the output. Defaults to <see cref="Csv.LineEnding.CrLf"/>.</summary>
    public LineEnding LineEnding { get; init; } = LineEnding.CrLf;

    /// <summary>Gets how a compte financier unique (<c>CFU</c>, <c>compte financier unique</c>) is written. Defaults to <see cref="CfuPolicy.AsCompteAdministratif"/>.</summary>
    public CfuPolicy CfuPolicy { get; init; } = CfuPolicy.AsCompteAdministratif;

    /// <summary>Gets how many changes <see cref="NormalizationResult.Changes"/> keeps; the others are only counted (and passed to <see cref="OnChange"/>). Defaults to 1,000.</summary>
    public int MaxReportedChanges { get; init; } = 1000;

    /// <summary>
    /// Gets how many findings about lines <see cref="NormalizationResult.Findings"/> keeps (errors first, see
    /// <see cref="FindingTally"/>); the others are only counted (and passed to <see cref="OnFinding"/>). Defaults to 1,000.
    /// </summary>
    public int MaxReportedFindings { get; init; } = FindingTally.DefaultMaxKept;

    /// <summary>Gets a callback that receives every change as it is made, for callers that stream the report; <see langword="null"/> by default.</summary>
    public Action<CellChange>? OnChange { get; init; }

    /// <summary>Gets a callback that receives every finding of the reader as it is met; <see langword="null"/> by default.</summary>
    public Action<Finding>? OnFinding { get; init; }
}
