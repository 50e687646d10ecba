using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// Checks the cells a writer is about to write against the schema's constraints: required values, <c>year</c>, the
/// SIRET's 14 digits, lengths and patterns. Enums are spelled by the writer from defined members (an unset one is an
/// empty cell); a SIRET whose check digit fails can only come from reading, where it was reported, and is written.
/// </summary>
internal sealed class WrittenLineCheck
{
    private readonly ScdlColumn[] _columns;

    public WrittenLineCheck(ScdlSchema schema) => _columns = [.. schema.Columns];

    /// <summary>Checks the cells of one line, in the schema's column order.</summary>
    /// <param name="cells">The cells.</param>
    /// <param name="line">The line of the output, for the findings.</param>
    /// <returns>What breaks the schema, or <see langword="null"/>.</returns>
    public List<Finding>? Check(string?[] cells, long line)
    {
        List<Finding>? findings = null;
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var text = cells[i];
            var location = new SourceLocation(line, column.Name);
            if (string.IsNullOrEmpty(text))
            {
                if (column.Required)
                {
                    (findings ??= []).Add(CsvFindings.Make(FindingCodes.RequiredValueMissing, location, string.Empty));
                }

                continue;
            }

            if (column.Type == ScdlFieldType.Year && !(text.Length == 4 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0))
            {
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidYear, location, text));
            }

            if (column.SiretCheck && !Siret.HasFourteenDigits(text))
            {
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.InvalidSiretFormat, location, text));
            }

            if (!column.SiretCheck && column.PatternRegex is { } regex && !regex.IsMatch(text))
            {
                (findings ??= []).Add(CsvFindings.Make(FindingCodes.ValueNotAllowed, location, text, column.Pattern!));
            }

            if (column.HasWrongLength(text))
            {
                (findings ??= []).Add(CsvFindings.InvalidLength(column, location, text));
            }
        }

        return findings;
    }
}
