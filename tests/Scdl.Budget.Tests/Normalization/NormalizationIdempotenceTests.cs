using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Schema;
using Scdl.Budget.Tests.Csv;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Tests.Normalization;

/// <summary>
/// <c>normalize(normalize(x)) == normalize(x)</c> for every input: generated messy renderings of budget lines (any
/// separator, encoding, byte order mark, line breaks, header spelling and order, value spellings), with blank rows of
/// the file's own dialect, rows whose only values are in a column the schema does not have, junk cells and broken lines.
/// </summary>
public sealed class NormalizationIdempotenceTests
{
    private static readonly string[] Header = [.. ScdlSchema.Latest.Columns.Select(c => c.Name)];

    private static readonly string[] Junk =
    [
        string.Empty, " ", "abc", "1e308", "1e-308", "-0,00", "-0.00", "1 234,5", "1,234", "1.234", "12,5,6", "+7", ".5", "2022.0",
        "BP", "Investissement", "R", "=SUM(A1)", "\"quoted\"", "a;b", "a,b", "a\tb", "line\nbreak", "  padded  ", "215 600 461 00085",
        "2.1560046E+13", "0123456789", "€", "é", "NaN",
    ];

    private static readonly string[] BrokenLines = ["\"never closed", "a\"b\"c", "\"\"", "x"];

    [FsCheck.Xunit.Property(MaxTest = 250)]
    public bool Normalize_IsIdempotent(int seed)
    {
        var random = new Random(seed);
        var input = MessyInput(random, out var dialect);
        byte[] once;
        try
        {
            once = Normalize(input);
        }
        catch (ScdlFormatException)
        {
            // Input that cannot be read at all (no header left, a record too large): nothing is written.
            return true;
        }

        var twice = Normalize(once);
        return once.AsSpan().SequenceEqual(twice)
            ? true
            : throw new InvalidOperationException($"seed {seed}, {dialect}:\n--- once\n{Encoding.UTF8.GetString(once)}\n--- twice\n{Encoding.UTF8.GetString(twice)}");
    }

    private static byte[] Normalize(byte[] input)
    {
        using var output = new MemoryStream();
        BudgetNormalizer.Normalize(new MemoryStream(input), output, new NormalizationOptions { Reader = BudgetCsvReaderOptions.Tolerant with { HasHeader = true } }, leaveOpen: true);
        return output.ToArray();
    }

    private static byte[] MessyInput(Random random, out MessyDialect dialect)
    {
        dialect = MessyDialect.Random(random);
        var header = random.Next(4) == 0 ? [.. Header, "BGT_ID"] : Header;
        var rows = MessyCsv.Cells(SampleLines.Generate(random.Next(), random.Next(0, 25))).Select(r => header.Length > r.Length ? [.. r, "7"] : r).ToList();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            // A blank row, written with the file's own separators: ";;;;…" in a semicolon file.
            rows.Insert(random.Next(rows.Count + 1), new string?[header.Length]);
        }

        if (header.Length > Header.Length && random.Next(2) == 0)
        {
            var extraOnly = new string?[header.Length];
            extraOnly[^1] = "42";
            rows.Insert(random.Next(rows.Count + 1), extraOnly);
        }

        foreach (var row in rows.Where(_ => random.Next(3) == 0))
        {
            row[random.Next(row.Length)] = Junk[random.Next(Junk.Length)];
        }

        var bytes = MessyCsv.Render(header, rows, dialect, random.Next());
        if (random.Next(4) != 0 || dialect.Encoding is UnicodeEncoding)
        {
            return bytes;
        }

        // A line that breaks the CSV rules, appended as a spreadsheet would never write it.
        return [.. bytes, .. Encoding.UTF8.GetBytes(BrokenLines[random.Next(BrokenLines.Length)] + dialect.NewLine)];
    }
}
