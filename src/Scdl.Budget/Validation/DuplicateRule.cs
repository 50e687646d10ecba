using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Scdl.Budget.Validation;

/// <summary>
/// Exact duplicate lines (<c>SCDL302</c>), in bounded memory: each distinct line is remembered as a 128-bit hash
/// and its line number, up to <see cref="BudgetValidationOptions.DuplicateDetectionLimit"/> lines (<c>SCDL312</c> then says so).
/// </summary>
internal sealed class DuplicateRule : IBudgetRule
{
    private readonly Dictionary<UInt128, long> _seen = [];
    private bool _limited;

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        var hash = Hash(line);
        if (_seen.TryGetValue(hash, out var first))
        {
            if (!context.Detailed)
            {
                context.CountOnly(FindingCodes.DuplicateLine);
                return;
            }

            context.Report(FindingCodes.DuplicateLine, lineNumber, null, null, first.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (_seen.Count < context.Options.DuplicateDetectionLimit)
        {
            _seen.Add(hash, lineNumber);
        }
        else
        {
            _limited = true;
        }
    }

    public void Complete(ValidationContext context)
    {
        if (_limited)
        {
            context.Report(FindingCodes.DuplicateDetectionLimited, 0, null, null, ValidationContext.Count(context.Options.DuplicateDetectionLimit));
        }
    }

    internal static UInt128 Hash(BudgetLine line)
    {
        var h = new LineHasher();
        h.Add((int)line.Step);
        h.Add(line.Year);
        h.Add(line.Siret.ToString());
        h.Add(line.AuthorityName);
        h.Add(line.AccountCode);
        h.Add(line.AccountLabel);
        h.Add(line.ChapterCode);
        h.Add(line.ChapterLabel);
        h.Add(line.FunctionCode);
        h.Add(line.FunctionLabel);
        h.Add(line.Operation);
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

    /// <summary>Two independent 64-bit hashes (FNV-1a and a multiply-xorshift) over the values and their separators.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct LineHasher
    {
        private ulong _a;
        private ulong _b;

        public LineHasher()
        {
            _a = 14695981039346656037UL;
            _b = 0x9E3779B97F4A7C15UL;
        }

        public readonly UInt128 Value => new(_a, Finish(_b));

        public void Add(string? text)
        {
            if (text is null)
            {
                Mix(0xFFFF_FFFFu);
                return;
            }

            // Four UTF-16 code units at a time, then the rest one by one.
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            while (bytes.Length >= 8)
            {
                Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes));
                bytes = bytes[8..];
            }

            foreach (var b in bytes)
            {
                Mix(b);
            }

            Mix(0xFFFF_FFFEu ^ (uint)text.Length);
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
            foreach (var b in bits)
            {
                Mix((uint)b);
            }
        }

        private void Mix(ulong value)
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
