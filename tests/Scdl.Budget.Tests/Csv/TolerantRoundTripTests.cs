using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Schema;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Tests.Csv;

public sealed class TolerantRoundTripTests
{
    private static readonly string[] Header = [.. ScdlSchema.Latest.Columns.Select(c => c.Name)];

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public bool TolerantRead_OfMessyRendering_ReturnsTheSameLines(int seed)
    {
        var random = new Random(seed);
        var dialect = MessyDialect.Random(random);
        var lines = SampleLines.Generate(seed, 1 + random.Next(40)).ToList();
        var bytes = MessyCsv.Render(Header, MessyCsv.Cells(lines), dialect, seed);

        var records = BudgetCsv.Read(new MemoryStream(bytes), BudgetCsvReaderOptions.Tolerant).ToList();

        var data = records.Where(r => r.Line is not null).ToList();
        // A messy rendering departs from the format (format errors), never from the content.
        var errors = records.SelectMany(r => r.Findings)
            .Where(f => f.Severity == FindingSeverity.Error && f.Code != FindingCodes.InvalidLength && FindingCodes.Describe(f.Code)!.Category != FindingCategory.Format)
            .ToList();
        var same = data.Count == lines.Count && errors.Count == 0
            && data.Select(r => r.Line).SequenceEqual(lines)
            && data.Zip(lines).All(p => Amounts(p.First.Line!) == Amounts(p.Second));
        return same ? true : throw new InvalidOperationException($"{dialect}: {data.Count}/{lines.Count} lines, errors: {string.Join("; ", errors.Take(3))}");
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Normalize_OfMessyRendering_WritesOneLinePerRecord_ThatReadsStrictlyToTheSameLines(int seed)
    {
        var random = new Random(seed);
        var dialect = MessyDialect.Random(random);
        var lines = SampleLines.Generate(seed, 1 + random.Next(40)).ToList();
        var bytes = MessyCsv.Render(Header, MessyCsv.Cells(lines), dialect, seed);
        using var output = new MemoryStream();

        var result = BudgetNormalizer.Normalize(new MemoryStream(bytes), output, leaveOpen: true);

        var strict = Support.Csv.Read(System.Text.Encoding.UTF8.GetString(output.ToArray()));
        var errors = strict.SelectMany(r => r.Findings).Where(f => f.Code != FindingCodes.InvalidLength).ToList();
        var same = result.LinesWritten == lines.Count && strict.Count == lines.Count && errors.Count == 0
            && strict.Select(r => r.Line).SequenceEqual(lines)
            && strict.Zip(lines).All(p => Amounts(p.First.Line!) == Amounts(p.Second));
        return same ? true : throw new InvalidOperationException($"{dialect}: {result.LinesWritten}/{lines.Count} lines, findings: {string.Join("; ", errors.Take(3))}");
    }

    /// <summary>The amounts as text: equal decimals of different scales differ here.</summary>
    private static string Amounts(BudgetLine line) => string.Join("|", new[]
    {
        line.Realisations, line.BudgetPrecedent, line.RestesARealiserPrecedents, line.PropositionsNouvelles, line.MontantVote, line.CreditsOuverts, line.RestesARealiser,
    }.Select(a => a?.ToString(CultureInfo.InvariantCulture)));
}
