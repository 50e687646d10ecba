using System.IO.Compression;

namespace Scdl.Budget.Spreadsheets.Internal;

internal sealed partial class XlsxWorkbook
{
    /// <summary>Reads the shared strings and the styles asynchronously: each part is copied to memory, then parsed.</summary>
    public async Task LoadPartsAsync(CancellationToken cancellationToken)
    {
        if (_sharedStrings is { } strings)
        {
            using var part = await BufferAsync(strings, cancellationToken).ConfigureAwait(false);
            SharedStrings = Parse(strings, () => Internal.SharedStrings.Load(part));
        }

        if (_styles is { } styles)
        {
            using var part = await BufferAsync(styles, cancellationToken).ConfigureAwait(false);
            Styles = Parse(styles, () => CellStyles.Load(part));
        }
    }

    private async Task<MemoryStream> BufferAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var source = OpenPart(entry, inMemory: true);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        buffer.Position = 0;
        return buffer;
    }
}
