namespace Scdl.Budget.Internal;

/// <summary>
/// Keeps the totals of one budget document within the range they can be added up in: the lines of a document are added
/// to its totals only while the sum of the absolute values of all their amounts stays within <see cref="Limit"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every total of a document (per section, kind, direction, chapter, column, definition row, function) is a signed sum
/// of amounts of its lines, so none can exceed <see cref="Limit"/> in absolute value; a figure that combines a few
/// totals (a section's receipts, a balance, a difference) stays far inside <see cref="decimal"/>'s range (about
/// 7.9 × 10^28), and so does a sum over the 10,000 documents a summary keeps at most. Adding can therefore never throw.
/// </para>
/// <para>
/// A line that would take the document beyond the limit is left out of every total of its document (never half
/// counted): the caller reports it. No real budget comes near: 10^23 euros is more than a hundred billion times the budget
/// of the French State.
/// </para>
/// </remarks>
internal struct TotalsBound
{
    /// <summary>The largest sum of absolute amounts of a document's lines that its totals take in: 10^23 euros.</summary>
    public const decimal Limit = 100_000_000_000_000_000_000_000m;

    /// <summary>
    /// <see cref="Limit"/> written with two decimals, the scale of almost every amount: decimal arithmetic between two
    /// values of one scale skips the rescaling multiplication, and the value (so every comparison) is the same.
    /// </summary>
    private const decimal LimitInCents = 100_000_000_000_000_000_000_000.00m;

    /// <summary>The limit as messages write it.</summary>
    public const string LimitText = "10^23";

    private decimal _magnitude;

    /// <summary>Takes a line in when its amounts keep the document within <see cref="Limit"/>.</summary>
    /// <param name="line">The line.</param>
    /// <returns><see langword="true"/> when the line can be added to the totals; <see langword="false"/> when it must be left out.</returns>
    public bool TryAdd(BudgetLine line)
    {
        // Each amount is first compared with the limit alone, so that the line's sum of at most seven stays far inside
        // decimal's range; the sum is then compared with the room left. No operation can overflow, and one subtraction
        // per line (not per amount) is what the validation of a million lines pays for the bound.
        var added = 0.00m;
        if (Add(line.Realisations, ref added)
            && Add(line.BudgetPrecedent, ref added)
            && Add(line.RestesARealiserPrecedents, ref added)
            && Add(line.PropositionsNouvelles, ref added)
            && Add(line.MontantVote, ref added)
            && Add(line.CreditsOuverts, ref added)
            && Add(line.RestesARealiser, ref added)
            && added <= LimitInCents - _magnitude)
        {
            _magnitude += added;
            return true;
        }

        return false;
    }

    /// <summary>Adds the absolute value of an amount to <paramref name="added"/> unless it is beyond the limit by itself.</summary>
    private static bool Add(decimal? amount, ref decimal added)
    {
        if (amount is not { } value)
        {
            return true;
        }

        var magnitude = Math.Abs(value);
        if (magnitude > LimitInCents)
        {
            return false;
        }

        added += magnitude;
        return true;
    }
}
