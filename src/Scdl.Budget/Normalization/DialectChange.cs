namespace Scdl.Budget.Normalization;

/// <summary>Records one change a normalisation made to the file as a whole, rather than to a cell: its encoding, byte order mark, separators or line breaks.</summary>
/// <param name="Aspect">What changed.</param>
/// <param name="Before">How the input had it: an encoding's web name (<c>windows-1252</c>, <c>utf-16</c>), the bytes of a byte order mark (<c>EF BB BF</c>), a separator (<c>;</c>, <c>TAB</c>), line breaks (<c>LF</c>, <c>CR</c>, <c>mixed</c>).</param>
/// <param name="After">How the output has it (<c>utf-8</c>, empty for a byte order mark removed, <c>,</c>, <c>.</c>, <c>CR LF</c>, <c>LF</c>).</param>
public sealed record DialectChange(DialectAspect Aspect, string Before, string After);
