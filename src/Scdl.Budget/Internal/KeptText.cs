namespace Scdl.Budget.Internal;

/// <summary>
/// Shortens the texts that totals keep for as long as a run lasts (an authority's name, a chapter's or a function's
/// code and label), so that what a summary or an analysis holds per document and chapter is bounded in bytes, not
/// only in number, even when a hostile input puts a megabyte in every cell. No real code or label comes near the
/// limit (the longest label of the 215 official plans has 205 characters).
/// </summary>
internal static class KeptText
{
    /// <summary>The longest text kept, in characters; longer texts are cut and end with an ellipsis.</summary>
    public const int MaxLength = 1_000;

    /// <summary>Returns the text, or its first characters and an ellipsis when it is longer than <see cref="MaxLength"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to keep.</returns>
    public static string Of(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
}
