using System.Security;
using System.Text;

namespace Scdl.Budget.Spreadsheets.Tests.Support;

/// <summary>
/// Writes the parts of a workbook package by hand, so a test chooses what spreadsheet programs vary: where the parts are,
/// how relationships name them (absolute, relative, <c>../</c>, any case), and the namespaces (Transitional or Strict).
/// Assembled with <see cref="Hostile.Zip"/>.
/// </summary>
internal static class Packages
{
    public const string TransitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>The content types of the parts, told by their root element, as spreadsheet programs declare them.</summary>
    public static string ContentTypes(IEnumerable<(string Name, string Text)> parts)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        xml.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        foreach (var (name, text) in parts)
        {
            var type = new[] { ("<workbook ", "sheet.main"), ("<worksheet ", "worksheet"), ("<sst ", "sharedStrings"), ("<styleSheet ", "styles") }
                .FirstOrDefault(t => text.Contains(t.Item1, StringComparison.Ordinal)).Item2;
            if (type is not null)
            {
                xml.Append($"<Override PartName=\"/{SecurityElement.Escape(Uri.EscapeDataString(name).Replace("%2F", "/", StringComparison.Ordinal))}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.{type}+xml\"/>");
            }
        }

        return xml.Append("</Types>").ToString();
    }

    /// <summary>A relationship of the given type, named as the last segment of its URI (<c>officeDocument</c>, <c>worksheet</c>…).</summary>
    public static (string Id, string Type, string Target, bool External) Rel(string id, string type, string target, bool strict = false, bool external = false) =>
        (id, (strict ? StrictRelationships : TransitionalRelationships) + "/" + type, target, external);

    /// <summary>A relationships part (<c>.rels</c>).</summary>
    public static string Relationships(params (string Id, string Type, string Target, bool External)[] relationships)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target, external) in relationships)
        {
            xml.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : string.Empty)}/>");
        }

        return xml.Append("</Relationships>").ToString();
    }

    /// <summary>A workbook part listing sheets (name, <c>state</c> or null, relationship id), with its <c>workbookPr</c> attributes.</summary>
    public static string Workbook(bool strict, string properties, params (string Name, string? State, string Id)[] sheets)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{(strict ? StrictMain : TransitionalMain)}\" xmlns:r=\"{(strict ? StrictRelationships : TransitionalRelationships)}\">");
        xml.Append($"<workbookPr {properties}/><bookViews><workbookView/></bookViews><sheets>");
        var number = 1;
        foreach (var (name, state, id) in sheets)
        {
            xml.Append($"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{number++}\"{(state is null ? string.Empty : $" state=\"{state}\"")} r:id=\"{id}\"/>");
        }

        return xml.Append("</sheets><definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">Budget!$A$1:$V$2</definedName></definedNames></workbook>").ToString();
    }

    /// <summary>A worksheet part of rows, each cell an inline string, or, with <paramref name="shared"/>, an index into <see cref="SharedStrings"/>.</summary>
    public static string Sheet(bool strict, IEnumerable<string[]> rows, IList<string>? shared = null)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{(strict ? StrictMain : TransitionalMain)}\"><sheetData>");
        var number = 0u;
        foreach (var row in rows)
        {
            number++;
            xml.Append($"<row r=\"{number}\">");
            for (var column = 0; column < row.Length; column++)
            {
                if (row[column].Length == 0)
                {
                    continue;
                }

                var reference = Workbooks.Reference(column, number);
                if (shared is null)
                {
                    xml.Append($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[column])}</t></is></c>");
                }
                else
                {
                    if (!shared.Contains(row[column]))
                    {
                        shared.Add(row[column]);
                    }

                    xml.Append($"<c r=\"{reference}\" t=\"s\"><v>{shared.IndexOf(row[column])}</v></c>");
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    /// <summary>A shared strings part.</summary>
    public static string SharedStrings(bool strict, IEnumerable<string> strings) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{(strict ? StrictMain : TransitionalMain)}\">"
        + string.Concat(strings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>")) + "</sst>";
}
