namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// An account by nature of the plan de comptes: its label and the chapter it is budgeted in for each use
/// (RR/DR real, ROES/DOES order between sections, ROIS/DOIS order inside a section); null or empty = not allowed.
/// The chapter for a line is derived by <see cref="IPlanLookup.FindChapterOfAccount"/>.
/// </summary>
internal sealed record AccountInfo(string Code, string Label)
{
    /// <summary>Gets the year of the plan that gave the account when it is not the document's year.</summary>
    public int? OtherYear { get; init; }

    public string? RR { get; init; }

    public string? DR { get; init; }

    public string? ROES { get; init; }

    public string? DOES { get; init; }

    public string? ROIS { get; init; }

    public string? DOIS { get; init; }

    /// <summary>Derives the chapter for a direction and an operation kind (TypOpBudg 2 = between sections, 1 = inside; unknown = either).</summary>
    public string? ChapterFor(FlowDirection direction, OperationKind kind, int? orderType)
    {
        var receipt = direction == FlowDirection.Recette;
        if (kind == OperationKind.Reel)
        {
            return NonEmpty(receipt ? RR : DR);
        }

        var between = NonEmpty(receipt ? ROES : DOES);
        var inside = NonEmpty(receipt ? ROIS : DOIS);
        return orderType switch
        {
            2 => between,
            1 => inside,
            _ => between ?? inside,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
