using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// What the workbook part (<c>xl/workbook.xml</c>) says that the reader needs: its sheets in order, and whether its dates
/// count from 1904 (<c>workbookPr/@date1904</c>); Transitional and Strict namespaces alike.
/// </summary>
internal sealed class WorkbookSheets
{
    private static readonly string[] MainNamespaces = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];
    private static readonly string[] RelationshipNamespaces = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

    private WorkbookSheets(List<WorkbookSheet> sheets, bool date1904)
    {
        Sheets = sheets;
        Date1904 = date1904;
    }

    /// <summary>Gets the sheets, in the workbook's order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>Gets whether dates count from 1904 rather than 1900.</summary>
    public bool Date1904 { get; }

    /// <summary>Reads the workbook part.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    /// <exception cref="FormatException">The part is no workbook, or its <c>date1904</c> is no boolean.</exception>
    public static WorkbookSheets Load(Stream part)
    {
        var sheets = new List<WorkbookSheet>();
        var date1904 = false;
        using var reader = XmlReader.Create(part, PartXml.Settings);
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName is not "workbook" || !MainNamespaces.Contains(reader.NamespaceURI, StringComparer.Ordinal))
        {
            throw new FormatException("no workbook element");
        }

        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || !MainNamespaces.Contains(reader.NamespaceURI, StringComparer.Ordinal))
            {
                reader.Read();
                continue;
            }

            switch (reader.Depth, reader.LocalName)
            {
                case (1, "sheets"):
                    reader.Read();
                    continue;
                case (1, "workbookPr") when reader.GetAttribute("date1904") is { } value:
                    date1904 = ToBoolean(value);
                    break;
                case (2, "sheet"):
                    sheets.Add(Sheet(reader));
                    break;
            }

            // Leaves the element and what it holds: the sheets' extensions, defined names, views…
            reader.Skip();
        }

        return new WorkbookSheets(sheets, date1904);
    }

    private static WorkbookSheet Sheet(XmlReader reader)
    {
        var state = reader.GetAttribute("state");
        string? id = null;
        foreach (var ns in RelationshipNamespaces)
        {
            id ??= reader.GetAttribute("id", ns);
        }

        return new WorkbookSheet(reader.GetAttribute("name") ?? string.Empty, state is "hidden" or "veryHidden", id);
    }

    private static bool ToBoolean(string value) => value.Trim() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => throw new FormatException("date1904 '" + Finding.Shorten(value) + "' is no boolean"),
    };
}
