using System.Text;

namespace Scdl.Budget.Fuzzing.Tests;

/// <summary>
/// Mutates real files the way broken exports, hand edits and hostile senders do: bits and bytes changed, ranges deleted,
/// repeated or moved, lines swapped or repeated, tokens that stress readers inserted (separators, quotes, line ends, bytes
/// that are not UTF-8, amounts beyond <see cref="decimal"/>, control and formula characters, XML markup, long runs), or the
/// file cut short. Deterministic for a seed.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[] InterestingBytes = [(byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\n', (byte)'\r', 0, 0xFF, 0xC3, 0x80, 0xEF, 0xBB, 0xBF, (byte)'<', (byte)'>', (byte)'&', (byte)'-', (byte)'e', (byte)'9', (byte)'.', (byte)' ', 0x1B];

    private static readonly string[] Tokens =
    [
        "\"", "\"\"", ",", ";", "\r\n", "\n\n", "\r", "\uFEFF", "\u001b[2J", "\t=1+1", "=cmd|' /C calc'!A0", "@SUM(A1)",
        "79228162514264337593543950335", "-79228162514264337593543950335", "1e308", "-1e-308", "1e28", "0.0000000000000000000000000000001",
        "1234567890123456789012345678901234567890", "NaN", "-0", "1,5", "1 500,50", "١٢٣", "ﬃ", "\u0000",
        "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "<!-- -->", "<![CDATA[x]]>", "</Budget>", "<LigneBudget>", "</LigneBudget>",
        "<Budget>", " V=\"\"", " V=\"-1e400\"", "xmlns=\"urn:other\"", "&#0;", "&#xD800;", "<?xml version=\"1.0\"?>",
        "budget primitif", "compte administratif", "investissement", "fonctionnement", "réel", "ordre", "recette", "dépense",
        "21560046100085", "00000000000000", "2022", "99999", "-2022",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Returns a mutated copy of <paramref name="input"/>: one to four mutations.</summary>
    public byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(bytes);
        }

        return [.. bytes];
    }

    private void MutateOnce(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(10))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[at] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(1 + _random.Next(64), bytes.Count - at));
                break;
            case 3 when bytes.Count > 0:
                var length = Math.Min(1 + _random.Next(256), bytes.Count - at);
                bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            case 4:
            case 5:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                break;
            case 6:
                // A long run: a cell or attribute far longer than any real one (bounded, so a run stays quick).
                bytes.InsertRange(at, Enumerable.Repeat((byte)"x9\"é,"[_random.Next(5)], 1 + _random.Next(50_000)));
                break;
            case 7 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 8:
                SwapLines(bytes);
                break;
            default:
                RepeatLine(bytes);
                break;
        }
    }

    private void SwapLines(List<byte> bytes)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2)
        {
            return;
        }

        var (a, b) = (_random.Next(lines.Count), _random.Next(lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        bytes.Clear();
        bytes.AddRange(lines.SelectMany(line => line));
    }

    private void RepeatLine(List<byte> bytes)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return;
        }

        var at = _random.Next(lines.Count);
        var line = lines[at];
        lines.InsertRange(at, Enumerable.Repeat(line, 1 + _random.Next(50)));
        bytes.Clear();
        bytes.AddRange(lines.SelectMany(l => l));
    }

    /// <summary>Splits after each LF, keeping it.</summary>
    private static List<byte[]> Lines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add([.. bytes.GetRange(start, i - start + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add([.. bytes.GetRange(start, bytes.Count - start)]);
        }

        return lines;
    }
}
