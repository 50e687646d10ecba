namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>A relationship of a package or of a part (<c>.rels</c>): its id, its type's URI and its target, as written.</summary>
/// <param name="Id">The id the part refers to it by (<c>r:id</c>).</param>
/// <param name="Type">The URI of its type.</param>
/// <param name="Target">The target, as written: resolved by <see cref="PartNames.Resolve"/> when followed.</param>
/// <param name="External">Whether the target is outside the package (<c>TargetMode="External"</c>).</param>
internal sealed record Relationship(string Id, string Type, string Target, bool External)
{
    private const string Transitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    /// <summary>Tells whether this relationship is to a part of the package, of the given type (<c>officeDocument</c>, <c>worksheet</c>…) in Transitional or Strict OOXML.</summary>
    public bool IsPartOf(string kind) => !External && (IsType(Transitional, kind) || IsType(Strict, kind));

    private bool IsType(string prefix, string kind) =>
        Type.Length == prefix.Length + kind.Length && Type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Type.EndsWith(kind, StringComparison.OrdinalIgnoreCase);
}
