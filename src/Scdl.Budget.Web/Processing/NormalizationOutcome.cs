using Scdl.Budget.Reports;

namespace Scdl.Budget.Web.Processing;

/// <summary>A CSV file or workbook normalised: the library's report (with the validation of the file written) and the standard CSV.</summary>
internal sealed record NormalizationOutcome(NormalizationReport Report, ProducedCsv Csv) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Csv.DisposeAsync();
}
