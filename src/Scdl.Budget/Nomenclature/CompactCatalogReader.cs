using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Reads the compact form written by <see cref="CompactCatalog.Write(IReadOnlyList{PlanDeComptes}, Stream, bool)"/> lazily:
/// opening reads the bytes (decompressing them in the compressed form) and checks their structure in one pass (every index in range), so that a damaged
/// catalogue fails at once; strings, chapters, accounts and references are then built on first use, and a plan
/// only when asked for (<see cref="ReadPlan(int)"/>). A validation or a conversion needs one plan, or the plans of
/// one year: it no longer pays for the 215.
/// </summary>
/// <remarks>Thread-safe: plans are built under a lock (each is built once, by its <see cref="Lazy{T}"/> in the catalogue).</remarks>
internal sealed class CompactCatalogReader
{
    private const int ListsPerPlan = 5;

    private readonly byte[] _data;
    private readonly int[] _stringStarts;
    private readonly string?[] _strings;
    private readonly int[] _chapterStarts;
    private readonly PlanChapter?[] _chapters;
    private readonly int[] _accountStarts;
    private readonly PlanAccount?[] _accounts;
    private readonly int[] _referenceStarts;
    private readonly FunctionReference?[] _references;
    private readonly int[] _planStarts;
    private readonly int[] _listStarts;
    private readonly int[][] _codes;
    private readonly ulong[]?[] _presence;
    private readonly Dictionary<int, int>?[] _firstRecords;
    private readonly Dictionary<string, int> _codeKeys = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif

    private CompactCatalogReader(byte[] data)
    {
        _data = data;
        var position = 0;
        _stringStarts = new int[Count(ref position)];
        _strings = new string?[_stringStarts.Length];
        for (var i = 0; i < _stringStarts.Length; i++)
        {
            _stringStarts[i] = position;
            var length = ReadInt(data, ref position);
            position = checked(position + length);
            if (length < 0 || position > data.Length)
            {
                throw new InvalidDataException("string table truncated");
            }
        }

        (_chapterStarts, var chapterCodes) = ScanRecords(ref position, strings: 4, numbers: 2);
        _chapters = new PlanChapter?[_chapterStarts.Length];
        (_accountStarts, var accountCodes) = ScanRecords(ref position, strings: 5, numbers: 1, moreStrings: 6);
        _accounts = new PlanAccount?[_accountStarts.Length];
        (_referenceStarts, var referenceCodes) = ScanRecords(ref position, strings: 4, numbers: 0);
        _references = new FunctionReference?[_referenceStarts.Length];
        _codes = [chapterCodes, accountCodes, chapterCodes, accountCodes, referenceCodes];

        _planStarts = new int[Count(ref position)];
        _listStarts = new int[_planStarts.Length * ListsPerPlan];
        _presence = new ulong[]?[_listStarts.Length];
        _firstRecords = new Dictionary<int, int>?[_listStarts.Length];
        var ids = new NomenclatureId[_planStarts.Length];
        for (var p = 0; p < _planStarts.Length; p++)
        {
            var year = ReadInt(data, ref position);
            var norme = String(StringIndex(ref position));
            var declinaison = String(StringIndex(ref position));
            ids[p] = new NomenclatureId(year, norme, declinaison);
            _planStarts[p] = position;
            for (var list = 0; list < ListsPerPlan; list++)
            {
                _listStarts[(p * ListsPerPlan) + list] = position;
                var size = list switch
                {
                    0 or 2 => _chapterStarts.Length,
                    1 or 3 => _accountStarts.Length,
                    _ => _referenceStarts.Length,
                };
                for (var n = Count(ref position); n > 0; n--)
                {
                    if ((uint)ReadInt(data, ref position) >= (uint)size)
                    {
                        throw new InvalidDataException("plan entry out of range");
                    }
                }
            }
        }

        PlanIds = ids;
    }

    /// <summary>Gets the identity of each plan, in the order of the catalogue.</summary>
    public IReadOnlyList<NomenclatureId> PlanIds { get; }

    /// <summary>Decompresses a compact catalogue and checks its structure.</summary>
    /// <exception cref="ScdlFormatException">The bytes are not a compact catalogue of this format.</exception>
    public static CompactCatalogReader Open(Stream input)
    {
        var compressed = CompactCatalog.ReadHeader(input);
        try
        {
            if (!compressed && input.CanSeek)
            {
                // The stored form of a known length (the embedded resource): read straight into its array.
                var data = new byte[checked((int)(input.Length - input.Position))];
                input.ReadExactly(data);
                return new CompactCatalogReader(data);
            }

            using var payload = new MemoryStream(capacity: 1 << 20);
            using (var decompressed = compressed ? new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true) : null)
            {
                (decompressed ?? input).CopyTo(payload);
            }

            return new CompactCatalogReader(payload.GetBuffer().AsSpan(0, (int)payload.Length).ToArray());
        }
        catch (Exception exception) when (exception is EndOfStreamException or IndexOutOfRangeException or InvalidDataException or InvalidOperationException or OverflowException or ArgumentException)
        {
            throw CompactCatalog.Damaged(exception);
        }
    }

    /// <summary>Builds the plan at <paramref name="index"/> of <see cref="PlanIds"/>; its records are shared with the other plans read.</summary>
    public PlanDeComptes ReadPlan(int index)
    {
        lock (_gate)
        {
            var position = _planStarts[index];
            var chapters = Pick(ref position, _chapters, Chapter);
            var accounts = Pick(ref position, _accounts, Account);
            var functionChapters = Pick(ref position, _chapters, Chapter);
            var functionAccounts = Pick(ref position, _accounts, Account);
            var references = Pick(ref position, _references, Reference);
            return new PlanDeComptes(PlanIds[index], chapters, accounts, functionChapters, functionAccounts, references);
        }
    }

    /// <summary>
    /// Finds a code among the strings of the catalogue (sorted, ordinal), for <see cref="Has(int, PlanCodeKind, int)"/>.
    /// </summary>
    /// <returns>The code's key, or -1 when no plan of the catalogue has this text anywhere.</returns>
    public int FindCode(string code)
    {
        int low = 0, high = _stringStarts.Length - 1;
        lock (_gate)
        {
            if (_codeKeys.TryGetValue(code, out var known))
            {
                return known;
            }

            var key = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = string.CompareOrdinal(String(middle), code);
                if (order == 0)
                {
                    key = middle;
                    break;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            // Remembered while the catalogue lives: the codes asked for are those of real files, a few thousand.
            if (_codeKeys.Count < MemoizedLookup.MaxCodes)
            {
                _codeKeys[code] = key;
            }

            return key;
        }
    }

    /// <summary>
    /// Tells whether a plan has a code of a kind, without building the plan: a lookup that falls back through the years
    /// of a nomenclature then builds only the plans that answer. The plan's codes of that kind are noted on first use
    /// (one bit per string of the catalogue).
    /// </summary>
    /// <param name="plan">The plan's index in <see cref="PlanIds"/>.</param>
    /// <param name="kind">The list of the plan to look in.</param>
    /// <param name="code">The code's key from <see cref="FindCode(string)"/>.</param>
    public bool Has(int plan, PlanCodeKind kind, int code)
    {
        if (code < 0)
        {
            return false;
        }

        var slot = (plan * ListsPerPlan) + (int)kind;
        var bits = Volatile.Read(ref _presence[slot]);
        if (bits is null)
        {
            lock (_gate)
            {
                bits = _presence[slot] ??= Presence(_listStarts[slot], _codes[(int)kind]);
            }
        }

        return (bits[code >> 6] & (1UL << code)) != 0;
    }

    /// <summary>
    /// Finds the record of a code in a list of a plan without building the plan: the one the plan would answer with
    /// (<see cref="PlanDeComptes.FindAccount(string)"/> and the others: the first of that code in the list), the same
    /// object as the plan holds. A lookup that weighs many plans (the nomenclature of a file inferred among the plans of
    /// its year) then builds none of them. The list's codes are indexed on first use.
    /// </summary>
    /// <param name="plan">The plan's index in <see cref="PlanIds"/>.</param>
    /// <param name="kind">The list of the plan to look in.</param>
    /// <param name="code">The code's key from <see cref="FindCode(string)"/>.</param>
    /// <returns>A <see cref="PlanChapter"/>, <see cref="PlanAccount"/> or <see cref="FunctionReference"/> as the kind says, or <see langword="null"/>.</returns>
    public object? Find(int plan, PlanCodeKind kind, int code)
    {
        if (code < 0)
        {
            return null;
        }

        var slot = (plan * ListsPerPlan) + (int)kind;
        lock (_gate)
        {
            var records = _firstRecords[slot] ??= FirstRecords(_listStarts[slot], _codes[(int)kind]);
            if (!records.TryGetValue(code, out var record))
            {
                return null;
            }

            return kind switch
            {
                PlanCodeKind.Chapter or PlanCodeKind.FunctionChapter => _chapters[record] ??= Chapter(record),
                PlanCodeKind.Account or PlanCodeKind.FunctionAccount => _accounts[record] ??= Account(record),
                _ => _references[record] ??= Reference(record),
            };
        }
    }

    /// <summary>The first record of each code in a list, by code key, as a plan's index keeps the first entry of a code.</summary>
    private Dictionary<int, int> FirstRecords(int position, int[] codes)
    {
        var count = ReadInt(_data, ref position);
        var records = new Dictionary<int, int>(count);
        for (var n = count; n > 0; n--)
        {
            var record = ReadInt(_data, ref position);
            records.TryAdd(codes[record], record);
        }

        return records;
    }

    private ulong[] Presence(int position, int[] codes)
    {
        var bits = new ulong[(_stringStarts.Length + 63) >> 6];
        for (var n = ReadInt(_data, ref position); n > 0; n--)
        {
            var code = codes[ReadInt(_data, ref position)];
            bits[code >> 6] |= 1UL << code;
        }

        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadInt(byte[] data, ref int position)
    {
        // Most numbers (indices below 128, flags, lengths) fit in one byte.
        var first = data[position];
        if (first < 0x80)
        {
            position++;
            return first;
        }

        return ReadLongInt(data, ref position);
    }

    private static int ReadLongInt(byte[] data, ref int position)
    {
        // The 7-bit encoding of BinaryWriter.Write7BitEncodedInt: low groups first, at most five bytes.
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = data[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("malformed number");
    }

    private int Count(ref int position)
    {
        var count = ReadInt(_data, ref position);
        return count >= 0 && count <= _data.Length ? count : throw new InvalidDataException("impossible count");
    }

    private int StringIndex(ref int position)
    {
        var index = ReadInt(_data, ref position);
        return (uint)index < (uint)_stringStarts.Length ? index : throw new InvalidDataException("string index out of range");
    }

    /// <summary>
    /// Notes where each record of a table starts and the string of its code (its first field), checking its string
    /// indices (the other numbers are flags).
    /// </summary>
    private (int[] Starts, int[] Codes) ScanRecords(ref int position, int strings, int numbers, int moreStrings = 0)
    {
        var starts = new int[Count(ref position)];
        var codes = new int[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = position;
            codes[i] = StringIndex(ref position);
            for (var s = 1; s < strings; s++)
            {
                StringIndex(ref position);
            }

            for (var n = 0; n < numbers; n++)
            {
                ReadInt(_data, ref position);
            }

            for (var s = 0; s < moreStrings; s++)
            {
                StringIndex(ref position);
            }
        }

        return (starts, codes);
    }

    private string String(int index)
    {
        if (_strings[index] is { } known)
        {
            return known;
        }

        var position = _stringStarts[index];
        var length = ReadInt(_data, ref position);
        return _strings[index] = Encoding.UTF8.GetString(_data, position, length);
    }

    private string S(ref int position) => String(ReadInt(_data, ref position));

    private string? N(ref int position) => S(ref position) is { Length: > 0 } s ? s : null;

    private T[] Pick<T>(ref int position, T?[] table, Func<int, T> build)
        where T : class
    {
        var items = new T[ReadInt(_data, ref position)];
        for (var i = 0; i < items.Length; i++)
        {
            var index = ReadInt(_data, ref position);
            items[i] = table[index] ??= build(index);
        }

        return items;
    }

    private PlanChapter Chapter(int index)
    {
        var position = _chapterStarts[index];
        var (code, label, shortLabel, type) = (S(ref position), S(ref position), S(ref position), S(ref position));
        var section = ReadInt(_data, ref position);
        var flags = ReadInt(_data, ref position);
        return new PlanChapter(code, label, shortLabel, type, section == 0 ? null : (BudgetSection)section, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);
    }

    private PlanAccount Account(int index)
    {
        var position = _accountStarts[index];
        var (code, label, shortLabel, parent, deletedSince) = (S(ref position), S(ref position), S(ref position), N(ref position), N(ref position));
        var flags = ReadInt(_data, ref position);
        string?[] uses = [N(ref position), N(ref position), N(ref position), N(ref position), N(ref position), N(ref position)];
        return new PlanAccount(code, label, shortLabel, parent, (flags & 1) != 0, (flags & 2) != 0, deletedSince, uses,
            CompactCatalog.FromTri((flags >> 2) & 3), CompactCatalog.FromTri((flags >> 4) & 3));
    }

    private FunctionReference Reference(int index)
    {
        var position = _referenceStarts[index];
        return new FunctionReference(S(ref position), S(ref position), S(ref position), N(ref position));
    }
}
