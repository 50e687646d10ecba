using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Writes and reads the compact form of a set of plans: one table of distinct strings, one of distinct chapters,
/// accounts and functional references (most are the same from one year to the next, so each is stored once),
/// then each plan as lists of indices; everything after the header compressed with Brotli (format 1, what
/// <see cref="PlanCatalog.WriteCompact(Stream)"/> writes), or stored as it is (format 2, the form embedded in the
/// library: the package compresses it anyway, and reading it costs no decompression — 3 to 4 ms, most of the time a
/// small conversion spends on its plan). The output depends only on the plans (strings sorted, records in plan order),
/// so regenerating from the same plans gives the same bytes.
/// </summary>
internal static class CompactCatalog
{
    private const byte FormatVersion = 1;
    private const byte StoredFormatVersion = 2;
    private static readonly byte[] Magic = "SCDLPDC"u8.ToArray();

    /// <summary>Writes the plans in the compact form.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="compress">Whether to compress the payload with Brotli (format 1) or store it as it is (format 2).</param>
    public static void Write(IReadOnlyList<PlanDeComptes> plans, Stream output, bool compress = true)
    {
        var ordered = plans.OrderBy(p => p.Id.Norme, StringComparer.Ordinal)
            .ThenBy(p => p.Id.Declinaison, StringComparer.Ordinal)
            .ThenBy(p => p.Id.Year)
            .ToList();

        var strings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var plan in ordered)
        {
            strings.Add(plan.Id.Norme);
            strings.Add(plan.Id.Declinaison);
            foreach (var c in plan.Chapters.Concat(plan.FunctionChapters))
            {
                strings.UnionWith([c.Code, c.Label, c.ShortLabel, c.ChapterType]);
            }

            foreach (var a in plan.Accounts.Concat(plan.FunctionAccounts))
            {
                strings.UnionWith([a.Code, a.Label, a.ShortLabel, a.ParentCode ?? string.Empty, a.DeletedSince ?? string.Empty]);
                for (var use = AccountUse.RealReceipt; use <= AccountUse.ExpenseOrderWithinSection; use++)
                {
                    strings.Add(a.GetChapterCode(use) ?? string.Empty);
                }
            }

            foreach (var r in plan.FunctionReferences)
            {
                strings.UnionWith([r.Code, r.Label, r.ShortLabel, r.ParentCode ?? string.Empty]);
            }
        }

        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in strings)
        {
            stringIndex.Add(s, stringIndex.Count);
        }

        var chapters = new RecordTable<ChapterKey>();
        var accounts = new RecordTable<AccountKey>();
        var references = new RecordTable<ReferenceKey>();
        var planLists = new List<(NomenclatureId Id, int[][] Lists)>();
        foreach (var plan in ordered)
        {
            int S(string? value) => stringIndex[value ?? string.Empty];
            int[] Chapters(IReadOnlyList<PlanChapter> list) => [.. list.Select(c => chapters.Add(new ChapterKey(S(c.Code), S(c.Label), S(c.ShortLabel), S(c.ChapterType), c.Section is null ? 0 : (int)c.Section, (c.IsSpecial ? 1 : 0) | (c.IsForStatementOnly ? 2 : 0) | (c.IsFunctional ? 4 : 0))))];
            int[] Accounts(IReadOnlyList<PlanAccount> list) => [.. list.Select(a => accounts.Add(new AccountKey(
                S(a.Code), S(a.Label), S(a.ShortLabel), S(a.ParentCode), S(a.DeletedSince),
                (a.IsGroup ? 1 : 0) | (a.IsDeleted ? 2 : 0) | (Tri(a.UsableInEquipmentReceipt) << 2) | (Tri(a.UsableInEquipmentExpense) << 4),
                S(a.GetChapterCode(AccountUse.RealReceipt)), S(a.GetChapterCode(AccountUse.RealExpense)),
                S(a.GetChapterCode(AccountUse.ReceiptOrderBetweenSections)), S(a.GetChapterCode(AccountUse.ExpenseOrderBetweenSections)),
                S(a.GetChapterCode(AccountUse.ReceiptOrderWithinSection)), S(a.GetChapterCode(AccountUse.ExpenseOrderWithinSection)))))];
            planLists.Add((plan.Id, [
                Chapters(plan.Chapters),
                Accounts(plan.Accounts),
                Chapters(plan.FunctionChapters),
                Accounts(plan.FunctionAccounts),
                [.. plan.FunctionReferences.Select(r => references.Add(new ReferenceKey(S(r.Code), S(r.Label), S(r.ShortLabel), S(r.ParentCode))))],
            ]));
        }

        output.Write(Magic);
        output.WriteByte(compress ? FormatVersion : StoredFormatVersion);
        using var compressed = compress ? new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true) : null;
        using var writer = new BinaryWriter(compressed ?? output, Encoding.UTF8, leaveOpen: true);
        writer.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }

        writer.Write7BitEncodedInt(chapters.Count);
        foreach (var c in chapters.Items)
        {
            WriteAll(writer, c.Code, c.Label, c.ShortLabel, c.Type, c.Section, c.Flags);
        }

        writer.Write7BitEncodedInt(accounts.Count);
        foreach (var a in accounts.Items)
        {
            WriteAll(writer, a.Code, a.Label, a.ShortLabel, a.Parent, a.DeletedSince, a.Flags, a.RR, a.DR, a.ROES, a.DOES, a.ROIS, a.DOIS);
        }

        writer.Write7BitEncodedInt(references.Count);
        foreach (var r in references.Items)
        {
            WriteAll(writer, r.Code, r.Label, r.ShortLabel, r.Parent);
        }

        writer.Write7BitEncodedInt(planLists.Count);
        foreach (var (id, lists) in planLists)
        {
            WriteAll(writer, id.Year, stringIndex[id.Norme], stringIndex[id.Declinaison]);
            foreach (var list in lists)
            {
                writer.Write7BitEncodedInt(list.Length);
                foreach (var item in list)
                {
                    writer.Write7BitEncodedInt(item);
                }
            }
        }
    }

    /// <summary>Reads and checks the header: the magic bytes and the format version.</summary>
    /// <returns>Whether the payload that follows is compressed (format 1) or stored (format 2).</returns>
    /// <exception cref="ScdlFormatException">The stream does not start with the header of this format.</exception>
    public static bool ReadHeader(Stream input)
    {
        Span<byte> header = stackalloc byte[Magic.Length + 1];
        if (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[..Magic.Length].SequenceEqual(Magic) || header[Magic.Length] is not (FormatVersion or StoredFormatVersion))
        {
            throw new ScdlFormatException(FindingCodes.UnreadablePlan, 0, null, ["not a compact catalogue of plans de comptes (format " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + " or " + StoredFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"]);
        }

        return header[Magic.Length] == FormatVersion;
    }

    /// <summary>The exception for a catalogue whose header is right but whose content is not.</summary>
    public static ScdlFormatException Damaged(Exception exception) =>
        new(FindingCodes.UnreadablePlan, 0, null, ["damaged compact catalogue: " + exception.Message], exception);

    internal static bool? FromTri(int value) => value switch
    {
        1 => false,
        2 => true,
        _ => null,
    };

    private static void WriteAll(BinaryWriter writer, params ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            writer.Write7BitEncodedInt(value);
        }
    }

    private static int Tri(bool? value) => value switch
    {
        null => 0,
        false => 1,
        true => 2,
    };

    private sealed class RecordTable<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> index = [];

        public List<TKey> Items { get; } = [];

        public int Count => Items.Count;

        public int Add(TKey key)
        {
            if (!index.TryGetValue(key, out var position))
            {
                position = Items.Count;
                index.Add(key, position);
                Items.Add(key);
            }

            return position;
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct ChapterKey(int Code, int Label, int ShortLabel, int Type, int Section, int Flags);

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct AccountKey(int Code, int Label, int ShortLabel, int Parent, int DeletedSince, int Flags, int RR, int DR, int ROES, int DOES, int ROIS, int DOIS);

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct ReferenceKey(int Code, int Label, int ShortLabel, int Parent);
}
