using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>Hostile and broken inputs, generated: compound documents, other packages, zip bombs, damaged workbooks.</summary>
internal static class Hostile
{
    /// <summary>An OLE compound document whose directory names the given streams: an encrypted workbook or an Excel 97-2003 one.</summary>
    public static byte[] CompoundDocument(params string[] streams)
    {
        var bytes = new byte[512 + 512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1E), 9); // 512-byte sectors
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0x30), 0); // the directory starts at sector 0
        string[] names = ["Root Entry", .. streams];
        for (var i = 0; i < names.Length; i++)
        {
            var entry = bytes.AsSpan(512 + (i * 128), 128);
            var name = Encoding.Unicode.GetBytes(names[i] + "\0");
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)name.Length);
        }

        return bytes;
    }

    /// <summary>A ZIP package of the given entries (name, text), such as an OpenDocument spreadsheet or a document that is no workbook.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    /// <summary>A workbook with one more part, of <paramref name="size"/> zero bytes: it compresses about a thousand times.</summary>
    public static byte[] WithZeros(byte[] workbook, string part, long size)
    {
        var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.Length)
            {
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>A workbook whose part <paramref name="part"/> is replaced by <paramref name="text"/>.</summary>
    public static byte[] WithPart(byte[] workbook, string part, string text)
    {
        var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(text);
        }

        return output.ToArray();
    }

    /// <summary>A workbook whose ZIP headers declare <paramref name="declared"/> bytes for a part that expands to more: a lying zip bomb.</summary>
    public static byte[] WithDeclaredSize(byte[] workbook, string part, uint declared)
    {
        var bytes = (byte[])workbook.Clone();
        var name = Encoding.ASCII.GetBytes(part);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04 && Named(bytes, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 26)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
                patched++;
            }
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 && Named(bytes, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
                patched++;
            }
        }

        return patched == 2 ? bytes : throw new InvalidOperationException("The part was not found in both ZIP headers.");

        static bool Named(byte[] bytes, int offset, int length, byte[] name) =>
            length == name.Length && offset + length <= bytes.Length && bytes.AsSpan(offset, length).SequenceEqual(name);
    }
}
