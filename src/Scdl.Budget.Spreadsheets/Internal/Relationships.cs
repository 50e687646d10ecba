using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>Reads a relationships part (<c>_rels/.rels</c>, <c>xl/_rels/workbook.xml.rels</c>): the <c>Relationship</c> elements of the package namespace.</summary>
internal static class Relationships
{
    private const string Namespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Reads the relationships, in the part's order; one without an id, a type or a target is left out.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public static List<Relationship> Load(Stream part)
    {
        var relationships = new List<Relationship>();
        using var reader = XmlReader.Create(part, PartXml.Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Relationship" && string.Equals(reader.NamespaceURI, Namespace, StringComparison.Ordinal)
                && reader.GetAttribute("Id") is { Length: > 0 } id && reader.GetAttribute("Type") is { Length: > 0 } type && reader.GetAttribute("Target") is { } target)
            {
                var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.Ordinal);
                relationships.Add(new Relationship(id, type.Trim(), target.Trim(), external));
            }
        }

        return relationships;
    }
}
