namespace Scdl.Budget;

/// <summary>
/// Says what a finding is about, which decides the verdict an error of that code leads to (see
/// <see cref="Validation.ValidationVerdict"/>).
/// </summary>
public enum FindingCategory
{
    /// <summary>
    /// The input cannot be read at all (not text, empty, no header, not the kind of file expected): nothing else can
    /// be checked. An error of this category makes the input unreadable.
    /// </summary>
    Unreadable = 1,

    /// <summary>
    /// A departure from the standard's file format (encoding, separator, line breaks, header or value spelling,
    /// column order, blank rows): the content may be right, but the file is not in the standard format.
    /// Normalisation removes such departures without changing what the file says.
    /// </summary>
    Format = 2,

    /// <summary>What the file says: the values, the budget rules, the plan de comptes, the totals.</summary>
    Content = 3,
}
