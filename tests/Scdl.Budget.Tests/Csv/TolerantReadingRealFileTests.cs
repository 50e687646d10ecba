using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;

namespace Scdl.Budget.Tests.Csv;

/// <summary>Messy renderings of the real files of <c>TestData/scdl-csv</c> (TOTEM converters' column convention) read as the originals do.</summary>
public sealed class TolerantReadingRealFileTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv"), "*.csv").Select(Path.GetFileName)!);

    private static BudgetCsvReaderOptions Options(string file) => BudgetCsvReaderOptions.Tolerant with
    {
        ColumnConvention = ColumnConvention.TotemConverters,
        HasHeader = !file.Contains("noheader", StringComparison.Ordinal),
    };

    private static byte[] Original(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_MessyRenderings_GiveTheOriginalsLines(string file)
    {
        var original = Original(file);
        var options = Options(file);
        var expected = DataRecords(original, options);
        var rows = MessyCsv.ReadRaw(original);
        var header = options.HasHeader ? rows[0] : [.. Schema.ScdlSchema.Latest.Columns.Select(c => c.Name)];
        var data = options.HasHeader ? rows.Skip(1) : rows;
        expected.Count.ShouldBe(data.Count());

        for (var seed = 0; seed < 12; seed++)
        {
            var dialect = MessyDialect.Random(new Random(seed)) with { WithHeader = options.HasHeader };
            var messy = MessyCsv.Render(header, data.Select(r => (string?[])r), dialect, seed);

            var actual = DataRecords(messy, options);

            actual.Count.ShouldBe(expected.Count, dialect.ToString());
            actual.Select(r => r.Line).ShouldBe(expected.Select(r => r.Line), dialect.ToString());
            ContentErrors(actual).ShouldBe(ContentErrors(expected), dialect.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Normalize_OriginalAndMessyRendering_WriteTheSameCanonicalFile(string file)
    {
        var original = Original(file);
        var options = new NormalizationOptions { Reader = Options(file) };
        var rows = MessyCsv.ReadRaw(original);
        var header = options.Reader.HasHeader ? rows[0] : [.. Schema.ScdlSchema.Latest.Columns.Select(c => c.Name)];
        var data = options.Reader.HasHeader ? rows.Skip(1).ToList() : rows;
        var dialect = new MessyDialect
        {
            Separator = ';',
            Encoding = MessyDialect.Windows1252,
            DecimalComma = true,
            ThousandsSeparators = true,
            MessyEnums = true,
            MessyHeaderNames = true,
            ShuffleColumns = true,
            MessyYears = true,
            ByteOrderMark = false,
            TrailingBlankLines = 2,
            WithHeader = options.Reader.HasHeader,
        };
        var messy = MessyCsv.Render(header, data, dialect, 3);

        var (canonical, result) = Normalize(original, options);
        var (fromMessy, messyResult) = Normalize(messy, options);

        fromMessy.ShouldBe(canonical);
        result.LinesWritten.ShouldBe(data.Count);
        messyResult.LinesWritten.ShouldBe(data.Count);
        messyResult.ChangeCount.ShouldBeGreaterThan(result.ChangeCount);

        // The output validates as well as the content allows: only values missing or wrong in the source remain.
        var strict = BudgetCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(canonical)), new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters }).ToList();
        strict.Count(r => r.Findings.Count == 0 || r.Line is not null || r.Findings.Any(f => f.Location.Line > 1)).ShouldBe(data.Count);
        strict.SelectMany(r => r.Findings).Select(f => f.Code).Distinct().ShouldBeSubsetOf([FindingCodes.RequiredValueMissing, FindingCodes.InvalidSiretCheckDigit, FindingCodes.InvalidLength]);
    }

    private static (string Text, NormalizationResult Result) Normalize(byte[] input, NormalizationOptions options)
    {
        using var output = new MemoryStream();
        var result = BudgetNormalizer.Normalize(new MemoryStream(input), output, options, leaveOpen: true);
        return (Encoding.UTF8.GetString(output.ToArray()), result);
    }

    private static List<BudgetRecord> DataRecords(byte[] bytes, BudgetCsvReaderOptions options)
    {
        using var reader = BudgetCsvReader.Create(new MemoryStream(bytes), options);
        return [.. reader.ReadRecords().Where(r => r.Kind == RecordKind.Data)];
    }

    /// <summary>The errors about the content, which a messy rendering must not change (it only adds departures from the format).</summary>
    private static List<string> ContentErrors(List<BudgetRecord> records) =>
        [.. records.SelectMany(r => r.Findings)
            .Where(f => f.Severity == FindingSeverity.Error && FindingCodes.Describe(f.Code)!.Category == FindingCategory.Content)
            .Select(f => f.Code + "@" + f.Location.Column)];
}
