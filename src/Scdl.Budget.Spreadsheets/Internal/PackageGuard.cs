using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Looks at a workbook before anything is expanded: refuses what is not an <c>.xlsx</c> (not a ZIP package, an encrypted
/// or Excel 97-2003 compound document, an OpenDocument spreadsheet) and any part whose declared size or compression ratio
/// passes the limits. .NET's ZIP reader never expands an entry beyond its declared size, and <see cref="LimitedStream"/>
/// checks it again, so the declared sizes bound the work.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Parts smaller than this are not held to the compression ratio (a small run of spaces compresses a thousand times).</summary>
    private const long RatioThreshold = 1 << 20;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Tells whether <paramref name="head"/> starts with the signature of a ZIP package or of an OLE compound document.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> head) =>
        head.StartsWith(ZipSignature) || head.StartsWith(EmptyZipSignature) || head.StartsWith(CompoundSignature);

    /// <summary>Checks the package in <paramref name="stream"/> (seekable, read from its current position) and opens it.</summary>
    /// <returns>The package, its entries checked; the caller disposes it (<paramref name="stream"/> stays open).</returns>
    public static ZipArchive Open(Stream stream, SpreadsheetReaderOptions options)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[8];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        stream.Position = start;
        if (head.StartsWith(CompoundSignature))
        {
            throw CompoundDocument(stream, start);
        }

        if (!head.StartsWith(ZipSignature) && !head.StartsWith(EmptyZipSignature))
        {
            throw SheetThrow.NotXlsx(head);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw SheetThrow.Damaged("ZIP", exception.Message, cause: exception);
        }

        try
        {
            Check(zip, options);
            return zip;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static void Check(ZipArchive zip, SpreadsheetReaderOptions options)
    {
        try
        {
            if (IsOpenDocument(zip))
            {
                throw SheetThrow.OtherFormat("OpenDocument (.ods)");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var ratio = entry.Length / Math.Max(entry.CompressedLength, 1);
                total += entry.Length;
                if (entry.Length < 0 || total > options.MaxUncompressedSize || (entry.Length > RatioThreshold && ratio > options.MaxCompressionRatio))
                {
                    throw SheetThrow.TooLarge(entry.FullName, entry.Length, ratio, options);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw SheetThrow.Damaged("ZIP", exception.Message, cause: exception);
        }
    }

    private static bool IsOpenDocument(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: < 256 } entry)
        {
            return false;
        }

        using var content = entry.Open();
        var buffer = new byte[256];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
    }

    /// <summary>
    /// Tells an encrypted workbook (an OLE compound document holding <c>EncryptionInfo</c> and <c>EncryptedPackage</c>)
    /// from an Excel 97-2003 one (holding <c>Workbook</c>), from the first sector of the compound document's directory.
    /// </summary>
    private static ScdlFormatException CompoundDocument(Stream stream, long start)
    {
        var header = new byte[512];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length)
        {
            var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
            var firstDirectorySector = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(0x30));
            if (sectorShift is 9 or 12 && firstDirectorySector >= 0)
            {
                var sectorSize = 1 << sectorShift;
                var directory = new byte[sectorSize];
                stream.Position = start + ((long)firstDirectorySector + 1) * sectorSize;
                var read = stream.ReadAtLeast(directory, directory.Length, throwOnEndOfStream: false);
                for (var offset = 0; offset + 128 <= read; offset += 128)
                {
                    var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(offset + 0x40));
                    if (nameLength is < 2 or > 64)
                    {
                        continue;
                    }

                    var name = Encoding.Unicode.GetString(directory, offset, nameLength - 2);
                    if (name is "EncryptionInfo" or "EncryptedPackage")
                    {
                        return SheetThrow.Encrypted();
                    }
                }
            }
        }

        return SheetThrow.OtherFormat("Excel 97-2003 (.xls)");
    }
}
