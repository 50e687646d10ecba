using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Detects the dialect of a file from a bounded prefix: byte order mark, encoding (UTF-8 when the prefix is valid
/// UTF-8, else Windows-1252), separator (CsvHelper's detector, which ignores quoted separators), header presence,
/// decimal separator (voted over the amount cells of the first records) and line breaks.
/// </summary>
internal static class DialectSniffer
{
    private const int MaxRecordsLooked = 1000;

    /// <summary>Gets Windows-1252, from the code pages that the .NET shared framework carries.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static int ReadPrefix(Stream stream, byte[] buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    public static async ValueTask<int> ReadPrefixAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += n;
        }

        return total;
    }

    public static int ReadPrefix(TextReader reader, char[] buffer) => reader.ReadBlock(buffer, 0, buffer.Length);

    public static async ValueTask<int> ReadPrefixAsync(TextReader reader, char[] buffer, CancellationToken cancellationToken) =>
        await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);

    /// <summary>Sniffs the start of a byte stream.</summary>
    /// <param name="prefix">The bytes read.</param>
    /// <param name="complete">Whether the prefix is the whole input.</param>
    /// <param name="options">The reader's options (forced parts of the dialect).</param>
    /// <param name="schema">The schema, for the header names and the amount columns.</param>
    public static SniffResult Sniff(ReadOnlySpan<byte> prefix, bool complete, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        var findings = new List<Finding>();
        var (encoding, bomLength) = DetectEncoding(prefix, complete, options.Encoding);
        var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        byte[] utf8 = isUtf8 ? prefix[bomLength..].ToArray() : Encoding.UTF8.GetBytes(encoding.GetString(prefix[bomLength..]));
        if (!isUtf8)
        {
            findings.Add(new Finding(FindingCodes.EncodingNotUtf8, FindingSeverity.Warning, SourceLocation.File, null, encoding.WebName));
        }

        if (bomLength > 0)
        {
            findings.Add(new Finding(FindingCodes.ByteOrderMark, FindingSeverity.Info, SourceLocation.File, null, encoding.WebName));
        }

        var dialect = SniffText(utf8, complete, options, schema, findings) with { Encoding = encoding, HasByteOrderMark = bomLength > 0 };

        // UTF-8 (with or without BOM) is read in place; a UTF-16/32 byte order mark is honoured by CsvHelper itself.
        var transcode = isUtf8 || (options.Encoding is null && bomLength > 0) ? null : encoding;
        return new SniffResult(dialect, transcode, findings);
    }

    /// <summary>Sniffs the start of text already decoded by the caller.</summary>
    public static SniffResult Sniff(ReadOnlySpan<char> prefix, bool complete, Encoding? encoding, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        var findings = new List<Finding>();
        var dialect = SniffText(Encoding.UTF8.GetBytes(prefix.ToArray()), complete, options, schema, findings) with { Encoding = encoding ?? Encoding.UTF8 };
        return new SniffResult(dialect, null, findings);
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> prefix, bool complete, Encoding? forced)
    {
        if (forced is not null)
        {
            var preamble = forced.Preamble;
            return (forced, preamble.Length > 0 && prefix.StartsWith(preamble) ? preamble.Length : 0);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return (Encoding.UTF32, 4);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        var nul = prefix.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ScdlFormatException(FindingCodes.UnreadableInput, prefix[..nul].Count((byte)'\n') + 1, null,
                [string.Create(CultureInfo.InvariantCulture, $"NUL byte at offset {nul}")]);
        }

        return IsUtf8(prefix, complete) ? (Encoding.UTF8, 0) : (Windows1252, 0);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> prefix, bool complete)
    {
        if (Utf8.IsValid(prefix))
        {
            return true;
        }

        if (complete)
        {
            return false;
        }

        // The prefix may end inside a multi-byte sequence: drop up to 3 trailing bytes of an incomplete sequence.
        for (var cut = 1; cut <= 3 && cut < prefix.Length; cut++)
        {
            if (Utf8.IsValid(prefix[..^cut]))
            {
                return System.Text.Rune.DecodeFromUtf8(prefix[^cut..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData;
            }
        }

        return false;
    }

    private static CsvDialect SniffText(byte[] utf8, bool complete, BudgetCsvReaderOptions options, ScdlSchema schema, List<Finding> findings)
    {
        var lineBreak = DetectLineBreaks(utf8, complete);
        if (lineBreak is LineBreakKind.Cr or LineBreakKind.Mixed)
        {
            findings.Add(new Finding(FindingCodes.UnusualLineBreaks, FindingSeverity.Info, SourceLocation.File, null, lineBreak == LineBreakKind.Cr ? "CR" : "mixed"));
        }

        var separator = options.Separator ?? DetectSeparator(utf8);
        if (separator != ',')
        {
            findings.Add(new Finding(FindingCodes.SeparatorNotComma, FindingSeverity.Warning, SourceLocation.File, null, SeparatorName(separator)));
        }

        var (hasHeader, commaVotes, dotVotes) = LookAtRecords(utf8, complete, separator, options, schema);
        return new CsvDialect
        {
            Encoding = Encoding.UTF8,
            Separator = separator,
            DecimalSeparator = options.DecimalSeparator ?? (commaVotes > dotVotes ? ',' : '.'),
            HasHeader = hasHeader,
            LineBreak = lineBreak,
        };
    }

    internal static string SeparatorName(char separator) => separator switch
    {
        '\t' => "TAB",
        _ => separator.ToString(),
    };

    private static char DetectSeparator(byte[] utf8)
    {
        using var reader = CsvReader.Create(utf8, new CsvReaderOptions { Separator = null, HasHeader = false, DetectSeparatorHint = false });
        return reader.Separator;
    }

    private static LineBreakKind DetectLineBreaks(ReadOnlySpan<byte> utf8, bool complete)
    {
        int crlf = 0, lf = 0, cr = 0;
        var quoted = false;
        for (var i = 0; i < utf8.Length; i++)
        {
            switch (utf8[i])
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)'\r' when !quoted:
                    if (i + 1 < utf8.Length && utf8[i + 1] == '\n')
                    {
                        crlf++;
                        i++;
                    }
                    else if (i + 1 < utf8.Length || complete)
                    {
                        cr++;
                    }

                    break;
                case (byte)'\n' when !quoted:
                    lf++;
                    break;
            }
        }

        var kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        return kinds switch
        {
            0 => LineBreakKind.None,
            > 1 => LineBreakKind.Mixed,
            _ => crlf > 0 ? LineBreakKind.CrLf : lf > 0 ? LineBreakKind.Lf : LineBreakKind.Cr,
        };
    }

    private static (bool HasHeader, int CommaVotes, int DotVotes) LookAtRecords(byte[] utf8, bool complete, char separator, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        using var reader = CsvReader.Create(utf8, new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = false,
        });
        if (!reader.Read())
        {
            return (options.HasHeader, 0, 0);
        }

        var amountIndexes = new List<int>();
        var matched = 0;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (Lenient.MatchHeader(schema, reader.GetString(i) ?? string.Empty) is { } column)
            {
                matched++;
                if (column.Type == ScdlFieldType.Number)
                {
                    amountIndexes.Add(i);
                }
            }
        }

        var hasHeader = matched > 0;
        if (!hasHeader)
        {
            amountIndexes.AddRange(schema.Columns.Where(c => c.Type == ScdlFieldType.Number).Select(c => c.Index));
        }

        int commas = 0, dots = 0, pendingCommas = 0, pendingDots = 0;
        var records = 0;
        var first = !hasHeader;
        while (records < MaxRecordsLooked && (first || reader.Read()))
        {
            first = false;
            (commas, dots) = (commas + pendingCommas, dots + pendingDots);
            (pendingCommas, pendingDots) = (0, 0);
            records++;
            foreach (var index in amountIndexes)
            {
                var cell = reader.GetSpan(index);
                var comma = cell.Contains((byte)',');
                var dot = cell.Contains((byte)'.');
                if (comma && !dot)
                {
                    pendingCommas++;
                }
                else if (dot && !comma && cell.IndexOfAny((byte)'e', (byte)'E') < 0)
                {
                    pendingDots++;
                }
            }
        }

        // The last record of an incomplete prefix may be cut short: count it only when the prefix is the whole input.
        if (complete || records >= MaxRecordsLooked)
        {
            (commas, dots) = (commas + pendingCommas, dots + pendingDots);
        }

        return (hasHeader, commas, dots);
    }
}
