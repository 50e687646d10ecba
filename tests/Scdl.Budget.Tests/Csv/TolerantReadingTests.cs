using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Schema;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Tests.Csv;

public sealed class TolerantReadingTests
{
    private static readonly string[] Header = [.. ScdlSchema.Latest.Columns.Select(c => c.Name)];

    private static (BudgetCsvReader Reader, List<BudgetRecord> Records) ReadAll(byte[] bytes, BudgetCsvReaderOptions? options = null)
    {
        var reader = BudgetCsvReader.Create(new MemoryStream(bytes), options ?? BudgetCsvReaderOptions.Tolerant);
        var records = reader.ReadRecords().ToList();
        return (reader, records);
    }

    private static byte[] Messy(MessyDialect dialect, int count = 20, int seed = 7) =>
        MessyCsv.Render(Header, MessyCsv.Cells(SampleLines.Generate(seed, count)), dialect, seed);

    [Fact]
    public void Read_SemicolonWindows1252DecimalComma_DetectsTheDialect()
    {
        var bytes = Messy(new MessyDialect { Separator = ';', Encoding = MessyDialect.Windows1252, DecimalComma = true });

        var (reader, records) = ReadAll(bytes);

        reader.Dialect!.Separator.ShouldBe(';');
        reader.Dialect.Encoding.CodePage.ShouldBe(1252);
        reader.Dialect.DecimalSeparator.ShouldBe(',');
        reader.Dialect.HasHeader.ShouldBeTrue();
        reader.Dialect.LineBreak.ShouldBe(LineBreakKind.CrLf);
        reader.Dialect.IsCanonical.ShouldBeFalse();
        records.Where(r => r.Line is not null).Select(r => r.Line).ShouldBe(SampleLines.Generate(7, 20));
        var header = records[0];
        header.Line.ShouldBeNull();
        header.Findings.Select(f => f.Code).ShouldContain(FindingCodes.EncodingNotUtf8);
        header.Findings.Select(f => f.Code).ShouldContain(FindingCodes.SeparatorNotComma);
        records.SelectMany(r => r.Findings).ShouldContain(f => f.Code == FindingCodes.DecimalComma && f.Severity == FindingSeverity.Error);
        records.SelectMany(r => r.Findings).Where(f => f.Severity == FindingSeverity.Error).ShouldAllBe(f => FindingCodes.Describe(f.Code)!.Category == FindingCategory.Format);
    }

    [Theory]
    [InlineData('\t')]
    [InlineData('|')]
    [InlineData(',')]
    public void Read_Separator_IsDetectedDespiteSeparatorsInQuotedLabels(char separator)
    {
        var (reader, records) = ReadAll(Messy(new MessyDialect { Separator = separator, NewLine = "\n" }));

        reader.Dialect!.Separator.ShouldBe(separator);
        reader.Dialect.LineBreak.ShouldBe(LineBreakKind.Lf);
        records.Count(r => r.Line is not null).ShouldBe(20);
    }

    [Fact]
    public void Read_Utf16WithBom_IsDecoded()
    {
        var (reader, records) = ReadAll(Messy(new MessyDialect { Encoding = new UnicodeEncoding(false, true), Separator = ';' }));

        reader.Dialect!.Encoding.WebName.ShouldBe("utf-16");
        reader.Dialect.HasByteOrderMark.ShouldBeTrue();
        records.Where(r => r.Line is not null).Select(r => r.Line).ShouldBe(SampleLines.Generate(7, 20));
        records[0].Findings.Select(f => f.Code).ShouldContain(FindingCodes.ByteOrderMark);
    }

    [Fact]
    public void Read_CanonicalFile_HasCanonicalDialectAndNoFinding()
    {
        var text = Support.Csv.Write(SampleLines.Generate(3, 10));

        var (reader, records) = ReadAll(Encoding.UTF8.GetBytes(text));

        reader.Dialect!.IsCanonical.ShouldBeTrue();
        records.Count.ShouldBe(10);
        records.SelectMany(r => r.Findings).Where(f => f.Code != FindingCodes.InvalidLength).ShouldBeEmpty();
    }

    [Fact]
    public void Read_ForcedDialect_WinsOverDetection()
    {
        var bytes = Messy(new MessyDialect { Separator = ';', Encoding = MessyDialect.Windows1252 });
        var options = BudgetCsvReaderOptions.Tolerant with { Encoding = Encoding.Latin1, Separator = ';', DecimalSeparator = ',' };

        var (reader, records) = ReadAll(bytes, options);

        reader.Dialect!.Encoding.ShouldBe(Encoding.Latin1);
        reader.Dialect.DecimalSeparator.ShouldBe(',');
        records.Count(r => r.Line is not null).ShouldBe(20);
    }

    [Fact]
    public void Read_Strict_DetectsTheDialectToo_AndReportsItAsAnError()
    {
        var bytes = Messy(new MessyDialect { Separator = ';', Encoding = MessyDialect.Windows1252, MessyHeaderNames = true });

        var (reader, records) = ReadAll(bytes, BudgetCsvReaderOptions.Default);

        reader.Dialect!.Separator.ShouldBe(';');
        reader.Dialect.Encoding.CodePage.ShouldBe(1252);
        records.Where(r => r.Line is not null).Select(r => r.Line).ShouldBe(SampleLines.Generate(7, 20));
        var header = records[0];
        header.Kind.ShouldBe(RecordKind.Header);
        header.Findings.Select(f => f.Code).ShouldContain(FindingCodes.EncodingNotUtf8);
        header.Findings.Select(f => f.Code).ShouldContain(FindingCodes.SeparatorNotComma);
        header.Findings.Select(f => f.Code).ShouldContain(FindingCodes.HeaderNameNotExact);
        header.Findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Read_InexactHeaderNames_AreMatchedAndReported()
    {
        var header = Support.Csv.Header.Replace("BGT_NATDEC", " bgt_natdec ", StringComparison.Ordinal).Replace("BGT_ANNEE", "Annee", StringComparison.Ordinal)
            .Replace("BGT_SIRET", "BGT_Siret", StringComparison.Ordinal);

        var records = Support.Csv.Read(header + "\n" + Support.Csv.ValidRow, BudgetCsvReaderOptions.Tolerant);

        records[1].Line.ShouldNotBeNull();
        var findings = records[0].Findings.Where(f => f.Code == FindingCodes.HeaderNameNotExact).ToList();
        findings.Select(f => (f.Value, f.Location.Column)).ShouldBe([(" bgt_natdec ", "BGT_NATDEC"), ("Annee", "BGT_ANNEE"), ("BGT_Siret", "BGT_SIRET")]);
        findings.ShouldAllBe(f => f.Location.Line == 1);
    }

    [Theory]
    [InlineData("BGT_NATDEC", "budget primitif", "Budget primitif", BudgetStep.BudgetPrimitif)]
    [InlineData("BGT_NATDEC", "budget primitif", "BP", BudgetStep.BudgetPrimitif)]
    [InlineData("BGT_NATDEC", "budget primitif", "budget supplementaire", BudgetStep.BudgetSupplementaire)]
    [InlineData("BGT_NATDEC", "budget primitif", "DM", BudgetStep.DecisionModificative)]
    [InlineData("BGT_NATDEC", "budget primitif", "Compte administratif", BudgetStep.CompteAdministratif)]
    [InlineData("BGT_NATDEC", "budget primitif", "CFU", BudgetStep.CompteFinancierUnique)]
    [InlineData("BGT_NATDEC", "budget primitif", "compte financier unique", BudgetStep.CompteFinancierUnique)]
    [InlineData("BGT_NATDEC", "budget primitif", "  CA ", BudgetStep.CompteAdministratif)]
    public void Read_InexactStep_IsAcceptedAndReported(string column, string canonical, string written, BudgetStep expected)
    {
        var record = ReadRowWith(column, canonical, written);

        record.Line!.Step.ShouldBe(expected);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.EnumValueNotExact);
        record.Findings[0].Value.ShouldBe(written);
        record.Findings[0].Location.Column.ShouldBe(column);
    }

    [Theory]
    [InlineData("fonctionnement", "I", "Section", "Investissement")]
    [InlineData("fonctionnement", "FONCTIONNEMENT", "Section", "Fonctionnement")]
    [InlineData("réel", "reel", "OperationKind", "Reel")]
    [InlineData("réel", "1", "OperationKind", "Ordre")]
    [InlineData("dépense", "depense", "Direction", "Depense")]
    [InlineData("dépense", "R", "Direction", "Recette")]
    [InlineData("non spécialisé", "Specialise", "SpecializedArticle", "Specialise")]
    [InlineData("non spécialisé", "false", "SpecializedArticle", "NonSpecialise")]
    public void Read_EnumFormss_AreAcceptedAndReported(string canonical, string written, string property, string expected)
    {
        var record = ReadRowWith(null, canonical, written);

        var value = typeof(BudgetLine).GetProperty(property)!.GetValue(record.Line!)!;
        value.ToString().ShouldBe(expected);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.EnumValueNotExact);
    }

    [Theory]
    [InlineData("1500.50", "\"1 500,50\"", 1500.50)]
    [InlineData("1500.50", "1\u00A0500.50", 1500.50)]
    [InlineData("1500.50", "\"1.500,50\"", 1500.50)]
    [InlineData("1500.50", "\"1,500.50\"", 1500.50)]
    [InlineData("1500.50", "-12 345", -12345)]
    [InlineData("1500.50", "1500.50 €", 1500.50)]
    public void Read_NotPlainAmounts_KeepTheExactValue(string canonical, string written, double expected)
    {
        var record = ReadRowWith(null, canonical, written);

        record.Line!.MontantVote.ShouldBe((decimal)expected);
        var finding = record.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.NumberNotPlain);
        finding.Location.Column.ShouldBe("BGT_MTPREV");
    }

    [Fact]
    public void Read_DecimalCommaAmount_KeepsItsScaleAndIsReported()
    {
        var record = ReadRowWith(null, "1500.50", "\"100,50\"");

        record.Line!.MontantVote!.Value.Scale.ShouldBe((byte)2);
        var finding = record.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.DecimalComma);
        finding.Location.ShouldBe(new SourceLocation(2, "BGT_MTPREV"));
        finding.Value.ShouldBe("100,50");
    }

    [Fact]
    public void Read_ExponentAmount_IsInformation_InTolerantModeOnly()
    {
        var tolerant = ReadRowWith(null, "1500.50", "1.5E8");
        var strict = Support.Csv.Read(Support.Csv.Header + "\n" + Support.Csv.ValidRow.Replace("1500.50", "1.5E8", StringComparison.Ordinal))[0];

        tolerant.Line!.MontantVote.ShouldBe(150_000_000m);
        tolerant.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.NumberInExponentNotation);
        tolerant.Findings[0].Severity.ShouldBe(FindingSeverity.Info);
        strict.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_YearWithDecimals_IsAcceptedAndReported()
    {
        var record = ReadRowWith(null, ",2022,", ",2022.0,");

        record.Line!.Year.ShouldBe(2022);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.YearNotPlain);
    }

    [Fact]
    public void Read_SiretInExponentNotation_IsAnErrorNamingTheDamage()
    {
        var record = ReadRowWith(null, "21560046100085", "2.1560046E+13");

        record.Line.ShouldBeNull();
        var finding = record.Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.SiretInExponentNotation);
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Location.ShouldBe(new SourceLocation(2, "BGT_SIRET"));
        finding.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).ShouldContain("perdus");
    }

    [Fact]
    public void Read_SiretWithSpaces_IsCleanedAndReported()
    {
        var record = ReadRowWith(null, "21560046100085", "215 600 461 00085");

        record.Line!.Siret.ToString().ShouldBe("21560046100085");
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.SiretNotPlain);
    }

    [Fact]
    public void Read_StrictMode_StillReportsEveryDeviationAsAnError()
    {
        var row = Support.Csv.ValidRow.Replace("budget primitif", "BP", StringComparison.Ordinal).Replace("1500.50", "\"1500,50\"", StringComparison.Ordinal)
            .Replace(",2022,", ",2022.0,", StringComparison.Ordinal).Replace("dépense", "depense", StringComparison.Ordinal);

        var strict = Support.Csv.Read(Support.Csv.Header + "\n" + row)[0];
        var tolerant = Support.Csv.Read(Support.Csv.Header + "\n" + row, BudgetCsvReaderOptions.Tolerant)[0];

        strict.Findings.Select(f => f.Code).ShouldBe([FindingCodes.ValueNotAllowed, FindingCodes.InvalidYear, FindingCodes.ValueNotAllowed, FindingCodes.InvalidNumber]);
        tolerant.Findings.Select(f => f.Code).ShouldBe([FindingCodes.EnumValueNotExact, FindingCodes.YearNotPlain, FindingCodes.EnumValueNotExact, FindingCodes.DecimalComma]);
        tolerant.Findings.Select(f => f.Location).ShouldBe(strict.Findings.Select(f => f.Location));

        // Both are errors: strict ones about the content (as frictionless says), tolerant ones about the format. Both read the values.
        strict.Findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error && FindingCodes.Describe(f.Code)!.Category == FindingCategory.Content);
        tolerant.Findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error && FindingCodes.Describe(f.Code)!.Category == FindingCategory.Format);
        strict.Line.ShouldNotBeNull();
        strict.Line.ShouldBe(tolerant.Line);
        strict.Line.MontantVote.ShouldBe(1500.50m);
    }

    [Fact]
    public void Read_TrailingBlankLines_AreSkippedAsFormatErrors()
    {
        var records = Support.Csv.Read(Support.Csv.Header + "\r\n" + Support.Csv.ValidRow + "\r\n\r\n\r\n", BudgetCsvReaderOptions.Tolerant);

        records.Count(r => r.Line is not null).ShouldBe(1);
        records.Where(r => r.Kind == RecordKind.Blank).Select(r => r.LineNumber).ShouldBe([3L, 4L]);
        records.SelectMany(r => r.Findings).ShouldAllBe(f => f.Code == FindingCodes.BlankLineSkipped && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void Read_EmptyRowOfAnyDialect_IsABlankLine(char separator)
    {
        var header = Support.Csv.Header.Replace(',', separator);
        var row = Support.Csv.ValidRow.Replace(',', separator);
        var empty = new string(separator, 21);

        var strict = Support.Csv.Read(header + "\r\n" + row + "\r\n" + empty + "\r\n" + row + "\r\n");
        var tolerant = Support.Csv.Read(header + "\r\n" + row + "\r\n" + empty + "\r\n" + row + "\r\n", BudgetCsvReaderOptions.Tolerant);

        strict.Single(r => r.LineNumber == 3).Kind.ShouldBe(RecordKind.Blank);
        strict.Single(r => r.LineNumber == 3).Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.BlankRow);
        tolerant.Single(r => r.LineNumber == 3).Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.BlankLineSkipped);
        strict.Count(r => r.Line is not null).ShouldBe(2);
    }

    [Fact]
    public void Read_NoHeader_IsDetectedAndNeedsTheOptIn()
    {
        var bytes = Messy(new MessyDialect { WithHeader = false, Separator = ';' });

        var exception = Should.Throw<ScdlFormatException>(() => ReadAll(bytes));
        exception.Code.ShouldBe(FindingCodes.NoHeader);
        exception.Line.ShouldBe(1);

        var (reader, records) = ReadAll(bytes, BudgetCsvReaderOptions.Tolerant with { HasHeader = false });
        reader.Dialect!.HasHeader.ShouldBeFalse();
        records.Where(r => r.Line is not null).Select(r => r.Line).ShouldBe(SampleLines.Generate(7, 20));
        records[0].Findings.Select(f => f.Code).ShouldContain(FindingCodes.ReadWithoutHeader);
    }

    [Fact]
    public void Read_HeaderWhenPositionalWasAsked_IsStillReadAsTheHeader()
    {
        var (reader, records) = ReadAll(Messy(new MessyDialect { ShuffleColumns = true }), BudgetCsvReaderOptions.Tolerant with { HasHeader = false });

        reader.HeaderLineNumber.ShouldBe(1);
        records.Count(r => r.Line is not null).ShouldBe(20);
    }

    [Fact]
    public async Task ReadAsync_GivesTheSameRecordsAsRead()
    {
        var bytes = Messy(new MessyDialect { Separator = ';', Encoding = MessyDialect.Windows1252, DecimalComma = true, MessyEnums = true });

        var sync = BudgetCsv.Read(new MemoryStream(bytes), BudgetCsvReaderOptions.Tolerant).ToList();
        var asyncRecords = new List<BudgetRecord>();
        await foreach (var record in BudgetCsv.ReadAsync(new MemoryStream(bytes), BudgetCsvReaderOptions.Tolerant))
        {
            asyncRecords.Add(record);
        }

        asyncRecords.Select(r => r.Line).ShouldBe(sync.Select(r => r.Line));
        asyncRecords.SelectMany(r => r.Findings).ShouldBe(sync.SelectMany(r => r.Findings));
    }

    [Fact]
    public void Read_TextReader_DetectsSeparatorAndDecimalComma()
    {
        var bytes = Messy(new MessyDialect { Separator = '|', DecimalComma = true });

        using var reader = BudgetCsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes)), BudgetCsvReaderOptions.Tolerant);
        var records = reader.ReadRecords().ToList();

        reader.Dialect!.Separator.ShouldBe('|');
        reader.Dialect.DecimalSeparator.ShouldBe(',');
        records.Where(r => r.Line is not null).Select(r => r.Line).ShouldBe(SampleLines.Generate(7, 20));
    }

    [Theory]
    [InlineData(CsvReadingMode.Strict)]
    [InlineData(CsvReadingMode.Tolerant)]
    public void Read_LateNonUtf8Line_AfterAValidPrefix_IsReadAsWindows1252AndReportedOnce(CsvReadingMode mode)
    {
        var latin = Encoding.Latin1.GetBytes(Support.Csv.ValidRow + "\n");
        var bytes = Encoding.UTF8.GetBytes(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n").Concat(latin).Concat(latin).ToArray();

        var (_, records) = ReadAll(bytes, new BudgetCsvReaderOptions { Mode = mode, SniffSize = 100 });

        records.Select(r => r.Line).ShouldAllBe(l => l != null && l.ChapterLabel == "Charges à caractère général");
        records.Count.ShouldBe(3);
        var finding = records.SelectMany(r => r.Findings).ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.LineNotUtf8);
        finding.Location.Line.ShouldBe(3);
        finding.Severity.ShouldBe(FindingSeverity.Error);
        finding.Arguments[0].ShouldContain("0xE0");
    }

    [Fact]
    public void Read_LateNonUtf8Line_WhenUtf8IsForced_IsAClearEncodingError()
    {
        var bytes = Encoding.UTF8.GetBytes(Support.Csv.Header + "\n" + Support.Csv.ValidRow + "\n").Concat(Encoding.Latin1.GetBytes(Support.Csv.ValidRow + "\n")).ToArray();

        var exception = Should.Throw<ScdlFormatException>(() => ReadAll(bytes, BudgetCsvReaderOptions.Tolerant with { SniffSize = 100, Encoding = Encoding.UTF8 }));

        exception.Code.ShouldBe(FindingCodes.InvalidEncoding);
        exception.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData('.', 1234, FindingCodes.NumberNotPlain)]
    [InlineData(',', 1.234, FindingCodes.DecimalComma)]
    public void Read_AmbiguousSeparatorWithThreeDigits_FollowsTheDecimalSeparator(char decimalSeparator, double expected, string code)
    {
        var row = Support.Csv.ValidRow.Replace("1500.50", "\"1,234\"", StringComparison.Ordinal);

        var record = Support.Csv.Read(Support.Csv.Header + "\n" + row, BudgetCsvReaderOptions.Tolerant with { DecimalSeparator = decimalSeparator }).Single();

        record.Line!.MontantVote.ShouldBe((decimal)expected);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    private static BudgetRecord ReadRowWith(string? column, string canonical, string written)
    {
        _ = column;
        var row = Support.Csv.ValidRow.Replace(canonical, written, StringComparison.Ordinal);
        row.ShouldNotBe(Support.Csv.ValidRow);
        return Support.Csv.Read(Support.Csv.Header + "\n" + row, BudgetCsvReaderOptions.Tolerant).Single();
    }
}
