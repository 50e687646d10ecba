using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// An <c>.xlsx</c> workbook opened for reading one worksheet: DocumentFormat.OpenXml opens the package (relationships,
/// content types, transitional or strict), the guard having checked it first; the small parts (workbook, styles,
/// shared strings) are read whole, the worksheet is streamed by <see cref="SheetRowReader"/>.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    /// <summary>The most characters the SDK reads from one part it parses itself (the workbook part, which lists the sheets).</summary>
    private const long MaxCharactersInSdkPart = 64L << 20;

    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, long> _sizes;
    private readonly SpreadsheetReaderOptions _options;
    private readonly WorksheetPart _sheet;

    private XlsxWorkbook(SpreadsheetDocument document, Dictionary<string, long> sizes, SpreadsheetReaderOptions options, string sheetName, WorksheetPart sheet, bool date1904)
    {
        _document = document;
        _sizes = sizes;
        _options = options;
        SheetName = sheetName;
        _sheet = sheet;
        Date1904 = date1904;
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
    public static XlsxWorkbook Open(Stream stream, SpreadsheetReaderOptions options)
    {
        var sizes = PackageGuard.Check(stream, options);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInSdkPart });
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw SheetThrow.Damaged("package", exception.Message, cause: exception);
        }

        try
        {
            return Choose(document, sizes, options);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            // The package's relationships are read lazily, on the first part asked for: their damage shows here.
            document.Dispose();
            throw SheetThrow.Damaged("package", exception.Message, cause: exception);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads the shared strings and the styles.</summary>
    public void LoadParts()
    {
        var workbook = _document.WorkbookPart!;
        if (workbook.SharedStringTablePart is { } strings)
        {
            using var part = OpenPart(strings, inMemory: true);
            SharedStrings = Parse(strings, () => Internal.SharedStrings.Load(part));
        }

        if (workbook.WorkbookStylesPart is { } styles)
        {
            using var part = OpenPart(styles, inMemory: true);
            Styles = Parse(styles, () => CellStyles.Load(part));
        }
    }

    /// <summary>Reads the shared strings and the styles asynchronously: each part is copied to memory, then parsed.</summary>
    public async Task LoadPartsAsync(CancellationToken cancellationToken)
    {
        var workbook = _document.WorkbookPart!;
        if (workbook.SharedStringTablePart is { } strings)
        {
            using var part = await BufferAsync(strings, cancellationToken).ConfigureAwait(false);
            SharedStrings = Parse(strings, () => Internal.SharedStrings.Load(part));
        }

        if (workbook.WorkbookStylesPart is { } styles)
        {
            using var part = await BufferAsync(styles, cancellationToken).ConfigureAwait(false);
            Styles = Parse(styles, () => CellStyles.Load(part));
        }
    }

    /// <summary>Opens the worksheet's rows.</summary>
    public SheetRowReader OpenRows(bool async) => new(OpenPart(_sheet, inMemory: false), SheetPartName, SharedStrings, async);

    public void Dispose() => _document.Dispose();

    /// <summary>Tells the exceptions of a damaged package (a damaged ZIP, missing or malformed parts) from the others.</summary>
    internal static bool IsDamage(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or InvalidOperationException or KeyNotFoundException
        && exception is not ScdlFormatException;

    private static XlsxWorkbook Choose(SpreadsheetDocument document, Dictionary<string, long> sizes, SpreadsheetReaderOptions options)
    {
        var workbookPart = document.WorkbookPart ?? throw SheetThrow.Damaged("xl/workbook.xml", "no workbook");
        Workbook workbook;
        try
        {
            workbook = workbookPart.Workbook;
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw SheetThrow.Damaged(PartName(workbookPart), exception.Message, cause: exception);
        }

        var sheets = new List<(string Name, bool Hidden, WorksheetPart Part)>();
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                var state = sheet.State?.Value;
                sheets.Add((sheet.Name?.Value ?? string.Empty, state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden, worksheet));
            }
        }

        if (sheets.Count == 0)
        {
            throw SheetThrow.Damaged(PartName(workbookPart), "no worksheet");
        }

        var chosen = options.SheetName is { } name
            ? sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            : sheets.FirstOrDefault(s => !s.Hidden);
        if (chosen.Part is null)
        {
            if (options.SheetName is not null)
            {
                throw SheetThrow.SheetNotFound(options.SheetName, sheets.Select(s => s.Name));
            }

            chosen = sheets[0];
        }

        var date1904 = workbook.WorkbookProperties?.Date1904?.Value == true;
        return new XlsxWorkbook(document, sizes, options, chosen.Name, chosen.Part, date1904);
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static T Parse<T>(OpenXmlPart part, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException)
        {
            throw SheetThrow.Damaged(PartName(part), exception.Message, cause: exception);
        }
    }

    /// <summary>Opens a part, refusing more bytes than declared, and, for a part held in memory, than <see cref="SpreadsheetReaderOptions.MaxPartInMemorySize"/>.</summary>
    private LimitedStream OpenPart(OpenXmlPart part, bool inMemory)
    {
        var name = PartName(part);
        var limit = _sizes.TryGetValue(name, out var declared) ? Math.Min(declared, _options.MaxUncompressedSize) : _options.MaxUncompressedSize;
        if (inMemory && limit > _options.MaxPartInMemorySize)
        {
            if (declared > _options.MaxPartInMemorySize)
            {
                throw SheetThrow.TooLarge(name, declared, 0, _options.MaxPartInMemorySize, _options);
            }

            limit = _options.MaxPartInMemorySize;
        }

        Stream stream;
        try
        {
            stream = part.GetStream(FileMode.Open, FileAccess.Read);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw SheetThrow.Damaged(name, exception.Message, cause: exception);
        }

        return new LimitedStream(stream, name, limit, _options);
    }

    private async Task<MemoryStream> BufferAsync(OpenXmlPart part, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var source = OpenPart(part, inMemory: true);
        await using (source.ConfigureAwait(false))
        {
            try
            {
                await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException exception)
            {
                throw SheetThrow.Damaged(PartName(part), exception.Message, cause: exception);
            }
        }

        buffer.Position = 0;
        return buffer;
    }
}
