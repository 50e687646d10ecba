namespace Scdl.Budget;

/// <summary>
/// Holds findings kept by a <see cref="FindingTally"/> that differ only by their line: same code, severity, column,
/// value and message arguments. A report lists the group once, with its lines as ranges.
/// </summary>
public sealed class FindingGroup
{
    private readonly List<LineRange> _ranges = [];

    internal FindingGroup(Finding first, long sequence)
    {
        Finding = first;
        Sequence = sequence;
    }

    /// <summary>Gets the first finding of the group; its <see cref="Finding.Location"/> is the first line of the group.</summary>
    public Finding Finding { get; }

    /// <summary>Gets the code of the findings.</summary>
    public string Code => Finding.Code;

    /// <summary>Gets the severity of the findings.</summary>
    public FindingSeverity Severity => Finding.Severity;

    /// <summary>Gets a value indicating whether the findings concern the whole input (line 0) rather than lines.</summary>
    public bool IsWholeFile => Finding.Location.Line <= 0;

    /// <summary>Gets the number of findings of the group.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// Gets the lines of the findings, as runs of consecutive lines in the order they were met; empty for whole-input
    /// findings. Lines beyond what the tally has room for are counted in <see cref="LinesNotListed"/>.
    /// </summary>
    public IReadOnlyList<LineRange> Lines => _ranges;

    /// <summary>Gets the number of findings of the group whose line is not in <see cref="Lines"/> (the tally had no room left for them).</summary>
    public long LinesNotListed { get; private set; }

    /// <summary>Gets the order in which the group was first kept, for a stable listing.</summary>
    internal long Sequence { get; }

    /// <summary>Adds a finding of the group; returns the number of line ranges it added (0 or 1).</summary>
    internal int Add(long line, bool roomForARange)
    {
        Count++;
        if (line <= 0)
        {
            return 0;
        }

        if (_ranges.Count > 0)
        {
            var last = _ranges[^1];
            if (line >= last.First && line <= last.Last)
            {
                return 0;
            }

            if (line == last.Last + 1)
            {
                _ranges[^1] = last with { Last = line };
                return 0;
            }
        }

        if (!roomForARange)
        {
            LinesNotListed++;
            return 0;
        }

        _ranges.Add(new LineRange(line, line));
        return 1;
    }
}
