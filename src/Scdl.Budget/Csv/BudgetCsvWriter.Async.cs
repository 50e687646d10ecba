namespace Scdl.Budget.Csv;

public sealed partial class BudgetCsvWriter
{
    /// <summary>Writes one line, flushing asynchronously when the buffer is mostly full. See <see cref="Write(BudgetLine)"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the line is written or buffered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidBudgetLineException">The line breaks the schema and the options say to throw.</exception>
    public async Task WriteAsync(BudgetLine line, CancellationToken cancellationToken = default)
    {
        if (Prepare(line))
        {
            await _csv.WriteRecordAsync(_values!, cancellationToken).ConfigureAwait(false);
            LinesWritten++;
        }
    }

    /// <summary>Asynchronously writes buffered lines to the destination and flushes it.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the destination is flushed.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _csv.FlushAsync(cancellationToken).AsTask();

    /// <summary>Asynchronously writes one record of cells already spelled canonically, in the schema's column order.</summary>
    internal async Task WriteCellsAsync(string?[] cells, CancellationToken cancellationToken)
    {
        await _csv.WriteRecordAsync(cells!, cancellationToken).ConfigureAwait(false);
        LinesWritten++;
    }
}
