using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Detects the dialect of a file from a bounded prefix: byte order mark, encoding (UTF-16 without a byte order mark
/// from its zero bytes; UTF-8 when the prefix is valid UTF-8, else Windows-1252), separator (the one under which the
/// first line holds the most column names, else CsvHelper's detector, which ignores quoted separators), header
/// presence, decimal separator (voted over the amount cells of the first records) and line breaks. An XML document
/// is recognised and refused (<see cref="FindingCodes.XmlInput"/>).
/// </summary>
internal static class DialectSniffer
{
    private const int MaxRecordsLooked = 1000;

    private static readonly char[] Separators = [',', ';', '\t', '|'];

    private static readonly System.Buffers.SearchValues<byte> WhiteSpace = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");

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
    /// <exception cref="ScdlFormatException">The input is an XML document.</exception>
    public static SniffResult Sniff(ReadOnlySpan<byte> prefix, bool complete, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        var findings = new List<Finding>();
        var (encoding, bomLength) = DetectEncoding(prefix, complete, options.Encoding);
        var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        byte[] utf8 = isUtf8 ? prefix[bomLength..].ToArray() : Encoding.UTF8.GetBytes(encoding.GetString(prefix[bomLength..]));
        if (!isUtf8)
        {
            findings.Add(CsvFindings.Make(FindingCodes.EncodingNotUtf8, SourceLocation.File, null, encoding.WebName));
        }

        if (bomLength > 0)
        {
            findings.Add(CsvFindings.Make(FindingCodes.ByteOrderMark, SourceLocation.File, null, encoding.WebName));
        }

        var dialect = SniffText(utf8, complete, options, schema, findings) with { Encoding = encoding, HasByteOrderMark = bomLength > 0 };

        // UTF-8 (with or without BOM) is read in place; a UTF-16/32 byte order mark is honoured by CsvHelper itself.
        var transcode = isUtf8 || (options.Encoding is null && bomLength > 0) ? null : encoding;
        return new SniffResult(dialect, transcode, findings, CanRecoverEncoding: isUtf8 && options.Encoding is null);
    }

    /// <summary>Sniffs the start of text already decoded by the caller.</summary>
    /// <exception cref="ScdlFormatException">The input is an XML document.</exception>
    public static SniffResult Sniff(ReadOnlySpan<char> prefix, bool complete, Encoding? encoding, BudgetCsvReaderOptions options, ScdlSchema schema)
    {
        var findings = new List<Finding>();
        encoding ??= Encoding.UTF8;
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            findings.Add(CsvFindings.Make(FindingCodes.EncodingNotUtf8, SourceLocation.File, null, encoding.WebName));
        }

        var dialect = SniffText(Encoding.UTF8.GetBytes(prefix.ToArray()), complete, options, schema, findings) with { Encoding = encoding };
        return new SniffResult(dialect, null, findings, CanRecoverEncoding: false);
    }

    internal static string SeparatorName(char separator) => separator switch
    {
        '\t' => "TAB",
        _ => separator.ToString(),
    };

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

        if (DetectUtf16WithoutBom(prefix) is { } utf16)
        {
            return (utf16, 0);
        }

        // Binary data (a NUL byte) is refused by the reader at the record that holds it, after the records before it.
        return IsUtf8(prefix, complete) ? (Encoding.UTF8, 0) : (Windows1252, 0);
    }

    /// <summary>
    /// Recognises UTF-16 text without a byte order mark: the high byte of every Latin character is zero, so one byte in
    /// two (the odd ones for little endian) is mostly zero while the others never are (a zero pair would be U+0000,
    /// which no text holds).
    /// </summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> prefix)
    {
        var pairs = prefix.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenZeros += prefix[i] == 0 ? 1 : 0;
            oddZeros += prefix[i + 1] == 0 ? 1 : 0;
        }

        return (evenZeros, oddZeros) switch
        {
            (0, var odd) when odd * 2 >= pairs => Encoding.Unicode,
            (var even, 0) when even * 2 >= pairs => Encoding.BigEndianUnicode,
            _ => null,
        };
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
                return Rune.DecodeFromUtf8(prefix[^cut..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData;
            }
        }

        return false;
    }

    private static CsvDialect SniffText(byte[] utf8, bool complete, BudgetCsvReaderOptions options, ScdlSchema schema, List<Finding> findings)
    {
        RefuseXml(utf8);
        var lineBreak = DetectLineBreaks(utf8, complete);
        if (lineBreak is LineBreakKind.Cr or LineBreakKind.Mixed)
        {
            findings.Add(CsvFindings.Make(FindingCodes.UnusualLineBreaks, SourceLocation.File, null, lineBreak == LineBreakKind.Cr ? "CR" : "mixed"));
        }

        var separator = options.Separator ?? DetectSeparator(utf8, schema);
        if (separator != ',')
        {
            findings.Add(CsvFindings.Make(FindingCodes.SeparatorNotComma, SourceLocation.File, null, SeparatorName(separator)));
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

    /// <summary>Refuses an XML document (a TOTEM file given as CSV): its first character, after white space, is <c>&lt;</c>.</summary>
    private static void RefuseXml(ReadOnlySpan<byte> utf8)
    {
        var start = utf8.IndexOfAnyExcept(WhiteSpace);
        if (start < 0 || utf8[start] != (byte)'<')
        {
            return;
        }

        // The root element: the first tag that is not a declaration, a comment or a doctype.
        var text = Encoding.UTF8.GetString(utf8[start..]);
        var root = "?";
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (text[i + 1] is '?' or '!')
            {
                continue;
            }

            var end = text.AsSpan(i + 1).IndexOfAny(NameEnd);
            var name = end < 0 ? text[(i + 1)..] : text.Substring(i + 1, end);
            root = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
            break;
        }

        throw new ScdlFormatException(FindingCodes.XmlInput, 0, null, [Finding.Shorten(root) ?? "?"]);
    }

    /// <summary>
    /// Chooses the separator under which the first record holds the most column names of the schema (a header); when
    /// no candidate gives any (no header), lets CsvHelper's detector choose from how consistently each appears.
    /// </summary>
    private static char DetectSeparator(byte[] utf8, ScdlSchema schema)
    {
        var best = (Separator: ',', Names: 0);
        foreach (var candidate in Separators)
        {
            using var reader = CsvReader.Create(utf8, new CsvReaderOptions
            {
                Separator = candidate,
                HasHeader = false,
                SkipEmptyLines = true,
                MalformedData = CsvMalformedDataHandling.Recover,
                DetectSeparatorHint = false,
            });
            if (!reader.Read())
            {
                break;
            }

            var names = 0;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                names += TolerantForms.MatchHeader(schema, reader.GetString(i) ?? string.Empty) is null ? 0 : 1;
            }

            if (names > best.Names)
            {
                best = (candidate, names);
            }
        }

        if (best.Names > 0)
        {
            return best.Separator;
        }

        using var detector = CsvReader.Create(utf8, new CsvReaderOptions { Separator = null, HasHeader = false, DetectSeparatorHint = false });
        return detector.Separator;
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
            if (TolerantForms.MatchHeader(schema, reader.GetString(i) ?? string.Empty) is { } column)
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
                // Only amounts vote: a cell that is no number either way (a label in the wrong column) says nothing.
                var cell = reader.GetSpan(index);
                var comma = cell.Contains((byte)',');
                var dot = cell.Contains((byte)'.');
                if (comma && !dot && TolerantForms.TryParseAmount(Encoding.UTF8.GetString(cell), ',', out _))
                {
                    pendingCommas++;
                }
                else if (dot && !comma && cell.IndexOfAny((byte)'e', (byte)'E') < 0 && TolerantForms.TryParseAmount(Encoding.UTF8.GetString(cell), '.', out _))
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
