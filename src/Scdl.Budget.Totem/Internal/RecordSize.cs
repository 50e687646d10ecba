using System.Buffers;
using System.Text;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Bounds the size of the CSV record a line makes, in bytes of UTF-8 with its line break, without writing it: the
/// texts exactly (with the quotes and doubled quotes the writer adds), the other columns by their longest spelling.
/// The bound exceeds the real size by at most a few hundred bytes, so a line is refused only when its record could
/// pass the limit a CSV reader accepts.
/// </summary>
internal static class RecordSize
{
    // 21 separators, CRLF, the longest step (compte financier unique: 23 bytes), the year, the SIRET, the four
    // enum columns (non spécialisé: 15 bytes) and the seven amounts (a decimal: at most 31 characters).
    private const int FixedPart = 21 + 2 + 24 + 4 + 14 + (4 * 16) + (7 * 31);

    // At most 3 UTF-8 bytes per UTF-16 code unit, doubled by quote escaping, plus the two enclosing quotes.
    private const int MaxBytesPerChar = 6;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Tells whether the record of <paramref name="line"/> could be longer than <paramref name="limit"/> bytes, and gives the bound.</summary>
    public static bool Exceeds(BudgetLine line, long limit, out long size)
    {
        ReadOnlySpan<string?> texts = [line.AuthorityName, line.AccountCode, line.AccountLabel, line.ChapterCode, line.ChapterLabel, line.FunctionCode, line.FunctionLabel, line.Operation];
        long characters = 0;
        foreach (var text in texts)
        {
            characters += text?.Length ?? 0;
        }

        size = FixedPart + (characters * MaxBytesPerChar) + (texts.Length * 2);
        if (size <= limit)
        {
            return false;
        }

        size = FixedPart;
        foreach (var text in texts)
        {
            size += Field(text);
        }

        return size > limit;
    }

    private static long Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        long bytes = Encoding.UTF8.GetByteCount(text);
        var span = text.AsSpan();
        return span.ContainsAny(NeedsQuotes) ? bytes + 2 + span.Count('"') : bytes;
    }
}
