using System.IO.Compression;
using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// An <c>.xlsx</c> workbook opened for reading one worksheet. The ZIP package, checked by <see cref="PackageGuard"/>, is
/// read as the Open Packaging Conventions say: the package's relationships (<c>_rels/.rels</c>) name the workbook part,
/// whose own relationships name its worksheets, shared strings and styles, in Transitional or Strict OOXML. The small
/// parts (relationships, workbook, styles, shared strings) are read whole; the worksheet is streamed by <see cref="SheetRowReader"/>.
/// </summary>
/// <remarks>
/// Only the relationships followed are checked: one to a part that is not in the package is a damaged workbook when the
/// part is needed (the workbook, the chosen worksheet, the shared strings, the styles), and is not looked at otherwise.
/// The content types (<c>[Content_Types].xml</c>) are not needed: the relationship's type says what a part is.
/// </remarks>
internal sealed partial class XlsxWorkbook : IDisposable
{
    private const string PackageRelationships = "_rels/.rels";

    /// <summary>The most bytes read from a part that lists relationships or sheets (a workbook part of many sheets and names is a few hundred kilobytes).</summary>
    private const long MaxListPartSize = 64L << 20;

    private readonly ZipArchive _zip;
    private readonly SpreadsheetReaderOptions _options;
    private readonly ZipArchiveEntry _sheet;
    private readonly ZipArchiveEntry? _sharedStrings;
    private readonly ZipArchiveEntry? _styles;

    private XlsxWorkbook(ZipArchive zip, SpreadsheetReaderOptions options, string sheetName, bool date1904, ZipArchiveEntry sheet, ZipArchiveEntry? sharedStrings, ZipArchiveEntry? styles)
    {
        _zip = zip;
        _options = options;
        SheetName = sheetName;
        Date1904 = date1904;
        _sheet = sheet;
        _sharedStrings = sharedStrings;
        _styles = styles;
    }

    /// <summary>Gets the name of the worksheet read.</summary>
    public string SheetName { get; }

    /// <summary>Gets whether dates count from 1904 rather than 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>Gets the shared strings (loaded by <see cref="LoadParts"/>).</summary>
    public string[] SharedStrings { get; private set; } = [];

    /// <summary>Gets the number formats of the cell styles (loaded by <see cref="LoadParts"/>).</summary>
    public CellStyles Styles { get; private set; } = CellStyles.None;

    /// <summary>Gets the name of the worksheet's part, such as <c>xl/worksheets/sheet1.xml</c>.</summary>
    public string SheetPartName => PartName(_sheet);

    /// <summary>Opens the package in a seekable stream and chooses the worksheet; nothing of the sheet is read yet.</summary>
    /// <exception cref="ScdlFormatException">The package is not an <c>.xlsx</c>, is damaged, too large, or has no such worksheet.</exception>
    public static XlsxWorkbook Open(Stream stream, SpreadsheetReaderOptions options)
    {
        var zip = PackageGuard.Open(stream, options);
        try
        {
            return Choose(zip, Parts(zip), options);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Opens the worksheet's rows.</summary>
    public SheetRowReader OpenRows(bool async) => new(OpenPart(_sheet, inMemory: false), SheetPartName, SharedStrings, async);

    public void Dispose() => _zip.Dispose();

    /// <summary>Gets the entries of the package by part name (without the leading slash, any case); folders left out.</summary>
    private static Dictionary<string, ZipArchiveEntry> Parts(ZipArchive zip)
    {
        var parts = new Dictionary<string, ZipArchiveEntry>(PartNames.Comparer);
        foreach (var entry in zip.Entries)
        {
            var name = PartName(entry);
            if (name.Length > 0 && name[^1] != '/' && !parts.TryAdd(name, entry))
            {
                throw SheetThrow.Damaged(name, "two parts of this name");
            }
        }

        return parts;
    }

    private static XlsxWorkbook Choose(ZipArchive zip, Dictionary<string, ZipArchiveEntry> parts, SpreadsheetReaderOptions options)
    {
        var package = ReadRelationships(parts, PackageRelationships, options) ?? throw SheetThrow.Damaged(PackageRelationships, "missing");
        var workbookName = Follow(package.Find(r => r.IsPartOf("officeDocument")) ?? throw SheetThrow.Damaged(PackageRelationships, "no workbook"), string.Empty);
        var workbookPart = Find(parts, workbookName) ?? throw SheetThrow.Damaged(workbookName, "missing");
        workbookName = PartName(workbookPart);
        var relationships = ReadRelationships(parts, PartNames.RelationshipsOf(workbookName), options) ?? [];
        var workbook = Read(workbookPart, options, WorkbookSheets.Load);

        var byId = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            byId.TryAdd(relationship.Id, relationship);
        }

        var sheets = new List<(WorkbookSheet Sheet, Relationship Part)>();
        foreach (var sheet in workbook.Sheets)
        {
            if (sheet.RelationshipId is { } id && byId.TryGetValue(id, out var relationship) && relationship.IsPartOf("worksheet"))
            {
                sheets.Add((sheet, relationship));
            }
        }

        if (sheets.Count == 0)
        {
            throw SheetThrow.Damaged(workbookName, "no worksheet");
        }

        var chosen = options.SheetName is { } name
            ? sheets.Find(s => string.Equals(s.Sheet.Name, name, StringComparison.OrdinalIgnoreCase))
            : sheets.Find(s => !s.Sheet.Hidden);
        if (chosen.Sheet is null)
        {
            if (options.SheetName is not null)
            {
                throw SheetThrow.SheetNotFound(options.SheetName, sheets.Select(s => s.Sheet.Name));
            }

            chosen = sheets[0];
        }

        var sheetPart = Required(parts, Follow(chosen.Part, workbookName));
        var sharedStrings = relationships.Find(r => r.IsPartOf("sharedStrings")) is { } strings ? Required(parts, Follow(strings, workbookName)) : null;
        var styles = relationships.Find(r => r.IsPartOf("styles")) is { } stylesheet ? Required(parts, Follow(stylesheet, workbookName)) : null;
        return new XlsxWorkbook(zip, options, chosen.Sheet.Name, workbook.Date1904, sheetPart, sharedStrings, styles);

        static string Follow(Relationship relationship, string source) =>
            PartNames.Resolve(source, relationship.Target)
            ?? throw SheetThrow.Damaged(PartNames.RelationshipsOf(source), "target '" + Finding.Shorten(relationship.Target) + "' is no part of the package");
    }

    /// <summary>Finds a part by name, as written or, percent-encoded, as decoded.</summary>
    private static ZipArchiveEntry? Find(Dictionary<string, ZipArchiveEntry> parts, string name) =>
        parts.GetValueOrDefault(name) ?? (name.Contains('%', StringComparison.Ordinal) ? parts.GetValueOrDefault(Uri.UnescapeDataString(name)) : null);

    private static ZipArchiveEntry Required(Dictionary<string, ZipArchiveEntry> parts, string name) => Find(parts, name) ?? throw SheetThrow.Damaged(name, "missing");

    /// <summary>Reads a relationships part, or gives <see langword="null"/> when there is none.</summary>
    private static List<Relationship>? ReadRelationships(Dictionary<string, ZipArchiveEntry> parts, string name, SpreadsheetReaderOptions options) =>
        Find(parts, name) is { } part ? Read(part, options, Relationships.Load) : null;

    /// <summary>Reads a part that lists relationships or sheets.</summary>
    private static T Read<T>(ZipArchiveEntry entry, SpreadsheetReaderOptions options, Func<Stream, T> parse)
    {
        using var part = OpenPart(entry, options, MaxListPartSize);
        return Parse(entry, () => parse(part));
    }

    private static string PartName(ZipArchiveEntry entry) => entry.FullName.Replace('\\', '/').TrimStart('/');

    private static T Parse<T>(ZipArchiveEntry entry, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException or FormatException && exception is not ScdlFormatException)
        {
            throw SheetThrow.Damaged(PartName(entry), exception.Message, cause: exception);
        }
    }

    private LimitedStream OpenPart(ZipArchiveEntry entry, bool inMemory) => OpenPart(entry, _options, inMemory ? _options.MaxPartInMemorySize : null);

    /// <summary>
    /// Opens a part, refusing more bytes than declared, and than <paramref name="sizeLimit"/> for a part held in memory
    /// (<see cref="SpreadsheetReaderOptions.MaxPartInMemorySize"/>) or listing relationships or sheets.
    /// </summary>
    private static LimitedStream OpenPart(ZipArchiveEntry entry, SpreadsheetReaderOptions options, long? sizeLimit)
    {
        var name = PartName(entry);
        var limit = Math.Min(entry.Length, options.MaxUncompressedSize);
        if (limit > sizeLimit)
        {
            throw SheetThrow.TooLarge(name, entry.Length, 0, sizeLimit.Value, options);
        }

        Stream stream;
        try
        {
            stream = entry.Open();
        }
        catch (InvalidDataException exception)
        {
            throw SheetThrow.Damaged(name, exception.Message, cause: exception);
        }

        return new LimitedStream(stream, name, limit, options);
    }
}
