using System.Text;
using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Reads the shared strings of a workbook (<c>sharedStrings.xml</c>), which the cells of type <c>s</c> refer to by index:
/// the text of each item, its rich-text runs joined, its phonetic runs (<c>rPh</c>) left out, its <c>_xHHHH_</c> escapes decoded.
/// </summary>
internal static class SharedStrings
{
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public static string[] Load(Stream part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        using var reader = XmlReader.Create(part, PartXml.Settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "si")
            {
                if (reader.IsEmptyElement)
                {
                    strings.Add(string.Empty);
                    reader.Read();
                    continue;
                }

                text.Clear();
                ReadItem(reader, text);
                strings.Add(text.ToString());
                continue;
            }

            reader.Read();
        }

        return [.. strings];
    }

    /// <summary>Reads the text of an item (<c>si</c>) or an inline string (<c>is</c>), the reader on its start; leaves it after its end.</summary>
    public static void ReadItem(XmlReader reader, StringBuilder text)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "t")
            {
                text.Append(XString.Decode(reader.ReadElementContentAsString()));
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "rPh")
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        // On the end element of the item.
        reader.Read();
    }
}
