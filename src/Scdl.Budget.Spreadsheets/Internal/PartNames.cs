namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// The names of the parts of a package as the Open Packaging Conventions say: written without the leading slash (as the
/// ZIP stores them), compared without regard to ASCII case, the target of a relationship resolved against the part that
/// holds it (<c>/xl/…</c> from the package's root, <c>worksheets/sheet1.xml</c> and <c>../</c> from the part's folder).
/// </summary>
internal static class PartNames
{
    /// <summary>Gets the comparer of part names: ASCII case ignored.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Gets the name of the part holding the relationships of <paramref name="source"/> (the empty string for the package itself).</summary>
    /// <example><c>xl/workbook.xml</c> → <c>xl/_rels/workbook.xml.rels</c>; the package → <c>_rels/.rels</c>.</example>
    public static string RelationshipsOf(string source)
    {
        var folder = source.LastIndexOf('/') + 1;
        return string.Concat(source.AsSpan(0, folder), "_rels/", source.AsSpan(folder), ".rels");
    }

    /// <summary>Resolves the target of a relationship held by <paramref name="source"/> (the empty string for the package) to a part name.</summary>
    /// <returns>The part name, without the leading slash; <see langword="null"/> when the target is no part of the package (a URI with a scheme or a host, nothing, or above the package's root).</returns>
    public static string? Resolve(string source, string target)
    {
        target = target.Replace('\\', '/');
        var scheme = target.IndexOf(':', StringComparison.Ordinal);
        if (target.Length == 0 || target.StartsWith("//", StringComparison.Ordinal) || (scheme >= 0 && scheme < SegmentEnd(target)) || target.AsSpan().IndexOfAny('?', '#') >= 0)
        {
            return null;
        }

        var path = target[0] == '/' ? target : string.Concat(source.AsSpan(0, source.LastIndexOf('/') + 1), target);
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 || path[^1] == '/' ? null : string.Join('/', segments);

        static int SegmentEnd(string target) => target.IndexOf('/', StringComparison.Ordinal) is >= 0 and var end ? end : target.Length;
    }
}
