using System.Runtime.InteropServices;
using Scdl.Budget.Validation;

namespace Scdl.Budget;

/// <summary>
/// Counts findings as they stream by, exactly, by severity, category and code; keeps some of them to list, grouped;
/// and decides the <see cref="ValidationVerdict"/> they lead to. Every result (validation, conversion, normalisation)
/// carries one, and every report renders one.
/// </summary>
/// <remarks>
/// <para>
/// What is kept: findings that differ only by their line are one <see cref="FindingGroup"/>, listed once with its
/// lines (1,273 identical warnings are one entry, not 1,273). Findings about the whole input (line 0: totals, the
/// plan inferred, the convention of the file) are always kept. Groups of findings about lines are kept up to
/// <see cref="MaxKept"/>, errors first, then warnings, then information, each in the order found: a less severe
/// group never takes the place of a more severe one. Memory is bounded by <see cref="MaxKept"/> groups (and ten
/// line ranges per group on average) plus the whole-input findings, never by the number of findings counted.
/// </para>
/// <para>
/// A tally is filled by one thread, then made read-only (<see cref="MakeReadOnly"/>) by the result that carries it.
/// </para>
/// </remarks>
public sealed class FindingTally
{
    /// <summary>The number of findings about lines kept by default.</summary>
    public const int DefaultMaxKept = 1_000;

    private static readonly FindingSeverity[] Severities = [FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info];

    private readonly long[] _bySeverity = new long[4];
    private readonly long[] _byCategoryAndSeverity = new long[16];
    private readonly Dictionary<string, long[]> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<Finding, FindingGroup> _groups = new(SameButLine.Instance);
    private readonly List<FindingGroup>[] _keptBySeverity = [[], [], [], []];
    private readonly long _maxRanges;
    private long _kept;
    private long _ranges;
    private long _sequence;
    private IReadOnlyList<FindingGroup>? _listed;
    private IReadOnlyDictionary<string, long>? _countsByCode;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="maxKept">How many groups of findings about lines to keep (whole-input findings are always kept); 0 keeps none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxKept"/> is negative.</exception>
    public FindingTally(int maxKept = DefaultMaxKept)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxKept);
        MaxKept = maxKept;
        _maxRanges = Math.Max(1_000, 10L * maxKept);
    }

    /// <summary>Gets how many groups of findings about lines the tally keeps; whole-input findings are kept besides.</summary>
    public int MaxKept { get; }

    /// <summary>Gets a value indicating whether the tally takes no more findings.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Gets the number of findings counted, of every severity.</summary>
    public long Total => _bySeverity[1] + _bySeverity[2] + _bySeverity[3];

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Error"/>.</summary>
    public long ErrorCount => _bySeverity[(int)FindingSeverity.Error];

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Warning"/>.</summary>
    public long WarningCount => _bySeverity[(int)FindingSeverity.Warning];

    /// <summary>Gets the number of findings of severity <see cref="FindingSeverity.Info"/>.</summary>
    public long InfoCount => _bySeverity[(int)FindingSeverity.Info];

    /// <summary>Gets the number of findings kept (listed in <see cref="Groups"/>).</summary>
    public long KeptCount => _kept;

    /// <summary>Gets the number of findings counted but not kept.</summary>
    public long NotKeptCount => Total - KeptCount;

    /// <summary>
    /// Gets what the errors counted lead to: <see cref="ValidationVerdict.Unreadable"/> when one is of
    /// <see cref="FindingCategory.Unreadable"/>, else <see cref="ValidationVerdict.Invalid"/> when one is about the
    /// content, else <see cref="ValidationVerdict.NotInStandardFormat"/> when one is about the file format, else
    /// <see cref="ValidationVerdict.Valid"/>. Warnings and information never change it.
    /// </summary>
    public ValidationVerdict Verdict =>
        ErrorsOf(FindingCategory.Unreadable) > 0 ? ValidationVerdict.Unreadable
        : ErrorsOf(FindingCategory.Content) > 0 ? ValidationVerdict.Invalid
        : ErrorsOf(FindingCategory.Format) > 0 ? ValidationVerdict.NotInStandardFormat
        : ValidationVerdict.Valid;

    /// <summary>Gets the number of findings of each code, in code order (ordinal).</summary>
    public IReadOnlyDictionary<string, long> CountsByCode =>
        _countsByCode ?? Cache(ref _countsByCode, new SortedDictionary<string, long>(_byCode.ToDictionary(p => p.Key, p => Sum(p.Value), StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>
    /// Gets the findings kept, as groups of findings that differ only by their line, listed errors first, then
    /// warnings, then information; within a severity by code, then in the order found.
    /// </summary>
    public IReadOnlyList<FindingGroup> Groups =>
        _listed ?? Cache(ref _listed, [.. _groups.Values.OrderBy(g => g.Severity).ThenBy(g => g.Code, StringComparer.Ordinal).ThenBy(g => g.Sequence)]);

    /// <summary>
    /// Gets the findings kept, one per line listed (the groups of <see cref="Groups"/> expanded, in their order, each
    /// by its lines): the flat list for a caller that does not want groups.
    /// </summary>
    public IEnumerable<Finding> Kept =>
        Groups.SelectMany(g => g.IsWholeFile
            ? Enumerable.Repeat(g.Finding, (int)Math.Min(g.Count, int.MaxValue))
            : g.Lines.SelectMany(r => Lines(r)).Select(line => line == g.Finding.Location.Line
                ? g.Finding
                : g.Finding with { Location = new SourceLocation(line, g.Finding.Location.Column) }));

    /// <summary>Gets the number of findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count, 0 when none.</returns>
    public long CountOf(FindingSeverity severity) => _bySeverity[Index(severity)];

    /// <summary>Gets the number of findings of a code.</summary>
    /// <param name="code">The code, such as <c>SCDL201</c>.</param>
    /// <returns>The count, 0 when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public long CountOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out var counts) ? Sum(counts) : 0;
    }

    /// <summary>Gets the number of findings of a category and a severity (<see cref="FindingDescriptor.Category"/>).</summary>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The count, 0 when none.</returns>
    public long CountOf(FindingCategory category, FindingSeverity severity) => _byCategoryAndSeverity[(Category(category) * 4) + Index(severity)];

    /// <summary>
    /// Tells whether a new group of findings of a code and severity about lines would be kept if added now, so that a
    /// producer of findings can spare building those that would only be counted (and count them with
    /// <see cref="Count(string, FindingSeverity, long)"/> instead). A finding identical but for its line to one kept
    /// joins its group even when this says no.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity.</param>
    /// <returns><see langword="true"/> when the finding would be kept.</returns>
    public bool WouldKeep(string code, FindingSeverity severity)
    {
        _ = code;
        if (_keptBySeverity[1].Count + _keptBySeverity[2].Count + _keptBySeverity[3].Count < MaxKept)
        {
            return true;
        }

        for (var less = (int)FindingSeverity.Info; less > Index(severity); less--)
        {
            if (_keptBySeverity[less].Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts a finding and keeps it when the keeping policy says so (see the remarks of the class).</summary>
    /// <param name="finding">The finding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The tally is read-only.</exception>
    public void Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Count(finding.Code, finding.Severity, 1);
        var line = finding.Location.Line;
        if (!_groups.TryGetValue(finding, out var group))
        {
            var severity = Index(finding.Severity);
            if (line > 0 && !WouldKeep(finding.Code, finding.Severity))
            {
                return;
            }

            if (line > 0 && _keptBySeverity[1].Count + _keptBySeverity[2].Count + _keptBySeverity[3].Count >= MaxKept)
            {
                MakeRoomFor(severity);
            }

            group = new FindingGroup(finding, _sequence++);
            _groups.Add(finding, group);
            _listed = null;
            if (line > 0)
            {
                _keptBySeverity[severity].Add(group);
            }
        }

        _kept++;
        _ranges += group.Add(line, _ranges < _maxRanges);
    }

    /// <summary>Adds findings one by one. See <see cref="Add(Finding)"/>.</summary>
    /// <param name="findings">The findings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The tally is read-only.</exception>
    public void AddRange(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var finding in findings)
        {
            Add(finding);
        }
    }

    /// <summary>Counts findings that were not built (see <see cref="WouldKeep"/>): they are counted, never kept.</summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="count">How many.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The tally is read-only.</exception>
    public void Count(string code, FindingSeverity severity, long count)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (IsReadOnly)
        {
            throw new InvalidOperationException("This tally of findings is read-only: it belongs to a result.");
        }

        var index = Index(severity);
        _bySeverity[index] += count;
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_byCode, code, out var exists);
        if (!exists)
        {
            // Slot 0 holds the code's category, looked up once.
            counts = new long[4];
            counts[0] = Category(FindingCodes.Describe(code)?.Category ?? FindingCategory.Content);
            _countsByCode = null;
        }

        counts![index] += count;
        _byCategoryAndSeverity[(int)((counts[0] * 4) + index)] += count;
    }

    /// <summary>Makes the tally read-only: the result that carries it calls this once it is complete.</summary>
    public void MakeReadOnly() => IsReadOnly = true;

    /// <summary>Gets the most severe severity counted for a code (for listings by code), or <see langword="null"/>.</summary>
    internal FindingSeverity? SeverityOf(string code)
    {
        if (!_byCode.TryGetValue(code, out var counts))
        {
            return null;
        }

        foreach (var severity in Severities)
        {
            if (counts[(int)severity] > 0)
            {
                return severity;
            }
        }

        return null;
    }

    private static long Sum(long[] counts) => counts[1] + counts[2] + counts[3];

    private static int Index(FindingSeverity severity) => severity is FindingSeverity.Error or FindingSeverity.Warning ? (int)severity : (int)FindingSeverity.Info;

    private static int Category(FindingCategory category) => category is >= FindingCategory.Unreadable and <= FindingCategory.Content ? (int)category : (int)FindingCategory.Content;

    private long ErrorsOf(FindingCategory category) => CountOf(category, FindingSeverity.Error);

    private T Cache<T>(ref T? field, T value)
        where T : class
    {
        if (IsReadOnly)
        {
            field = value;
        }

        return value;
    }

    /// <summary>Forgets the group kept last of the least severe severity below <paramref name="severity"/>, to make room.</summary>
    private void MakeRoomFor(int severity)
    {
        for (var less = (int)FindingSeverity.Info; less > severity; less--)
        {
            var kept = _keptBySeverity[less];
            if (kept.Count == 0)
            {
                continue;
            }

            var group = kept[^1];
            kept.RemoveAt(kept.Count - 1);
            _groups.Remove(group.Finding);
            _kept -= group.Count;
            _ranges -= group.Lines.Count;
            _listed = null;
            return;
        }
    }

    private static IEnumerable<long> Lines(LineRange range)
    {
        for (var line = range.First; line <= range.Last; line++)
        {
            yield return line;
        }
    }

    /// <summary>Compares findings by everything but their line: the findings a group holds.</summary>
    private sealed class SameButLine : IEqualityComparer<Finding>
    {
        public static readonly SameButLine Instance = new();

        public bool Equals(Finding? x, Finding? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && string.Equals(x.Code, y.Code, StringComparison.Ordinal)
                && x.Severity == y.Severity
                && (x.Location.Line <= 0) == (y.Location.Line <= 0)
                && string.Equals(x.Location.Column, y.Location.Column, StringComparison.Ordinal)
                && string.Equals(x.Value, y.Value, StringComparison.Ordinal)
                && x.Arguments.SequenceEqual(y.Arguments, StringComparer.Ordinal));

        public int GetHashCode(Finding obj)
        {
            var hash = new HashCode();
            hash.Add(obj.Code, StringComparer.Ordinal);
            hash.Add(obj.Severity);
            hash.Add(obj.Location.Column, StringComparer.Ordinal);
            hash.Add(obj.Value, StringComparer.Ordinal);
            foreach (var argument in obj.Arguments)
            {
                hash.Add(argument, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
