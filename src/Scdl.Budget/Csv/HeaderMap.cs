using System.Globalization;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// The columns of a file matched with the schema's: for each schema column, the index of the file's column, or -1.
/// Built from the header names (in any order, matched tolerantly), or by position for a file without a header.
/// </summary>
internal sealed class HeaderMap
{
    private HeaderMap(int[] fileIndexOfColumn, int headerCount, IReadOnlyList<string> names, IReadOnlyList<Finding> findings)
    {
        FileIndexOfColumn = fileIndexOfColumn;
        HeaderCount = headerCount;
        Names = names;
        Findings = findings;
    }

    /// <summary>Gets, for each schema column, the 0-based index of the file's column, or -1 when the file lacks it.</summary>
    public int[] FileIndexOfColumn { get; }

    /// <summary>Gets the number of columns of the header (what a row should have).</summary>
    public int HeaderCount { get; }

    /// <summary>Gets the header names as written in the file (the schema's names for a file without a header).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the header's findings: missing, extra, duplicate, blank or misordered columns.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public static HeaderMap Positional(ScdlSchema schema)
    {
        var indexes = Enumerable.Range(0, schema.Columns.Count).ToArray();
        return new HeaderMap(indexes, schema.Columns.Count, [.. schema.Columns.Select(c => c.Name)], []);
    }

    /// <summary>
    /// Matches header names with the schema's columns: exactly, or once case, accents, surrounding spaces and the
    /// <c>BGT_</c> prefix are ignored (<see cref="TolerantForms.MatchHeader"/>), which is a departure from the format
    /// reported as <see cref="FindingCodes.HeaderNameNotExact"/>.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="names">The header names as read.</param>
    /// <param name="line">The line of the header.</param>
    /// <exception cref="ScdlFormatException">No name is a column of the schema, or a required column is missing.</exception>
    public static HeaderMap FromNames(ScdlSchema schema, IReadOnlyList<string> names, long line)
    {
        var findings = new List<Finding>();
        var indexes = new int[schema.Columns.Count];
        Array.Fill(indexes, -1);
        var matched = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                findings.Add(CsvFindings.Make(FindingCodes.BlankColumnName, new SourceLocation(line, null), null, (i + 1).ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var column = TolerantForms.MatchHeader(schema, name);
            if (column is null)
            {
                findings.Add(CsvFindings.Make(FindingCodes.ExtraColumn, new SourceLocation(line, name), name));
                continue;
            }

            if (!string.Equals(column.Name, name, StringComparison.Ordinal))
            {
                findings.Add(CsvFindings.Make(FindingCodes.HeaderNameNotExact, new SourceLocation(line, column.Name), name, column.Name));
            }

            if (indexes[column.Index] >= 0)
            {
                findings.Add(CsvFindings.Make(FindingCodes.DuplicateColumn, new SourceLocation(line, column.Name), name));
                continue;
            }

            indexes[column.Index] = i;
            matched++;
        }

        if (matched == 0)
        {
            throw new ScdlFormatException(FindingCodes.NoHeader, line, null, [Finding.Shorten(names.Count > 0 ? names[0] : string.Empty) ?? string.Empty]);
        }

        foreach (var column in schema.Columns)
        {
            if (indexes[column.Index] >= 0)
            {
                continue;
            }

            if (column.Required)
            {
                throw new ScdlFormatException(FindingCodes.MissingRequiredColumn, line, column.Name, []);
            }

            findings.Add(CsvFindings.Make(FindingCodes.MissingOptionalColumn, new SourceLocation(line, column.Name)));
        }

        // Misordered: the schema columns present should appear in the file in the schema's order.
        var previous = -1;
        foreach (var column in schema.Columns)
        {
            var index = indexes[column.Index];
            if (index < 0)
            {
                continue;
            }

            if (index < previous)
            {
                var expected = schema.Columns.First(c => indexes[c.Index] == previous);
                findings.Add(CsvFindings.Make(FindingCodes.MisorderedColumns, new SourceLocation(line, column.Name), null, column.Name, expected.Name));
                break;
            }

            previous = index;
        }

        return new HeaderMap(indexes, names.Count, names, findings);
    }
}
