using Scdl.Budget.Reports;

namespace Scdl.Budget.Web.Processing;

/// <summary>A TOTEM file converted: the library's report (with the validation of the CSV written) and the CSV.</summary>
internal sealed record ConversionOutcome(ConversionReport Report, ProducedCsv Csv) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Csv.DisposeAsync();
}
