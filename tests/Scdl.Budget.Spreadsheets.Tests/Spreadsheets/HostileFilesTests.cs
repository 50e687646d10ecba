using System.Buffers.Binary;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Spreadsheets.Tests.Support;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>What is not a readable .xlsx gives one clear <see cref="ScdlFormatException"/>; validation turns it into a finding.</summary>
public sealed class HostileFilesTests
{
    private const string SheetPart = "xl/worksheets/sheet1.xml";

    private static byte[] Valid() => Workbook(Row(), Row()).ToArray();

    private static ScdlFormatException ReadFails(byte[] bytes, SpreadsheetReaderOptions? options = null) =>
        Should.Throw<ScdlFormatException>(() => Read(new MemoryStream(bytes), options));

    [Fact]
    public void Read_CsvRenamedXlsx_NotXlsxWithItsFirstBytes()
    {
        var exception = ReadFails(RealFiles.Bytes(RealFiles.All[1]));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetNotXlsx);
        exception.Arguments.ShouldBe(["4247545F4E415444"]); // "BGT_NATD"
        exception.Message.ShouldContain("not a ZIP package");
    }

    [Fact]
    public void Read_RandomBytes_NotXlsx()
    {
        var bytes = new byte[4096];
        new Random(15).NextBytes(bytes);
        bytes[0] = 0x42;

        ReadFails(bytes).Code.ShouldBe(FindingCodes.SpreadsheetNotXlsx);
    }

    [Fact]
    public void Read_Empty_NotXlsx() => ReadFails([]).Code.ShouldBe(FindingCodes.SpreadsheetNotXlsx);

    [Fact]
    public void Read_EncryptedWorkbook_Encrypted() =>
        ReadFails(Hostile.CompoundDocument("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage")).Code.ShouldBe(FindingCodes.SpreadsheetEncrypted);

    [Fact]
    public void Read_Excel97Workbook_OtherFormat()
    {
        var exception = ReadFails(Hostile.CompoundDocument("Workbook", "\u0005SummaryInformation"));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetOtherFormat);
        exception.Arguments.ShouldBe(["Excel 97-2003 (.xls)"]);
    }

    [Fact]
    public void Read_OpenDocumentSpreadsheet_OtherFormat()
    {
        var exception = ReadFails(Hostile.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetOtherFormat);
        exception.Arguments.ShouldBe(["OpenDocument (.ods)"]);
    }

    [Fact]
    public void Read_ZipWithoutWorkbook_Damaged() =>
        ReadFails(Hostile.Zip(("word/document.xml", "<document/>"))).Code.ShouldBe(FindingCodes.SpreadsheetDamaged);

    [Fact]
    public void Read_TruncatedWorkbook_Damaged()
    {
        var valid = Valid();

        ReadFails(valid[..(valid.Length / 2)]).Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
    }

    [Fact]
    public void Read_ZipBombPart_RefusedBeforeExpanding()
    {
        var bomb = Hostile.WithZeros(Valid(), "xl/media/image1.bin", 64L << 20);

        var exception = ReadFails(bomb);

        exception.Code.ShouldBe(FindingCodes.SpreadsheetTooLarge);
        exception.Arguments[0].ShouldBe("xl/media/image1.bin");
        long.Parse(exception.Arguments[2], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Read_WorkbookLargerThanTheLimit_Refused() =>
        ReadFails(Valid(), new SpreadsheetReaderOptions { MaxUncompressedSize = 2000 }).Code.ShouldBe(FindingCodes.SpreadsheetTooLarge);

    [Fact]
    public void Read_SharedStringsLargerThanHeldInMemory_Refused()
    {
        var exception = ReadFails(Valid(), new SpreadsheetReaderOptions { MaxPartInMemorySize = 100 });

        exception.Code.ShouldBe(FindingCodes.SpreadsheetTooLarge);
        exception.Arguments[0].ShouldBe("xl/sharedStrings.xml");
        exception.Arguments[3].ShouldBe("100");
    }

    [Fact]
    public void Read_PartLargerThanDeclared_NeverExpandedBeyond()
    {
        var lying = Hostile.WithDeclaredSize(Valid(), SheetPart, 100);

        ReadFails(lying).Code.ShouldBeOneOf(FindingCodes.SpreadsheetDamaged, FindingCodes.SpreadsheetTooLarge);
    }

    [Fact]
    public void Read_MalformedSheetXml_DamagedWithRow()
    {
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>BGT_NATDEC</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c><c";

        var exception = ReadFails(Hostile.WithPart(Valid(), SheetPart, sheet));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe(SheetPart);
        exception.Line.ShouldBe(2);
    }

    [Fact]
    public void Read_DamagedPackageRelationships_Damaged()
    {
        // Found by the fuzzing tests, when the package's relationships were read lazily, on the first part asked for.
        var exception = ReadFails(Hostile.WithPart(Valid(), "_rels/.rels", "<?xml version=\"1.0\" encodin?><Relationships/>"));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe("_rels/.rels");
    }

    [Fact]
    public void Read_DamagedCompressedSheet_Damaged()
    {
        // Found by the fuzzing tests (seed 7): damaged deflated data in the sheet let the ZIP library's InvalidDataException out.
        var bytes = Valid();
        var header = LocalHeader(bytes, SheetPart);
        var data = header + 30 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 28));
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 8)).ShouldBe((ushort)8, "the sheet is deflated");
        bytes[data] = 0xFF; // a last deflate block of the reserved type 11

        var exception = ReadFails(bytes);

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe(SheetPart);
        Should.Throw<ScdlFormatException>(async () =>
        {
            using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(bytes));
            await foreach (var record in reader.ReadRecordsAsync())
            {
                record.ShouldNotBeNull();
            }
        }).Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
    }

    [Theory]
    [InlineData(14)] // LZMA
    [InlineData(99)] // AES, as 7-Zip writes a part encrypted
    public void Read_PartCompressedByAnUnsupportedMethod_DamagedNamingIt(ushort method)
    {
        var bytes = Valid();
        var header = LocalHeader(bytes, SheetPart);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(header + 8), method);
        var central = CentralHeader(bytes, SheetPart);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(central + 10), method);

        var exception = ReadFails(bytes);

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe(SheetPart);
    }

    private static int CentralHeader(byte[] zip, string name)
    {
        var wanted = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 + wanted.Length <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)) == wanted.Length
                && zip.AsSpan(i + 46, wanted.Length).SequenceEqual(wanted))
            {
                return i;
            }
        }

        throw new InvalidOperationException(name + " is not in the package's directory");
    }

    private static int LocalHeader(byte[] zip, string name)
    {
        var wanted = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 30 + wanted.Length <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x04034b50
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 26)) == wanted.Length
                && zip.AsSpan(i + 30, wanted.Length).SequenceEqual(wanted))
            {
                return i;
            }
        }

        throw new InvalidOperationException(name + " is not in the package");
    }

    [Fact]
    public void Read_SheetWithDtd_Refused()
    {
        var sheet = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";

        ReadFails(Hostile.WithPart(Valid(), SheetPart, sheet)).Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
    }

    [Fact]
    public void Read_SharedStringOutOfRange_DamagedWithRow()
    {
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>9999</v></c></row></sheetData></worksheet>";

        var exception = ReadFails(Hostile.WithPart(Valid(), SheetPart, sheet));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Line.ShouldBe(3);
    }

    [Fact]
    public void Read_NoSuchSheet_NamesTheSheets()
    {
        var workbook = Workbooks.Build(("Notes", [[XCell.Text("x")]]), ("Budget 2022", [Header(), Row()]));

        var exception = ReadFails(workbook, new SpreadsheetReaderOptions { SheetName = "Budget" });

        exception.Code.ShouldBe(FindingCodes.SpreadsheetSheetNotFound);
        exception.Arguments.ShouldBe(["Budget", "'Notes', 'Budget 2022'"]);
    }

    [Fact]
    public void Read_NamedSheet_ReadsIt()
    {
        var workbook = Workbooks.Build(("Notes", [[XCell.Text("x")]]), ("Budget 2022", [Header(), Row()]));

        var records = Read(new MemoryStream(workbook), new SpreadsheetReaderOptions { SheetName = "budget 2022" });

        records.Count(r => r.Line is not null).ShouldBe(1);
        records[0].Findings[0].Arguments.ShouldBe(["Budget 2022"]);
    }

    [Fact]
    public void Read_HiddenFirstSheet_ReadsTheFirstVisible()
    {
        var workbook = Workbooks.Build([("Lists", true, [[XCell.Text("x")]]), ("Budget", false, [Header(), Row()])]);

        using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(workbook));
        reader.ReadRecords().Count(r => r.Line is not null).ShouldBe(1);
        reader.SheetName.ShouldBe("Budget");
    }

    [Fact]
    public void Read_SheetWithoutRequiredColumn_CsvReadersExceptionAtTheHeadersRow()
    {
        var rows = new[] { new XCell?[] { null }, new XCell?[] { XCell.Text("BGT_NATDEC"), XCell.Text("BGT_ANNEE") } };

        var exception = ReadFails(Workbooks.Build(("Budget", rows)));

        exception.Code.ShouldBe(FindingCodes.MissingRequiredColumn);
        exception.Line.ShouldBe(2);
    }

    [Fact]
    public void Validate_Unreadable_ErrorFindingNoException()
    {
        var report = BudgetSpreadsheet.Validate(new MemoryStream(RealFiles.Bytes(RealFiles.All[1])), "budget.xlsx");

        report.IsValid.ShouldBeFalse();
        report.Verdict.ShouldBe(Validation.ValidationVerdict.Unreadable);
        report.Findings.Kept.ShouldHaveSingleItem().Code.ShouldBe(FindingCodes.SpreadsheetNotXlsx);
    }

    [Fact]
    public void Normalize_Unreadable_OutputLeftUnchanged()
    {
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData>
        {
            ["/in/budget.xlsx"] = new(Hostile.WithZeros(Valid(), "xl/media/image1.bin", 64L << 20)),
            ["/out/budget.csv"] = new("before"),
        });

        Should.Throw<ScdlFormatException>(() => BudgetSpreadsheet.Normalize(fileSystem, "/in/budget.xlsx", "/out/budget.csv"))
            .Code.ShouldBe(FindingCodes.SpreadsheetTooLarge);
        fileSystem.File.ReadAllText("/out/budget.csv").ShouldBe("before");
        fileSystem.Directory.GetFiles("/out").ShouldBe(["/out/budget.csv"]);
    }

    public static TheoryData<string, byte[], bool> Signatures => new()
    {
        { "workbook", Valid(), true },
        { "empty ZIP package", [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0], true },
        { "OpenDocument", Hostile.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), true },
        { "truncated workbook", Valid()[..100], true },
        { "Excel 97-2003", Hostile.CompoundDocument("Workbook"), true },
        { "encrypted workbook", Hostile.CompoundDocument("EncryptionInfo", "EncryptedPackage"), true },
        { "real CSV", RealFiles.Bytes(RealFiles.All[1]), false },
        { "UTF-8 byte order mark then text", [0xEF, 0xBB, 0xBF, 0x42, 0x47, 0x54], false },
        { "'PK' as text", "PK,2022\n"u8.ToArray(), false },
        { "three bytes of a signature", [0x50, 0x4B, 0x03], false },
        { "empty", [], false },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void HasSpreadsheetSignature_TellsPackagesFromText(string input, byte[] bytes, bool expected)
    {
        BudgetSpreadsheet.HasSpreadsheetSignature(bytes.AsSpan(0, Math.Min(8, bytes.Length))).ShouldBe(expected, input);
        BudgetSpreadsheet.HasSpreadsheetSignature(bytes).ShouldBe(expected, "more bytes than the signature are ignored");
    }
}
