using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Csv;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

/// <summary>
/// A verdict is about the file as published: on every messy rendering of a valid real file, strict and tolerant
/// validation both say it is not valid (but for what data.gouv.fr's validator accepts: a UTF-8 byte order mark, columns
/// out of order, unusual line breaks), and strict validation of a messy rendering of an invalid real file reports the
/// same content errors as the file itself.
/// </summary>
public sealed class MessyRenderingVerdictTests
{
    private const string ValueSpellingCodes = "SCDL202 SCDL203 SCDL204 SCDL205";

    /// <summary>How each rendering departs from the standard: nothing it accepts, the dialect only, or values too.</summary>
    public enum Departure
    {
        Accepted = 1,
        Dialect = 2,
        Values = 3,
    }

    public static TheoryData<string, Departure> Renderings => new()
    {
        { "canonical", Departure.Accepted },
        { "byte order mark", Departure.Accepted },
        { "shuffled columns", Departure.Accepted },
        { "CR line breaks", Departure.Accepted },
        { "semicolons", Departure.Dialect },
        { "tabs", Departure.Dialect },
        { "windows-1252", Departure.Dialect },
        { "utf-16", Departure.Dialect },
        { "lower-case headers", Departure.Dialect },
        { "trailing blank lines", Departure.Dialect },
        { "BOM, lower-case shuffled headers", Departure.Dialect },
        { "decimal comma", Departure.Values },
        { "thousands separators", Departure.Values },
        { "capitalised enums", Departure.Values },
        { "tab, capitalised enums", Departure.Values },
        { "semicolons, windows-1252, decimal comma", Departure.Values },
    };

    public static TheoryData<string, string> InvalidFilesAndRenderings()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { RealFiles.BocenoBp2022, RealFiles.MohonCfu2023, RealFiles.MorbihanCa2021, RealFiles.SaintMaloBp2022 })
        {
            foreach (var rendering in Renderings)
            {
                data.Add(file, (string)rendering[0]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void MessyRenderingOfAValidFile_IsNeverValid_InEitherMode(string rendering, Departure departure)
    {
        var (header, rows) = ValidMohon();
        var bytes = Render(header, rows, rendering);

        var strict = Validate(bytes, CsvReadingMode.Strict);
        var tolerant = Validate(bytes, CsvReadingMode.Tolerant);

        var expectedStrict = departure switch
        {
            Departure.Accepted => ValidationVerdict.Valid,
            Departure.Dialect => ValidationVerdict.NotInStandardFormat,
            _ => ValidationVerdict.Invalid,
        };
        strict.Verdict.ShouldBe(expectedStrict, Describe(strict));
        tolerant.Verdict.ShouldBe(departure == Departure.Accepted ? ValidationVerdict.Valid : ValidationVerdict.NotInStandardFormat, Describe(tolerant));
        strict.LinesRead.ShouldBe(rows.Count);
        tolerant.LinesRead.ShouldBe(rows.Count);
        tolerant.Summary.LinesNotCounted.ShouldBe(0);
        strict.Summary.LinesNotCounted.ShouldBe(0, "strict reading reads the values spelled otherwise too, so that every check runs");
        Errors(strict).Where(f => FindingCodes.Describe(f.Code)!.Category == FindingCategory.Content)
            .ShouldAllBe(f => ValueSpellingCodes.Contains(f.Code, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(InvalidFilesAndRenderings))]
    public void StrictValidation_OfAMessyRendering_ReportsTheContentErrorsOfTheFileItself(string file, string rendering)
    {
        var rows = MessyCsv.ReadRaw(RealFiles.Bytes(file));
        var original = ContentErrors(Validate(RealFiles.Bytes(file), CsvReadingMode.Strict, file));
        var departure = (Departure)Renderings.Single(r => (string)r[0] == rendering)[1];

        var messy = ContentErrors(Validate(Render(rows[0], [.. rows.Skip(1)], rendering), CsvReadingMode.Strict, file));

        if (departure == Departure.Values)
        {
            // The rendering spells some values otherwise: strict reading adds the schema's error on those cells, nothing else.
            Without(messy, ValueSpellingCodes).ShouldBe(Without(original, ValueSpellingCodes), rendering);
            original.Where(e => ValueSpellingCodes.Contains(e[..7], StringComparison.Ordinal)).ShouldBeSubsetOf(messy);
        }
        else
        {
            messy.ShouldBe(original, rendering);
        }
    }

    [Fact]
    public void Utf16WithoutByteOrderMark_IsDetected_AndIsNotTheStandardsEncoding()
    {
        var (header, rows) = ValidMohon();
        var text = Encoding.UTF8.GetString(MessyCsv.Render(header, rows, new MessyDialect(), 1));
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text);

        var report = Validate(bytes, CsvReadingMode.Strict);

        report.Verdict.ShouldBe(ValidationVerdict.NotInStandardFormat);
        report.LinesRead.ShouldBe(rows.Count);
        var finding = report.Findings.Kept.Single(f => f.Code == FindingCodes.EncodingNotUtf8);
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Arguments.ShouldBe(["utf-16"]);
    }

    /// <summary>
    /// Mohon's CFU as converted, made valid: the step spelled as the schema does, the lines whose required cells the
    /// converter left empty removed, and the two C1 controls its labels hold (Windows-1252 dashes and apostrophes once
    /// read as ISO-8859-1) written as the characters they stood for, so that every rendering can encode them.
    /// </summary>
    private static (string[] Header, List<string?[]> Rows) ValidMohon()
    {
        var rows = MessyCsv.ReadRaw(RealFiles.Bytes(RealFiles.MohonCfu2023));
        var header = rows[0];
        var required = Schema.ScdlSchema.Latest.Columns.Where(c => c.Required).Select(c => Array.IndexOf(header, c.Name)).ToList();
        var valid = rows.Skip(1)
            .Where(r => required.All(i => r[i].Length > 0))
            .Select(r => r.Select(c => c == "Compte administratif" ? "compte administratif" : c.Replace('\u0096', '–').Replace('\u0092', '’')).ToArray<string?>())
            .ToList();
        valid.Count.ShouldBeGreaterThan(100);
        return (header, valid);
    }

    private static byte[] Render(IReadOnlyList<string> header, List<string?[]> rows, string rendering)
    {
        var dialect = rendering switch
        {
            "canonical" => new MessyDialect(),
            "byte order mark" => new MessyDialect { ByteOrderMark = true },
            "shuffled columns" => new MessyDialect { ShuffleColumns = true },
            "CR line breaks" => new MessyDialect { NewLine = "\r" },
            "semicolons" => new MessyDialect { Separator = ';' },
            "tabs" => new MessyDialect { Separator = '\t' },
            "windows-1252" => new MessyDialect { Encoding = MessyDialect.Windows1252 },
            "utf-16" => new MessyDialect { Encoding = new UnicodeEncoding(false, true) },
            "lower-case headers" => new MessyDialect { MessyHeaderNames = true },
            "trailing blank lines" => new MessyDialect { TrailingBlankLines = 2 },
            "BOM, lower-case shuffled headers" => new MessyDialect { ByteOrderMark = true, MessyHeaderNames = true, ShuffleColumns = true },
            "decimal comma" => new MessyDialect { DecimalComma = true },
            "thousands separators" => new MessyDialect { ThousandsSeparators = true },
            "capitalised enums" => new MessyDialect { MessyEnums = true },
            "tab, capitalised enums" => new MessyDialect { Separator = '\t', MessyEnums = true },
            "semicolons, windows-1252, decimal comma" => new MessyDialect { Separator = ';', Encoding = MessyDialect.Windows1252, DecimalComma = true },
            _ => throw new ArgumentOutOfRangeException(nameof(rendering), rendering, null),
        };
        return MessyCsv.Render(header, rows, dialect, seed: 11);
    }

    private static ValidationReport Validate(byte[] bytes, CsvReadingMode mode, string file = RealFiles.MohonCfu2023) =>
        new BudgetValidator(RealFiles.Options(file) with { Reader = new BudgetCsvReaderOptions { Mode = mode }, MaxFindingsKept = int.MaxValue })
            .Validate(new MemoryStream(bytes));

    private static List<Finding> Errors(ValidationReport report) => [.. report.Findings.Kept.Where(f => f.Severity == FindingSeverity.Error)];

    private static List<string> ContentErrors(ValidationReport report) =>
    [
        .. Errors(report).Where(f => FindingCodes.Describe(f.Code)!.Category == FindingCategory.Content)
            .Select(f => $"{f.Code}@{f.Location.Line}:{f.Location.Column}"),
    ];

    private static List<string> Without(List<string> errors, string codes) => [.. errors.Where(e => !codes.Contains(e[..7], StringComparison.Ordinal))];

    private static string Describe(ValidationReport report) =>
        string.Join(", ", report.Findings.CountsByCode.Select(c => $"{c.Key}={c.Value}"));
}
