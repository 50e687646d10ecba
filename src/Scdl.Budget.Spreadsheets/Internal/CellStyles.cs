using System.Globalization;
using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>The number format of each cell style of a workbook (<c>styles.xml</c>: <c>numFmts</c> and <c>cellXfs</c>).</summary>
internal sealed class CellStyles
{
    private readonly NumberFormat[] _formats;

    private CellStyles(NumberFormat[] formats) => _formats = formats;

    /// <summary>Gets the styles of a workbook without a styles part: every cell is <c>General</c>.</summary>
    public static CellStyles None { get; } = new([]);

    /// <summary>Gets the number format of a cell's style index (its <c>s</c> attribute); <c>General</c> when unknown.</summary>
    public NumberFormat this[int style] => (uint)style < (uint)_formats.Length ? _formats[style] : NumberFormat.General;

    /// <summary>Reads the styles part.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public static CellStyles Load(Stream part)
    {
        var custom = new Dictionary<int, NumberFormat>();
        var styles = new List<NumberFormat>();
        using var reader = XmlReader.Create(part, PartXml.Settings);
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when Id(reader, "numFmtId") is { } id && reader.GetAttribute("formatCode") is { } code:
                    custom[id] = NumberFormat.Parse(code);
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var formatId = Id(reader, "numFmtId") ?? 0;
                    styles.Add(custom.TryGetValue(formatId, out var format) ? format : NumberFormat.BuiltIn(formatId) ?? NumberFormat.General);
                    break;
            }
        }

        return new CellStyles([.. styles]);
    }

    private static int? Id(XmlReader reader, string attribute) =>
        int.TryParse(reader.GetAttribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
