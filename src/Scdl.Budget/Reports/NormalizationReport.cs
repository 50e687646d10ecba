using Scdl.Budget.Normalization;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>
/// Describes a normalisation for the reports: which file was normalised into which, what the normaliser did and
/// found, and the validation of the file written.
/// </summary>
public sealed record NormalizationReport
{
    /// <summary>Gets the name of the input, such as <c>budget-excel.csv</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the canonical file written, as its path was given.</summary>
    public required string Output { get; init; }

    /// <summary>Gets what the normalisation did: dialect, changes, the reader's findings.</summary>
    public required NormalizationResult Normalization { get; init; }

    /// <summary>Gets the validation of the file written, or <see langword="null"/> when it was not validated.</summary>
    public ValidationReport? Validation { get; init; }
}
