namespace Scdl.Budget.Normalization;

/// <summary>Records one change a normalisation made: where, and the text before and after.</summary>
/// <param name="Line">
/// The 1-based line of the input where the record starts (the header's line for a change of the header; 0 when a
/// header was added to a file without one).
/// </param>
/// <param name="Column">The schema column (<c>BGT_MTPREV</c>), or <see langword="null"/> for the header.</param>
/// <param name="Before">The text as read (after CSV unquoting and decoding), or <see langword="null"/> when the input had no such cell.</param>
/// <param name="After">The canonical text written.</param>
public sealed record CellChange(long Line, string? Column, string? Before, string? After);
