using System.Text.RegularExpressions;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Tests.Conventions;

/// <summary>The column table of docs/csv-format.md matches the schema description and the binding.</summary>
public sealed class CsvFormatDocTests
{
    [Fact]
    public void ColumnTable_MatchesTheSchema()
    {
        var doc = File.ReadAllLines(Path.Combine(FindingCodeTests.RepositoryRoot(), "docs", "csv-format.md"));
        var rows = doc.Where(l => Regex.IsMatch(l, @"^\| \d+ \| `BGT_")).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var schema = ScdlSchema.Latest;

        rows.Count.ShouldBe(schema.Columns.Count);
        foreach (var column in schema.Columns)
        {
            var row = rows[column.Index];
            row[1].ShouldBe(column.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row[2].ShouldBe($"`{column.Name}`");
            row[3].ShouldBe(column.Title);
            row[4].ShouldBe(column.Type.ToString().ToLowerInvariant());
            row[5].ShouldBe(column.Required ? "yes" : "no");
            foreach (var value in column.Enum ?? [])
            {
                row[6].ShouldContain($"`{value}`");
            }

            if (column.MaxLength is { } max)
            {
                row[6].ShouldContain($"{column.MinLength}–{max}");
            }

            row[7].ShouldBe($"`{schema.Binding.FieldAt(column.Index, ColumnConvention.Schema)}`");
            row[8].ShouldBe($"`{schema.Binding.FieldAt(column.Index, ColumnConvention.TotemConverters)}`");
        }
    }
}
