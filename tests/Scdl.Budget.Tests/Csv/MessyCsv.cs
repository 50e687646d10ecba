using System.Globalization;
using System.Text;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Tests.Csv;

/// <summary>How a messy file is written: the dialect and the deviations of values that real files show.</summary>
internal sealed record MessyDialect
{
    public char Separator { get; init; } = ',';

    public Encoding Encoding { get; init; } = new UTF8Encoding(false);

    public bool ByteOrderMark { get; init; }

    public bool DecimalComma { get; init; }

    public bool ThousandsSeparators { get; init; }

    public string NewLine { get; init; } = "\r\n";

    public bool ShuffleColumns { get; init; }

    public bool MessyHeaderNames { get; init; }

    public bool MessyEnums { get; init; }

    public bool MessyYears { get; init; }

    public bool MessySirets { get; init; }

    public int TrailingBlankLines { get; init; }

    public bool WithHeader { get; init; } = true;

    public override string ToString() =>
        $"sep={(int)Separator} enc={Encoding.WebName} bom={ByteOrderMark} comma={DecimalComma} groups={ThousandsSeparators} nl={NewLine.Replace("\r", "CR", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal)} "
        + $"shuffle={ShuffleColumns} headers={MessyHeaderNames} enums={MessyEnums} years={MessyYears} sirets={MessySirets} blanks={TrailingBlankLines} header={WithHeader}";

    public static MessyDialect Random(Random random) => new()
    {
        Separator = ",;\t|"[random.Next(4)],
        Encoding = random.Next(4) switch
        {
            0 => new UTF8Encoding(false),
            1 => Windows1252,
            2 => new UnicodeEncoding(false, true),
            _ => new UTF8Encoding(false),
        },
        ByteOrderMark = random.Next(2) == 0,
        DecimalComma = random.Next(2) == 0,
        ThousandsSeparators = random.Next(3) == 0,
        NewLine = random.Next(3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" },
        ShuffleColumns = random.Next(2) == 0,
        MessyHeaderNames = random.Next(2) == 0,
        MessyEnums = random.Next(2) == 0,
        MessyYears = random.Next(3) == 0,
        MessySirets = random.Next(3) == 0,
        TrailingBlankLines = random.Next(3),
    };

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}

/// <summary>Renders canonical rows (header + cells) in a messy dialect, as real exports do.</summary>
internal static class MessyCsv
{
    private static readonly ScdlSchema Schema = ScdlSchema.Latest;

    /// <summary>The canonical cells of lines, in the schema's column order.</summary>
    public static IEnumerable<string?[]> Cells(IEnumerable<BudgetLine> lines, ColumnConvention convention = ColumnConvention.Schema)
    {
        foreach (var line in lines)
        {
            yield return [.. Schema.Columns.Select(c => Schema.Binding.Format(line, Schema.Binding.FieldAt(c.Index, convention), false))];
        }
    }

    /// <summary>The raw rows of a CSV file (UTF-8, comma), header included.</summary>
    public static List<string[]> ReadRaw(byte[] bytes)
    {
        using var reader = CsvHelper.CsvReader.Create(bytes, new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = false, SkipEmptyLines = true });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty)]);
        }

        return rows;
    }

    public static byte[] Render(IReadOnlyList<string> header, IEnumerable<string?[]> rows, MessyDialect dialect, int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, header.Count).ToArray();
        if (dialect.ShuffleColumns && dialect.WithHeader)
        {
            random.Shuffle(order);
        }

        var columns = header.Select(name => Schema.Find(name)).ToArray();
        var text = new StringBuilder();
        if (dialect.WithHeader)
        {
            AppendRow(text, order.Select(i => dialect.MessyHeaderNames ? MessHeader(header[i], random) : header[i]), dialect);
        }

        foreach (var row in rows)
        {
            AppendRow(text, order.Select(i => Mess(columns[i], i < row.Length ? row[i] : null, dialect, random)), dialect);
        }

        for (var i = 0; i < dialect.TrailingBlankLines; i++)
        {
            text.Append(dialect.NewLine);
        }

        var encoding = dialect.Encoding;
        byte[] body;
        try
        {
            var strict = encoding.CodePage == 1252
                ? CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)!
                : encoding;
            body = strict.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException)
        {
            // A character Windows-1252 does not have (a real label may hold one): such a file is written in UTF-8.
            encoding = new UTF8Encoding(false);
            body = encoding.GetBytes(text.ToString());
        }

        return dialect.ByteOrderMark || encoding is UnicodeEncoding ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string?> cells, MessyDialect dialect)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(dialect.Separator);
            }

            first = false;
            var value = cell ?? string.Empty;
            if (value.IndexOfAny([dialect.Separator, '"', '\r', '\n']) >= 0)
            {
                text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(value);
            }
        }

        text.Append(dialect.NewLine);
    }

    private static string MessHeader(string name, Random random) => random.Next(4) switch
    {
        0 => name.ToLowerInvariant(),
        1 => " " + name + " ",
        2 => name.Length > 4 ? name[..4] + name[4..].ToLowerInvariant() : name,
        _ => name.ToLowerInvariant().Replace("bgt_", string.Empty, StringComparison.Ordinal),
    };

    private static string? Mess(ScdlColumn? column, string? value, MessyDialect dialect, Random random)
    {
        if (column is null || string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (column.Type == ScdlFieldType.Number)
        {
            return MessAmount(value, dialect, random);
        }

        if (column.Type == ScdlFieldType.Year)
        {
            return dialect.MessyYears && random.Next(2) == 0 ? value + ".0" : value;
        }

        if (column.SiretCheck)
        {
            return dialect.MessySirets && value.Length == 14 && random.Next(2) == 0 ? $"{value[..3]} {value[3..6]} {value[6..9]} {value[9..]}" : value;
        }

        if (column.Enum is not null && dialect.MessyEnums)
        {
            return MessEnum(column, value, random);
        }

        return value;
    }

    private static string MessAmount(string value, MessyDialect dialect, Random random)
    {
        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? null : digits[(dot + 1)..];
        if (dialect.ThousandsSeparators && integer.Length > 3 && random.Next(2) == 0)
        {
            var separator = random.Next(2) == 0 ? " " : "\u00A0";
            var grouped = new StringBuilder();
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    grouped.Append(separator);
                }

                grouped.Append(integer[i]);
            }

            integer = grouped.ToString();
        }

        var result = fraction is null ? integer : integer + (dialect.DecimalComma ? "," : ".") + fraction;
        return negative ? "-" + result : result;
    }

    private static string MessEnum(ScdlColumn column, string value, Random random)
    {
        var alias = (column.Name, value) switch
        {
            ("BGT_NATDEC", "budget primitif") => "BP",
            ("BGT_NATDEC", "décision modificative") => "DM",
            ("BGT_NATDEC", "compte administratif") => "CA",
            ("BGT_SECTION", "investissement") => "I",
            ("BGT_SECTION", "fonctionnement") => "F",
            ("BGT_CODRD", "recette") => "R",
            ("BGT_CODRD", "dépense") => "D",
            ("BGT_OPBUDG", "réel") => "0",
            ("BGT_OPBUDG", "ordre") => "1",
            _ => null,
        };
        return random.Next(5) switch
        {
            0 => value.ToUpper(CultureInfo.InvariantCulture),
            1 => char.ToUpperInvariant(value[0]) + value[1..],
            2 => RemoveAccents(value),
            3 when alias is not null => alias,
            _ => value,
        };
    }

    private static string RemoveAccents(string value) =>
        new([.. value.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
