using Scdl.Budget.Spreadsheets.Tests.Support;
using static Scdl.Budget.Spreadsheets.Tests.Support.Packages;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>
/// How the package is opened, as the Open Packaging Conventions say: the workbook found through the package's
/// relationships wherever it is, targets absolute or relative (<c>../</c>) and part names in any case, Transitional and
/// Strict namespaces, the sheet chosen by its relationship and state; a missing or dangling relationship is a damaged
/// workbook naming the part.
/// </summary>
public sealed class PackageStructureTests
{
    private static readonly string[][] Rows = [Workbooks.SchemaColumns, Line];

    /// <summary>A package as Excel lays it out: the workbook at <c>xl/workbook.xml</c>, targets relative to it.</summary>
    private static List<(string Name, string Text)> ExcelLayout(bool strict = false, string workbookProperties = "")
    {
        var shared = new List<string>();
        var sheet = Sheet(strict, Rows, shared);
        return
        [
            ("_rels/.rels", Relationships(Rel("rId1", "officeDocument", "xl/workbook.xml", strict))),
            ("xl/workbook.xml", Workbook(strict, workbookProperties, ("Budget", null, "rId1"))),
            ("xl/_rels/workbook.xml.rels", Relationships(Rel("rId1", "worksheet", "worksheets/sheet1.xml", strict), Rel("rId2", "sharedStrings", "sharedStrings.xml", strict))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", SharedStrings(strict, shared)),
        ];
    }

    private static byte[] Zip(IEnumerable<(string Name, string Text)> parts) => Hostile.Zip([("[Content_Types].xml", ContentTypes(parts)), .. parts]);

    private static List<(string Name, string Text)> Replace(List<(string Name, string Text)> parts, string name, string? text)
    {
        var index = parts.FindIndex(p => p.Name == name);
        if (text is null)
        {
            parts.RemoveAt(index);
        }
        else
        {
            parts[index] = (name, text);
        }

        return parts;
    }

    private static string ReadLineText(byte[] package, SpreadsheetReaderOptions? options = null)
    {
        var record = Read(new MemoryStream(package), options).Single(r => r.Line is not null);
        record.LineNumber.ShouldBe(2);
        return ToCsv(record.Line!);
    }

    private static ScdlFormatException ReadFails(byte[] package, SpreadsheetReaderOptions? options = null) =>
        Should.Throw<ScdlFormatException>(() => Read(new MemoryStream(package), options));

    private static string SheetRead(byte[] package, SpreadsheetReaderOptions? options = null)
    {
        using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(package), options);
        reader.ReadHeader();
        return reader.SheetName!;
    }

    [Fact]
    public void Read_ExcelLayout_ReadsTheLine() =>
        ReadLineText(Zip(ExcelLayout())).ShouldBe(ReadLineText(Workbooks.Build(("Budget", new[] { Header(), Row() }))));

    [Fact]
    public void Read_AbsoluteTargets_ReadsTheLine()
    {
        var parts = ExcelLayout();
        Replace(parts, "_rels/.rels", Relationships(Rel("rId1", "officeDocument", "/xl/workbook.xml")));
        Replace(parts, "xl/_rels/workbook.xml.rels", Relationships(Rel("rId1", "worksheet", "/xl/worksheets/sheet1.xml"), Rel("rId2", "sharedStrings", "/xl/sharedStrings.xml")));

        ReadLineText(Zip(parts)).ShouldBe(ReadLineText(Zip(ExcelLayout())));
    }

    [Fact]
    public void Read_WorkbookPartElsewhere_TargetsResolvedFromIt()
    {
        var shared = new List<string>();
        var sheet = Sheet(false, Rows, shared);
        var package = Zip(
        [
            ("_rels/.rels", Relationships(Rel("rId3", "extended-properties", "docProps/app.xml"), Rel("rId1", "officeDocument", "./book/main.xml"))),
            ("book/main.xml", Workbook(false, string.Empty, ("Budget", null, "s1"))),
            ("book/_rels/main.xml.rels", Relationships(
                Rel("link", "hyperlink", "https://www.collectivites-locales.gouv.fr/", external: true),
                Rel("s1", "worksheet", "../data/sheets/../sheets/first.xml"),
                Rel("t", "sharedStrings", "text/strings.xml"))),
            ("data/sheets/first.xml", sheet),
            ("book/text/strings.xml", SharedStrings(false, shared)),
        ]);

        ReadLineText(package).ShouldBe(ReadLineText(Zip(ExcelLayout())));
    }

    [Fact]
    public void Read_DamagedSheetElsewhere_NamesItsPart()
    {
        var package = Zip(
        [
            ("_rels/.rels", Relationships(Rel("rId1", "officeDocument", "/book/main.xml"))),
            ("book/main.xml", Workbook(false, string.Empty, ("Budget", null, "s1"))),
            ("book/_rels/main.xml.rels", Relationships(Rel("s1", "worksheet", "../data/first.xml"))),
            ("data/first.xml", Sheet(false, Rows)[..^30]),
        ]);

        var exception = ReadFails(package);

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe("data/first.xml");
    }

    [Fact]
    public void Read_PartNamesInAnotherCase_Found()
    {
        var parts = ExcelLayout();
        Replace(parts, "_rels/.rels", Relationships(Rel("rId1", "officeDocument", "XL/Workbook.XML")));
        var relationships = parts.Single(p => p.Name == "xl/_rels/workbook.xml.rels").Text;
        Replace(parts, "xl/_rels/workbook.xml.rels", null);
        parts.Add(("Xl/_Rels/WORKBOOK.xml.rels", relationships.Replace("worksheets/sheet1.xml", "Worksheets/Sheet1.xml", StringComparison.Ordinal)));

        ReadLineText(Zip(parts)).ShouldBe(ReadLineText(Zip(ExcelLayout())));
    }

    [Fact]
    public void Read_PercentEncodedTarget_FoundUnderEitherName()
    {
        var parts = ExcelLayout();
        var sheet = parts.Single(p => p.Name == "xl/worksheets/sheet1.xml").Text;
        Replace(parts, "xl/worksheets/sheet1.xml", null);
        Replace(parts, "xl/_rels/workbook.xml.rels", Relationships(Rel("rId1", "worksheet", "worksheets/feuille%20%C3%A9t%C3%A9.xml"), Rel("rId2", "sharedStrings", "shared%53trings.xml")));
        parts.Add(("xl/worksheets/feuille été.xml", sheet));

        ReadLineText(Zip(parts)).ShouldBe(ReadLineText(Zip(ExcelLayout())));
    }

    [Fact]
    public void Read_StrictWorkbook_SameLineAsTransitional() =>
        ReadLineText(Zip(ExcelLayout(strict: true))).ShouldBe(ReadLineText(Zip(ExcelLayout())));

    [Theory]
    [InlineData(false, "date1904=\"1\"", 2022)]
    [InlineData(true, "date1904=\"true\"", 2022)]
    [InlineData(true, "date1904=\"false\"", 2017)]
    [InlineData(false, "", 2017)]
    public void Read_YearAsDate_CountedFromTheWorkbooksBase(bool strict, string properties, int year)
    {
        // 43100 is 2017-12-31 counted from 1900, 2022-01-01 from 1904; the cell's style shows the year.
        var parts = ExcelLayout(strict, properties);
        Replace(parts, "xl/_rels/workbook.xml.rels", Relationships(
            Rel("rId1", "worksheet", "worksheets/sheet1.xml", strict), Rel("rId2", "sharedStrings", "sharedStrings.xml", strict), Rel("rId3", "styles", "styles.xml", strict)));
        var sheet = parts.Single(p => p.Name == "xl/worksheets/sheet1.xml").Text;
        var yearCell = sheet.IndexOf("<c r=\"B2\"", StringComparison.Ordinal);
        var yearEnd = sheet.IndexOf("</c>", yearCell, StringComparison.Ordinal) + 4;
        Replace(parts, "xl/worksheets/sheet1.xml", sheet[..yearCell] + "<c r=\"B2\" s=\"1\"><v>43100</v></c>" + sheet[yearEnd..]);
        parts.Add(("xl/styles.xml", $"<styleSheet xmlns=\"{(strict ? StrictMain : TransitionalMain)}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"));

        var record = Read(new MemoryStream(Zip(parts))).Single(r => r.LineNumber == 2);

        record.Line.ShouldNotBeNull().Year.ShouldBe(year);
        record.Findings.ShouldContain(f => f.Code == FindingCodes.SpreadsheetDateAsYear);
    }

    [Fact]
    public void Read_NoContentTypes_ReadsTheLine() =>
        ReadLineText(Hostile.Zip([.. ExcelLayout()])).ShouldBe(ReadLineText(Zip(ExcelLayout())));

    [Fact]
    public void Read_TwoPartsOfTheSameName_Damaged()
    {
        var parts = ExcelLayout();
        parts.Add(("XL/Workbook.xml", parts.Single(p => p.Name == "xl/workbook.xml").Text));

        var exception = ReadFails(Zip(parts));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe(["XL/Workbook.xml", "two parts of this name"]);
    }

    [Fact]
    public void Read_WordDocument_DamagedNoWorkbook()
    {
        var package = Zip(
        [
            ("_rels/.rels", Relationships(Rel("rId1", "officeDocument", "word/document.xml"))),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"),
        ]);

        var exception = ReadFails(package);

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe(["word/document.xml", "no workbook element"]);
    }

    [Fact]
    public void Read_NoPackageRelationships_DamagedNamingThem()
    {
        var exception = ReadFails(Zip(Replace(ExcelLayout(), "_rels/.rels", null)));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe("_rels/.rels");
    }

    [Fact]
    public void Read_NoWorkbookRelationship_DamagedNamingThePackageRelationships()
    {
        var parts = Replace(ExcelLayout(), "_rels/.rels", Relationships(Rel("rId1", "extended-properties", "docProps/app.xml"), Rel("rId2", "officeDocument", "https://example.org/workbook.xml", external: true)));

        var exception = ReadFails(Zip(parts));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe(["_rels/.rels", "no workbook"]);
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/sharedStrings.xml")]
    public void Read_RelationshipToAMissingPart_DamagedNamingIt(string part)
    {
        var exception = ReadFails(Zip(Replace(ExcelLayout(), part, null)));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe([part, "missing"]);
    }

    [Theory]
    [InlineData("_rels/.rels")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    [InlineData("xl/workbook.xml")]
    public void Read_MalformedPart_DamagedNamingIt(string part)
    {
        var parts = ExcelLayout();
        var text = parts.Single(p => p.Name == part).Text;

        var exception = ReadFails(Zip(Replace(parts, part, text[..^20])));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe(part);
    }

    [Fact]
    public void Read_RelationshipTargetOutsideThePackage_Damaged()
    {
        var parts = Replace(ExcelLayout(), "xl/_rels/workbook.xml.rels", Relationships(Rel("rId1", "worksheet", "../../../worksheets/sheet1.xml"), Rel("rId2", "sharedStrings", "sharedStrings.xml")));

        var exception = ReadFails(Zip(parts));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments[0].ShouldBe("xl/_rels/workbook.xml.rels");
    }

    [Fact]
    public void Read_SheetWhoseIdDoesNotResolve_Skipped()
    {
        var parts = ExcelLayout();
        Replace(parts, "xl/workbook.xml", Workbook(false, string.Empty, ("Ghost", null, "rId9"), ("Notes", null, string.Empty), ("Chart", null, "rId4"), ("Budget", null, "rId1")));
        var relationships = parts.Single(p => p.Name == "xl/_rels/workbook.xml.rels").Text;
        Replace(parts, "xl/_rels/workbook.xml.rels", relationships.Replace("</Relationships>", "<Relationship Id=\"rId4\" Type=\"" + TransitionalRelationships + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>", StringComparison.Ordinal));

        SheetRead(Zip(parts)).ShouldBe("Budget");
        var exception = ReadFails(Zip(parts), new SpreadsheetReaderOptions { SheetName = "Ghost" });
        exception.Code.ShouldBe(FindingCodes.SpreadsheetSheetNotFound);
        exception.Arguments.ShouldBe(["Ghost", "'Budget'"]);
    }

    [Fact]
    public void Read_NoSheetIdResolves_DamagedNoWorksheet()
    {
        var parts = Replace(ExcelLayout(), "xl/workbook.xml", Workbook(false, string.Empty, ("Ghost", null, "rId9")));

        var exception = ReadFails(Zip(parts));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe(["xl/workbook.xml", "no worksheet"]);
    }

    [Fact]
    public void Read_NoWorkbookRelationshipsPart_DamagedNoWorksheet()
    {
        var exception = ReadFails(Zip(Replace(ExcelLayout(), "xl/_rels/workbook.xml.rels", null)));

        exception.Code.ShouldBe(FindingCodes.SpreadsheetDamaged);
        exception.Arguments.ShouldBe(["xl/workbook.xml", "no worksheet"]);
    }

    /// <summary>Three sheets on the same part, each with its state: which one is read.</summary>
    private static byte[] ThreeSheets(bool strict, string? first, string? second, string? third)
    {
        var parts = ExcelLayout(strict);
        Replace(parts, "xl/workbook.xml", Workbook(strict, string.Empty, ("Codes", first, "rId1"), ("Listes", second, "rId1"), ("Budget", third, "rId1")));
        return Zip(parts);
    }

    [Theory]
    [InlineData(false, "veryHidden", "hidden", null, "Budget")]
    [InlineData(true, "veryHidden", "hidden", "visible", "Budget")]
    [InlineData(false, "hidden", "visible", null, "Listes")]
    [InlineData(false, "hidden", "hidden", "veryHidden", "Codes")]
    [InlineData(false, null, "hidden", null, "Codes")]
    public void Read_HiddenSheets_FirstVisibleOrElseFirst(bool strict, string? first, string? second, string? third, string expected) =>
        SheetRead(ThreeSheets(strict, first, second, third)).ShouldBe(expected);

    [Fact]
    public void Read_HiddenSheetByName_ReadsIt() =>
        SheetRead(ThreeSheets(false, "veryHidden", "hidden", null), new SpreadsheetReaderOptions { SheetName = "LISTES" }).ShouldBe("Listes");

    [Fact]
    public async Task ReadRecordsAsync_WorkbookPartElsewhere_SameAsSync()
    {
        var parts = ExcelLayout(strict: true);
        Replace(parts, "_rels/.rels", Relationships(Rel("rId1", "officeDocument", "/Classeur.xml", strict: true)));
        parts.Add(("Classeur.xml", parts.Single(p => p.Name == "xl/workbook.xml").Text));
        parts.Add(("_rels/Classeur.xml.rels", Relationships(Rel("rId1", "worksheet", "xl/worksheets/sheet1.xml", strict: true), Rel("rId2", "sharedStrings", "/xl/sharedStrings.xml", strict: true))));
        var package = Zip(parts);

        var lines = new List<string>();
        var reader = BudgetSpreadsheetReader.Create(new MemoryStream(package));
        await using (reader)
        {
            await foreach (var record in reader.ReadRecordsAsync())
            {
                lines.AddRange(record.Line is null ? [] : [ToCsv(record.Line)]);
            }
        }

        lines.ShouldBe([ReadLineText(package)]);
        ReadLineText(package).ShouldBe(ReadLineText(Zip(ExcelLayout())));
    }
}
