using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Exact duplicate lines (<c>SCDL302</c>), in bounded memory: each distinct line is remembered as a 128-bit hash
/// and its line number, up to <see cref="BudgetValidationOptions.DuplicateDetectionLimit"/> lines (<c>SCDL312</c> then says so).
/// A line read from CSV is hashed from its text, as the reader found it (<see cref="ValidationContext.RecordHash"/>);
/// a caller's line, from its values.
/// </summary>
internal sealed class DuplicateRule : IBudgetRule
{
    private const int TextFields = 9;
    private readonly LineHasher _hasher = new();
    private FingerprintTable? _seen;
    private bool _limited;

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        _seen ??= new FingerprintTable(context.Options.DuplicateDetectionLimit);
        var full = _seen.Count >= _seen.Limit;
        if (_seen.TryAdd(context.RecordHash ?? _hasher.Hash(line), lineNumber, out var first))
        {
            if (!context.Keeps(FindingCodes.DuplicateLine))
            {
                return;
            }

            context.Report(FindingCodes.DuplicateLine, lineNumber, null, null, first.ToString(CultureInfo.InvariantCulture));
            return;
        }

        // A new line that could not be remembered: later repeats of it will not be found.
        _limited |= full;
    }

    /// <summary>Fetches the places of the coming lines' hashes in the table, all at once rather than one miss after another.</summary>
    public void Prefetch(ReadOnlySpan<UInt128> hashes) => _seen?.Prefetch(hashes);

    public void Complete(ValidationContext context)
    {
        if (_limited)
        {
            context.Report(FindingCodes.DuplicateDetectionLimited, 0, null, null, ValidationContext.Count(context.Options.DuplicateDetectionLimit));
        }
    }

    /// <summary>
    /// Hashes lines: two independent 64-bit hashes (FNV-1a and a multiply-xorshift) over the values and their
    /// separators. The hash of a text is remembered per field with the text's reference: the reader hands out the
    /// same instance when a column repeats its value (the SIRET, the name, a label), which then costs nothing.
    /// </summary>
    private sealed class LineHasher
    {
        private readonly string?[] _texts = new string?[TextFields];
        private readonly UInt128[] _textHashes = new UInt128[TextFields];

        public UInt128 Hash(BudgetLine line)
        {
            var h = new State();
            h.Add((int)line.Step);
            h.Add(line.Year);
            h.Add(Text(0, line.Siret.ToString()));
            h.Add(Text(1, line.AuthorityName));
            h.Add(Text(2, line.AccountCode));
            h.Add(Text(3, line.AccountLabel));
            h.Add(Text(4, line.ChapterCode));
            h.Add(Text(5, line.ChapterLabel));
            h.Add(Text(6, line.FunctionCode));
            h.Add(Text(7, line.FunctionLabel));
            h.Add(Text(8, line.Operation));
            h.Add((int)line.Section);
            h.Add((int)line.OperationKind);
            h.Add((int)line.Direction);
            h.Add(line.Realisations);
            h.Add(line.BudgetPrecedent);
            h.Add(line.RestesARealiserPrecedents);
            h.Add(line.PropositionsNouvelles);
            h.Add(line.MontantVote);
            h.Add(line.CreditsOuverts);
            h.Add(line.RestesARealiser);
            h.Add(line.SpecializedArticle is { } a ? (int)a : 0);
            return h.Value;
        }

        private UInt128 Text(int field, string? text)
        {
            if (!ReferenceEquals(text, _texts[field]) || text is null)
            {
                _texts[field] = text;
                _textHashes[field] = HashText(text);
            }

            return _textHashes[field];
        }

        private static UInt128 HashText(string? text)
        {
            var h = new State();
            if (text is null)
            {
                h.Add(-1);
                return h.Value;
            }

            // Four UTF-16 code units at a time, then the rest one by one.
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            while (bytes.Length >= 8)
            {
                h.Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes));
                bytes = bytes[8..];
            }

            foreach (var b in bytes)
            {
                h.Mix(b);
            }

            h.Mix(0xFFFF_FFFEu ^ (uint)text.Length);
            return h.Value;
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private struct State
    {
        private ulong _a;
        private ulong _b;

        public State()
        {
            _a = 14695981039346656037UL;
            _b = 0x9E3779B97F4A7C15UL;
        }

        public readonly UInt128 Value => new(_a, Finish(_b));

        public void Add(UInt128 value)
        {
            Mix((ulong)(value >> 64));
            Mix((ulong)value);
        }

        public void Add(int value) => Mix((uint)value);

        public void Add(decimal? value)
        {
            if (value is not { } d)
            {
                Mix(0xFFFF_FFFFu);
                return;
            }

            Span<int> bits = stackalloc int[4];
            decimal.GetBits(d, bits);
            Mix(((ulong)(uint)bits[0] << 32) | (uint)bits[1]);
            Mix(((ulong)(uint)bits[2] << 32) | (uint)bits[3]);
        }

        public void Mix(ulong value)
        {
            _a = (_a ^ value) * 1099511628211UL;
            _b = (_b ^ value) * 0xBF58476D1CE4E5B9UL;
            _b ^= _b >> 31;
        }

        private static ulong Finish(ulong x)
        {
            x ^= x >> 33;
            x *= 0xFF51AFD7ED558CCDUL;
            x ^= x >> 33;
            return x;
        }
    }
}
