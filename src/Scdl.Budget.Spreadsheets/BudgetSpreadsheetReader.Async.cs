using System.Runtime.CompilerServices;
using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets;

public sealed partial class BudgetSpreadsheetReader
{
    /// <summary>Opens the workbook and reads the header asynchronously. See <see cref="ReadHeader"/>.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A task that completes once the header is read.</returns>
    /// <exception cref="ScdlFormatException">The workbook cannot be read, has no such worksheet, or its sheet has no header or lacks a required column.</exception>
    public async Task ReadHeaderAsync(CancellationToken cancellationToken = default)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _csv!.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ScdlFormatException exception)
        {
            throw Relocate(exception);
        }
    }

    /// <summary>Reads the records asynchronously, one at a time. See <see cref="ReadRecords"/>.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records, lazily; enumerate them once.</returns>
    /// <exception cref="ScdlFormatException">The workbook cannot be read (thrown while enumerating).</exception>
    public IAsyncEnumerable<BudgetRecord> ReadRecordsAsync(CancellationToken cancellationToken = default)
    {
        StartEnumeration();
        return Enumerate(cancellationToken);

        async IAsyncEnumerable<BudgetRecord> Enumerate([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var records = _csv!.ReadRecordsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (records.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await records.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (ScdlFormatException exception)
                    {
                        throw Relocate(exception);
                    }

                    foreach (var record in Relocate(records.Current))
                    {
                        yield return record;
                    }
                }
            }
        }
    }

    private async ValueTask EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var seekable = _input;
        if (!_input.CanSeek)
        {
            var copy = new MemoryStream();
            _copy = copy;
            var buffer = new byte[81920];
            int read;
            while ((read = await _input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                copy.Write(buffer, 0, read);
                CheckCopySize(copy.Length);
            }

            copy.Position = 0;
            seekable = copy;
        }

        _workbook = XlsxWorkbook.Open(seekable, _options);
        await _workbook.LoadPartsAsync(cancellationToken).ConfigureAwait(false);
        StartRows(async: true);
    }
}
