namespace Scdl.Budget.Web.Processing;

/// <summary>A standard CSV file written for a response, held in a temporary file that disposing deletes.</summary>
/// <param name="Name">The name to offer for download.</param>
/// <param name="Content">The content, positioned at its start.</param>
internal sealed record ProducedCsv(string Name, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
