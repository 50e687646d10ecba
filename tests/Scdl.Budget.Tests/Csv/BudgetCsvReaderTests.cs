using System.Text;
using Scdl.Budget.Csv;
using static Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Csv;

public sealed class BudgetCsvReaderTests
{
    [Fact]
    public void Read_ValidRow_GivesTypedLineWithoutFindings()
    {
        var records = Read(Header + "\r\n" + ValidRow + "\r\n");

        var record = records.ShouldHaveSingleItem();
        record.Findings.ShouldBeEmpty();
        record.LineNumber.ShouldBe(2);
        var line = record.Line.ShouldNotBeNull();
        line.Step.ShouldBe(BudgetStep.BudgetPrimitif);
        line.Year.ShouldBe(2022);
        line.Siret.ToString().ShouldBe("21560046100085");
        line.AuthorityName.ShouldBe("CRACH");
        line.AccountCode.ShouldBe("60611");
        line.AccountLabel.ShouldBe("Eau et assainissement");
        line.ChapterCode.ShouldBe("011");
        line.ChapterLabel.ShouldBe("Charges à caractère général");
        line.FunctionCode.ShouldBeNull();
        line.Section.ShouldBe(BudgetSection.Fonctionnement);
        line.OperationKind.ShouldBe(OperationKind.Reel);
        line.Direction.ShouldBe(FlowDirection.Depense);
        line.MontantVote.ShouldBe(1500.50m);
        line.Realisations.ShouldBeNull();
        line.SpecializedArticle.ShouldBe(SpecializedArticle.NonSpecialise);
    }

    [Fact]
    public void Read_TotemConvention_SwapsAccountAndChapter()
    {
        var line = Read(Header + "\n" + ValidRow, new BudgetCsvReaderOptions { ColumnConvention = ColumnConvention.TotemConverters })[0].Line!;
        line.ChapterCode.ShouldBe("60611");
        line.AccountCode.ShouldBe("011");
        line.AccountLabel.ShouldBe("Charges à caractère général");
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_MatchedByNameWithAWarning()
    {
        var names = Header.Split(',');
        var cells = ValidRow.Split(',');
        (names[0], names[1]) = (names[1], names[0]);
        (cells[0], cells[1]) = (cells[1], cells[0]);

        var records = Read(string.Join(',', names) + "\n" + string.Join(',', cells));

        records[0].Line.ShouldBeNull();
        records[0].LineNumber.ShouldBe(1);
        records[0].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.MisorderedColumns);
        records[1].Line!.Year.ShouldBe(2022);
        records[1].Line!.Step.ShouldBe(BudgetStep.BudgetPrimitif);
    }

    [Fact]
    public void Read_HeaderProblems_AreOnTheHeaderLine_ErrorsWhereValidataRejectsThem()
    {
        var names = Header.Split(',').Where(n => n != "BGT_FONCTION").ToList();
        names.Add("BGT_ID");
        names.Add("BGT_NOM");
        names.Add(string.Empty);
        var cells = ValidRow.Split(',').ToList();
        cells.RemoveAt(8);
        cells.AddRange(["42", "CRACH", string.Empty]);

        var records = Read(string.Join(',', names) + "\n" + string.Join(',', cells));

        records[0].Kind.ShouldBe(RecordKind.Header);
        records[0].Findings.Select(f => (f.Code, f.Severity, f.Location.Column)).ShouldBe(
        [
            (FindingCodes.ExtraColumn, FindingSeverity.Warning, "BGT_ID"),
            (FindingCodes.DuplicateColumn, FindingSeverity.Error, "BGT_NOM"),
            (FindingCodes.BlankColumnName, FindingSeverity.Error, null),
            (FindingCodes.MissingOptionalColumn, FindingSeverity.Warning, "BGT_FONCTION"),
        ]);
        records[1].Findings.ShouldBeEmpty();
        records[1].Line!.FunctionCode.ShouldBeNull();
    }

    [Fact]
    public void Read_MissingRequiredColumn_ThrowsNamingColumnAndLine()
    {
        var header = Header.Replace("BGT_SIRET,", string.Empty, StringComparison.Ordinal);
        var exception = Should.Throw<ScdlFormatException>(() => Read(header + "\n" + ValidRow));
        exception.Code.ShouldBe(FindingCodes.MissingRequiredColumn);
        exception.Line.ShouldBe(1);
        exception.Column.ShouldBe("BGT_SIRET");
        exception.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")).ShouldContain("BGT_SIRET");
        exception.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr")).ShouldContain("colonne obligatoire BGT_SIRET");
    }

    [Theory]
    [InlineData("", FindingCodes.EmptyInput)]
    [InlineData("\r\n\r\n", FindingCodes.EmptyInput)]
    [InlineData("a,b,c\n1,2,3\n", FindingCodes.NoHeader)]
    public void Read_UnreadableInput_ThrowsScdlFormatException(string text, string code) =>
        Should.Throw<ScdlFormatException>(() => Read(text)).Code.ShouldBe(code);

    [Fact]
    public void Read_BinaryData_ThrowsNotText()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x0A };
        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(bytes)).ToList());
        exception.Code.ShouldBe(FindingCodes.UnreadableInput);
        exception.Line.ShouldBe(1);
    }

    [Fact]
    public void Read_Windows1252Bytes_AreDetectedAndReportedAsAFormatError()
    {
        var text = Header + "\n" + ValidRow + "\n" + ValidRow + "\n";
        var records = BudgetCsv.Read(new MemoryStream(Encoding.Latin1.GetBytes(text))).ToList();

        records[0].Kind.ShouldBe(RecordKind.Header);
        var finding = records[0].Findings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.EncodingNotUtf8);
        finding.Severity.ShouldBe(FindingSeverity.Error);
        records.Skip(1).ShouldAllBe(r => r.Line!.ChapterLabel == "Charges à caractère général" && r.Findings.Count == 0);
    }

    [Fact]
    public void Read_Windows1252Bytes_WhenUtf8IsForced_ThrowsInvalidEncodingWithLine()
    {
        var text = Header + "\n" + ValidRow + "\n" + ValidRow + "\n";
        var bytes = Encoding.Latin1.GetBytes(text);
        var exception = Should.Throw<ScdlFormatException>(() => BudgetCsv.Read(new MemoryStream(bytes), new BudgetCsvReaderOptions { Encoding = Encoding.UTF8 }).ToList());
        exception.Code.ShouldBe(FindingCodes.InvalidEncoding);
        exception.Line.ShouldBe(2);
        exception.Message.ShouldContain("0xE0");
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsANoteOnly()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\n" + ValidRow)).ToArray();
        var records = BudgetCsv.Read(new MemoryStream(bytes)).ToList();

        records.Count.ShouldBe(2);
        var note = records[0].Findings.ShouldHaveSingleItem();
        (note.Code, note.Severity).ShouldBe((FindingCodes.ByteOrderMark, FindingSeverity.Info));
        records[1].Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Read_HeaderOnly_GivesOneRecordSayingThereIsNoData()
    {
        var record = Read(Header + "\r\n").ShouldHaveSingleItem();

        record.Kind.ShouldBe(RecordKind.File);
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.NoDataLines);
    }

    [Fact]
    public void Read_BlankRows_AreReportedWithTheirLine()
    {
        var records = Read(Header + "\n" + ValidRow + "\n\n" + ",,,,,,,,,,,,,,,,,,,,,\n" + ValidRow + "\n");

        records.Select(r => (r.LineNumber, r.Kind)).ShouldBe([(2L, RecordKind.Data), (3L, RecordKind.Blank), (4L, RecordKind.Blank), (5L, RecordKind.Data)]);
        records[1].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.BlankRow);
        records[2].Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.BlankRow);
    }

    [Fact]
    public void Read_ShortAndLongRows_ReportMissingAndExtraCells()
    {
        var shortRow = ValidRow[..ValidRow.LastIndexOf(',')];
        var longRow = ValidRow + ",oops,again";

        var records = Read(Header + "\n" + shortRow + "\n" + longRow + "\n");

        var missing = records[0].Findings.ShouldHaveSingleItem();
        missing.Code.ShouldBe(FindingCodes.MissingCell);
        missing.Location.ShouldBe(new SourceLocation(2, "BGT_ARTSPE"));
        records[0].Line.ShouldNotBeNull().SpecializedArticle.ShouldBeNull();
        records[1].Findings.Select(f => (f.Code, f.Value)).ShouldBe([(FindingCodes.ExtraCell, "oops"), (FindingCodes.ExtraCell, "again")]);
        records[1].Line.ShouldNotBeNull();
    }

    [Fact]
    public void Read_InvalidCells_AreFindingsNamingTheConstraint()
    {
        var row = "Compte administratif,2022.0,2.1560046E+13,CRACH,60611,,0123456789,Chap,,,,investissement,reel,dépense,\"1 234,56\",NaN,1E3,-12.5,,,,oui";

        var record = Read(Header + "\n" + row).ShouldHaveSingleItem();

        record.Line.ShouldBeNull();
        record.Findings.Select(f => (f.Code, f.Location.Column, f.Value)).ShouldBe(
        [
            (FindingCodes.ValueNotAllowed, "BGT_NATDEC", "Compte administratif"),
            (FindingCodes.InvalidYear, "BGT_ANNEE", "2022.0"),
            (FindingCodes.InvalidSiretFormat, "BGT_SIRET", "2.1560046E+13"),
            (FindingCodes.RequiredValueMissing, "BGT_CONTNAT_LABEL", string.Empty),
            (FindingCodes.InvalidLength, "BGT_NATURE", "0123456789"),
            (FindingCodes.ValueNotAllowed, "BGT_OPBUDG", "reel"),
            (FindingCodes.InvalidNumber, "BGT_MTREAL", "1 234,56"),
            (FindingCodes.InvalidNumber, "BGT_MTBUDGPREC", "NaN"),
            (FindingCodes.ValueNotAllowed, "BGT_ARTSPE", "oui"),
        ]);
        record.Findings.ShouldAllBe(f => f.Severity == FindingSeverity.Error && f.Location.Line == 2);
        record.Findings[0].GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr"))
            .ShouldBe("« Compte administratif » n'est pas une valeur autorisée de BGT_NATDEC : exactement l'une de 'budget primitif', 'budget supplémentaire', 'décision modificative', 'compte administratif' est attendue.");
    }

    [Fact]
    public void Read_ExponentAmount_IsANumber()
    {
        var line = Read(Header + "\n" + ValidRow.Replace("1500.50", "1E3", StringComparison.Ordinal))[0].Line!;
        line.MontantVote.ShouldBe(1000m);
    }

    [Fact]
    public void Read_EmptyRequiredText_KeepsTheLineAndReportsIt()
    {
        var row = ValidRow.Replace(",Eau et assainissement,", ",,", StringComparison.Ordinal);
        var record = Read(Header + "\n" + row).ShouldHaveSingleItem();
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.RequiredValueMissing);
        record.Line.ShouldNotBeNull().AccountLabel.ShouldBe(string.Empty);
    }

    [Fact]
    public void Read_WrongSiretCheckDigit_KeepsTheLineAndReportsIt()
    {
        var record = Read(Header + "\n" + ValidRow.Replace("21560046100085", "21560046100086", StringComparison.Ordinal)).ShouldHaveSingleItem();
        record.Findings.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.InvalidSiretCheckDigit);
        record.Line!.Siret.IsCheckDigitValid.ShouldBeFalse();
        record.Line.Siret.ToString().ShouldBe("21560046100086");
    }

    [Fact]
    public void Read_QuotedFieldOverSeveralLines_KeepsTheLineWhereTheRecordStarts()
    {
        var row = ValidRow.Replace("Eau et assainissement", "\"Eau\r\net \"\"assainissement\"\"\"", StringComparison.Ordinal);
        var records = Read(Header + "\r\n" + row + "\r\n" + ValidRow + "\r\n");
        records[0].Line!.AccountLabel.ShouldBe("Eau\r\net \"assainissement\"");
        records.Select(r => r.LineNumber).ShouldBe([2L, 4L]);
    }

    [Fact]
    public void Read_MalformedQuotes_AreReported()
    {
        var row = ValidRow.Replace("Eau et assainissement", "Eau \"et\" assainissement", StringComparison.Ordinal);
        var record = Read(Header + "\n" + row).ShouldHaveSingleItem();
        record.Findings.ShouldContain(f => f.Code == FindingCodes.MalformedQuoting && f.Location.Line == 2);
    }

    [Fact]
    public void Read_UnclosedQuoteBeyondMaxRecordSize_ThrowsRecordTooLarge()
    {
        var text = Header + "\n\"" + new string('x', 5000);
        var exception = Should.Throw<ScdlFormatException>(() => Read(text, new BudgetCsvReaderOptions { MaxRecordSize = 1024 }));
        exception.Code.ShouldBe(FindingCodes.RecordTooLarge);
    }

    [Fact]
    public void Read_WithoutHeader_ReadsByPosition_AndSaysSo()
    {
        var records = Read(ValidRow + "\n" + ValidRow, new BudgetCsvReaderOptions { HasHeader = false });

        records.Count.ShouldBe(3);
        records[0].Kind.ShouldBe(RecordKind.File);
        var finding = records[0].Findings.ShouldHaveSingleItem();
        (finding.Code, finding.Severity).ShouldBe((FindingCodes.ReadWithoutHeader, FindingSeverity.Error));
        records.Skip(1).Select(r => r.LineNumber).ShouldBe([1L, 2L]);
        records.Skip(1).ShouldAllBe(r => r.Kind == RecordKind.Data && r.Line != null && r.Findings.Count == 0);
    }

    [Fact]
    public void Read_IsLazy_LinesBeforeAFailureAreYielded()
    {
        var text = Header + "\n" + ValidRow + "\n" + ValidRow + "\n\0\0\0\n";
        var seen = new List<long>();
        Should.Throw<ScdlFormatException>(() =>
        {
            foreach (var record in Read2(text))
            {
                seen.Add(record.LineNumber);
            }
        }).Code.ShouldBe(FindingCodes.UnreadableInput);
        seen.ShouldBe([2L, 3L]);

        static IEnumerable<BudgetRecord> Read2(string text) => BudgetCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Read_LeaveOpen_IsHonoured()
    {
        var open = new TrackingStream(Encoding.UTF8.GetBytes(Header + "\n" + ValidRow));
        BudgetCsv.Read(open, leaveOpen: true).Count().ShouldBe(1);
        open.Disposed.ShouldBeFalse();
        var closed = new TrackingStream(Encoding.UTF8.GetBytes(Header + "\n" + ValidRow));
        BudgetCsv.Read(closed).Count().ShouldBe(1);
        closed.Disposed.ShouldBeTrue();
    }

    [Fact]
    public void Read_EnumeratedTwice_Throws()
    {
        using var reader = BudgetCsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + ValidRow)));
        _ = reader.ReadRecords().ToList();
        Should.Throw<InvalidOperationException>(() => reader.ReadRecords());
    }

    [Fact]
    public async Task ReadAsync_GivesTheSameRecordsAsRead()
    {
        var text = Support.Csv.Write(Support.SampleLines.Generate(7, 300)) + "\n" + ValidRow.Replace("2022", "22", StringComparison.Ordinal) + "\n";
        var sync = Read(text);
        var async = new List<BudgetRecord>();
        await foreach (var record in BudgetCsv.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))))
        {
            async.Add(record);
        }

        async.Select(r => r.Line).ShouldBe(sync.Select(r => r.Line));
        async.SelectMany(r => r.Findings).ShouldBe(sync.SelectMany(r => r.Findings));
        async.Select(r => r.LineNumber).ShouldBe(sync.Select(r => r.LineNumber));
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var text = Support.Csv.Write(Support.SampleLines.Generate(7, 100));
        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in BudgetCsv.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
    }

    [Fact]
    public void Read_FromFileSystem_OpensLazilyAndCloses()
    {
        var fileSystem = new System.IO.Abstractions.TestingHelpers.MockFileSystem();
        fileSystem.AddFile("/data/budget.csv", new System.IO.Abstractions.TestingHelpers.MockFileData(Header + "\n" + ValidRow));
        var records = BudgetCsv.Read(fileSystem, "/data/budget.csv");
        fileSystem.File.Delete("/data/budget.csv");
        Should.Throw<FileNotFoundException>(() => records.ToList());
    }

    private sealed class TrackingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
