namespace Scdl.Budget.Validation;

/// <summary>
/// Estimates the memory a record holds, in bytes: its texts (two bytes a character, whether or not a string is shared
/// with another record) and a fixed cost per object. An upper bound, cheap enough to take for every record: what
/// bounds memory held ahead in bytes, not only in records, whatever the input.
/// </summary>
internal static class RecordSize
{
    /// <summary>The estimated cost of a record, its line and its findings list, texts aside.</summary>
    private const long RecordOverhead = 512;

    /// <summary>The estimated cost of a finding, texts aside.</summary>
    private const long FindingOverhead = 128;

    /// <summary>Returns the estimated bytes held by a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The estimate, in bytes.</returns>
    public static long Of(BudgetRecord record)
    {
        var chars = record.Line is { } line ? TextLength(line) : 0;
        var bytes = RecordOverhead;
        var findings = record.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            bytes += FindingOverhead;
            chars += (finding.Value?.Length ?? 0) + (finding.Location.Column?.Length ?? 0);
            foreach (var argument in finding.Arguments)
            {
                chars += argument.Length;
            }
        }

        return bytes + (2 * chars);
    }

    /// <summary>Returns the number of characters of the texts of a line (a text a caller left null counts for nothing).</summary>
    /// <param name="line">The line.</param>
    /// <returns>The sum of the lengths of its texts.</returns>
    public static long TextLength(BudgetLine line) =>
        (long)Length(line.AuthorityName) + Length(line.AccountCode) + Length(line.AccountLabel) + Length(line.ChapterCode)
        + Length(line.ChapterLabel) + Length(line.FunctionCode) + Length(line.FunctionLabel) + Length(line.Operation);

    private static int Length(string? text) => text?.Length ?? 0;
}
