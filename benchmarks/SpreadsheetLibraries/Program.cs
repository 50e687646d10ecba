// Compares the .xlsx reading libraries served to this project on one generated sheet (docs/spreadsheets.md).
// Run each reader in its own process, under /usr/bin/time, so that the peak working set is the reader's alone:
//   dotnet run -c Release -- generate 100000 /tmp/sheet-100k.xlsx
//   /usr/bin/time -f '%e s %M KB' dotnet bin/Release/net10.0/SpreadsheetLibraries.dll openxml /tmp/sheet-100k.xlsx
// Readers: openxml (DocumentFormat.OpenXml's OpenXmlReader), openxml-xmlreader (the SDK opens the package, .NET's
// XmlReader reads the parts), raw (ZipArchive + XmlReader, no library), miniexcel, exceldatareader; ClosedXML 0.95.4
// needs DocumentFormat.OpenXml 2.x and lives in ClosedXmlReader/. Each reads every cell as text and prints a checksum.
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MiniExcelLibs;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: generate ROWS PATH | openxml|openxml-xmlreader|raw|miniexcel|exceldatareader PATH");
    return 2;
}

var watch = Stopwatch.StartNew();
(long Cells, long Chars) result = args[0] switch
{
    "generate" => Generate(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]),
    "openxml" => ReadOpenXml(args[1]),
    "raw" => ReadRaw(args[1]),
    "miniexcel" => ReadMiniExcel(args[1]),
    "exceldatareader" => ReadExcelDataReader(args[1]),
    "openxml-xmlreader" => ReadOpenXmlPackageWithXmlReader(args[1]),
    _ => throw new ArgumentException("unknown mode " + args[0]),
};
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{args[0]}: {result.Cells} cells, {result.Chars} chars in {watch.Elapsed.TotalSeconds:F2} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
return 0;

static (long, long) Generate(int rows, string path)
{
    string[] steps = ["budget primitif", "compte administratif", "décision modificative"];
    string[] labels = ["Charges à caractère général", "Autres honoraires, conseils", "Eau et assainissement", "Subventions d'équipement versées", "Dotation globale de fonctionnement"];
    string[] chapters = ["011", "012", "013", "014", "040", "042", "65", "66", "67", "70", "73", "74", "16", "20", "204", "21", "23"];
    string[] header = ["BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL", "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION", "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE"];
    var strings = new Dictionary<string, int>(StringComparer.Ordinal);
    var random = new Random(2026);
    using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
    var workbook = document.AddWorkbookPart();
    var styles = workbook.AddNewPart<WorkbookStylesPart>();
    styles.Stylesheet = new Stylesheet(
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true }) { Count = 2 });
    var sheet = workbook.AddNewPart<WorksheetPart>();
    long cells = 0;
    using (var writer = OpenXmlWriter.Create(sheet))
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        for (var r = 1; r <= rows + 1; r++)
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)r });
            for (var c = 0; c < header.Length; c++)
            {
                var reference = (c < 26 ? ((char)('A' + c)).ToString() : "") + r.ToString(CultureInfo.InvariantCulture);
                var cell = r == 1 ? Text(header[c]) : c switch
                {
                    0 => Text(steps[random.Next(steps.Length)]),
                    1 => Number(random.Next(2019, 2026).ToString(CultureInfo.InvariantCulture), 0),
                    2 => Number("21560046100085", 0),
                    3 => Text("CRACH"),
                    4 => Text(chapters[random.Next(chapters.Length)]),
                    5 or 7 or 9 => Text(labels[random.Next(labels.Length)]),
                    6 => Text(chapters[random.Next(chapters.Length)] + random.Next(0, 100).ToString(CultureInfo.InvariantCulture)),
                    8 => Text(random.Next(0, 999).ToString("D3", CultureInfo.InvariantCulture)),
                    10 => random.Next(4) == 0 ? Text(random.Next(1, 999).ToString(CultureInfo.InvariantCulture)) : null,
                    11 => Text(random.Next(2) == 0 ? "fonctionnement" : "investissement"),
                    12 => Text(random.Next(2) == 0 ? "réel" : "ordre"),
                    13 => Text(random.Next(2) == 0 ? "recette" : "dépense"),
                    >= 14 and <= 20 => random.Next(3) == 0 ? null : Number((random.Next(-10_000, 10_000_000) / 100m).ToString(CultureInfo.InvariantCulture), 1),
                    _ => Text("non spécialisé"),
                };
                if (cell is not null)
                {
                    cell.CellReference = reference;
                    writer.WriteElement(cell);
                    cells++;
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    var table = workbook.AddNewPart<SharedStringTablePart>();
    using (var writer = OpenXmlWriter.Create(table))
    {
        writer.WriteStartElement(new SharedStringTable());
        foreach (var text in strings.OrderBy(p => p.Value).Select(p => p.Key))
        {
            writer.WriteElement(new SharedStringItem(new Text(text)));
        }

        writer.WriteEndElement();
    }

    workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Budget" }));
    return (cells, new FileInfo(path).Exists ? 0 : 0);

    Cell Text(string text)
    {
        if (!strings.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings.Add(text, index);
        }

        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) };
    }

    static Cell Number(string value, uint style) => new() { CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };
}

static (long, long) ReadOpenXml(string path)
{
    using var document = SpreadsheetDocument.Open(path, false);
    var workbook = document.WorkbookPart!;
    var strings = new List<string>();
    if (workbook.SharedStringTablePart is { } table)
    {
        using var sst = OpenXmlReader.Create(table);
        while (sst.Read())
        {
            if (sst.ElementType == typeof(SharedStringItem) && sst.IsStartElement)
            {
                strings.Add(((SharedStringItem)sst.LoadCurrentElement()!).InnerText);
            }
        }
    }

    var sheetId = workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!;
    using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheetId));
    long cells = 0, chars = 0;
    string? type = null;
    while (reader.Read())
    {
        if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
        {
            type = null;
            foreach (var attribute in reader.Attributes)
            {
                if (attribute.LocalName == "t")
                {
                    type = attribute.Value;
                }
            }
        }
        else if (reader.ElementType == typeof(CellValue) && reader.IsStartElement)
        {
            var text = reader.GetText();
            var value = type == "s" ? strings[int.Parse(text, CultureInfo.InvariantCulture)] : text;
            cells++;
            chars += value.Length;
        }
    }

    return (cells, chars);
}

static (long, long) ReadRaw(string path)
{
    using var zip = ZipFile.OpenRead(path);
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };
    var strings = new List<string>();
    if (zip.GetEntry("xl/sharedStrings.xml") is { } sstEntry)
    {
        using var sst = XmlReader.Create(sstEntry.Open(), settings);
        while (sst.Read())
        {
            if (sst.NodeType == XmlNodeType.Element && sst.LocalName == "si")
            {
                var text = new System.Text.StringBuilder();
                using var item = sst.ReadSubtree();
                item.Read();
                while (!item.EOF)
                {
                    if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                    {
                        text.Append(item.ReadElementContentAsString());
                    }
                    else
                    {
                        item.Read();
                    }
                }

                strings.Add(text.ToString());
            }
        }
    }

    using var reader = XmlReader.Create(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open(), settings);
    return CountCells(reader, strings);
}

static (long, long) ReadMiniExcel(string path)
{
    long cells = 0, chars = 0;
    foreach (IDictionary<string, object?> row in MiniExcel.Query(path))
    {
        foreach (var value in row.Values)
        {
            if (value is not null)
            {
                cells++;
                chars += Convert.ToString(value, CultureInfo.InvariantCulture)!.Length;
            }
        }
    }

    return (cells, chars);
}

static (long, long) ReadExcelDataReader(string path)
{
    long cells = 0, chars = 0;
    System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // ExcelDataReader asks for code page 1252 even for .xlsx
    using var stream = File.OpenRead(path);
    using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
    while (reader.Read())
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetValue(i) is { } value)
            {
                cells++;
                chars += Convert.ToString(value, CultureInfo.InvariantCulture)!.Length;
            }
        }
    }

    return (cells, chars);
}

static (long, long) ReadOpenXmlPackageWithXmlReader(string path)
{
    using var document = SpreadsheetDocument.Open(path, false);
    var workbook = document.WorkbookPart!;
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    var strings = new List<string>();
    if (workbook.SharedStringTablePart is { } table)
    {
        using var sst = XmlReader.Create(table.GetStream(FileMode.Open, FileAccess.Read), settings);
        var text = new System.Text.StringBuilder();
        var inItem = false;
        while (sst.Read())
        {
            if (sst.NodeType == XmlNodeType.Element && sst.LocalName == "si")
            {
                text.Clear();
                inItem = !sst.IsEmptyElement;
                if (!inItem)
                {
                    strings.Add(string.Empty);
                }
            }
            else if (inItem && sst.NodeType == XmlNodeType.Element && sst.LocalName == "t")
            {
                text.Append(sst.ReadElementContentAsString());
                if (sst.NodeType == XmlNodeType.EndElement && sst.LocalName == "si")
                {
                    strings.Add(text.ToString());
                    inItem = false;
                }
            }
            else if (inItem && sst.NodeType == XmlNodeType.EndElement && sst.LocalName == "si")
            {
                strings.Add(text.ToString());
                inItem = false;
            }
        }
    }

    var sheetId = workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!;
    using var reader = XmlReader.Create(workbook.GetPartById(sheetId).GetStream(FileMode.Open, FileAccess.Read), settings);
    return CountCells(reader, strings);
}

// Reads the cells of a worksheet part: shared strings by index, other values as stored.
static (long, long) CountCells(XmlReader reader, List<string> strings)
{
    long cells = 0, chars = 0;
    string? type = null;
    while (reader.Read())
    {
        if (reader.NodeType != XmlNodeType.Element)
        {
            continue;
        }

        if (reader.LocalName == "c")
        {
            type = reader.GetAttribute("t");
        }
        else if (reader.LocalName == "v")
        {
            var text = reader.ReadElementContentAsString();
            var value = type == "s" ? strings[int.Parse(text, CultureInfo.InvariantCulture)] : text;
            cells++;
            chars += value.Length;
        }
    }

    return (cells, chars);
}
