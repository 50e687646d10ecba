namespace Scdl.Budget.Nomenclature;

/// <summary>
/// A <see cref="PlanLookup"/> that remembers its answers by code. A budget file repeats a few hundred codes over
/// thousands of lines, and a code missing from the plan of the year is looked for in every other year of the
/// nomenclature: remembered, each code costs one search per file instead of one per line. Bounded: past
/// <see cref="MaxCodes"/> codes of a kind (a file of garbage codes), further answers are searched, not remembered.
/// </summary>
/// <remarks>Not thread-safe: one per validation or conversion run.</remarks>
internal sealed class MemoizedLookup
{
    /// <summary>The most codes of each kind remembered.</summary>
    public const int MaxCodes = 16_384;

    private readonly Dictionary<string, PlanMatch<PlanAccount>?> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanMatch<PlanChapter>?> _chapters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Label, NomenclatureId Source)> _functions = new(StringComparer.Ordinal);

    public MemoizedLookup(PlanLookup lookup)
    {
        Lookup = lookup;
        PlanText = lookup.Requested.ToString();
    }

    public PlanLookup Lookup { get; }

    /// <summary>Gets the requested plan as findings name it (<see cref="NomenclatureId.ToString"/>), made once.</summary>
    public string PlanText { get; }

    /// <summary>See <see cref="PlanLookup.FindAccount(string)"/>.</summary>
    public PlanMatch<PlanAccount>? FindAccount(string code)
    {
        if (!_accounts.TryGetValue(code, out var found))
        {
            found = Lookup.FindAccount(code);
            Remember(_accounts, code, found);
        }

        return found;
    }

    /// <summary>See <see cref="PlanLookup.FindChapter(string)"/>.</summary>
    public PlanMatch<PlanChapter>? FindChapter(string code)
    {
        if (!_chapters.TryGetValue(code, out var found))
        {
            found = Lookup.FindChapter(code);
            Remember(_chapters, code, found);
        }

        return found;
    }

    /// <summary>
    /// Finds the label of a function code and the plan that gave it: the functional reference's, else the functional
    /// chapter's (see <see cref="PlanLookup.GetFunctionLabel(string)"/>); a <see langword="null"/> label when unknown.
    /// </summary>
    public (string? Label, NomenclatureId Source) FindFunction(string code)
    {
        if (!_functions.TryGetValue(code, out var found))
        {
            found = Lookup.FindFunction(code) is { } reference
                ? (reference.Value.Label, reference.Source)
                : Lookup.FindFunctionChapter(code) is { } chapter ? (chapter.Value.Label, chapter.Source) : (null, default);
            Remember(_functions, code, found);
        }

        return found;
    }

    private static void Remember<T>(Dictionary<string, T> memory, string code, T found)
    {
        if (memory.Count < MaxCodes)
        {
            memory[code] = found;
        }
    }
}
