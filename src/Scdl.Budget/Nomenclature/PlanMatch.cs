namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Represents the answer of a <see cref="PlanLookup"/>: what was found, and which plan answered, so a caller can
/// say when a code came from another year's plan.
/// </summary>
/// <typeparam name="T">What was found: <see cref="PlanAccount"/>, <see cref="PlanChapter"/> or <see cref="FunctionReference"/>.</typeparam>
public sealed class PlanMatch<T>
    where T : class
{
    internal PlanMatch(T value, NomenclatureId source, int requestedYear, bool isPrefixMatch)
    {
        Value = value;
        Source = source;
        RequestedYear = requestedYear;
        IsPrefixMatch = isPrefixMatch;
    }

    /// <summary>Gets what was found.</summary>
    public T Value { get; }

    /// <summary>Gets the plan that answered.</summary>
    public NomenclatureId Source { get; }

    /// <summary>Gets the year that was asked for.</summary>
    public int RequestedYear { get; }

    /// <summary>
    /// Gets whether the answer comes from another year's plan than the one asked for: the code is missing from the
    /// plan of <see cref="RequestedYear"/> (or that plan is not available) and the nearest year that has it answered.
    /// </summary>
    public bool IsFromOtherYear => Source.Year != RequestedYear;

    /// <summary>
    /// Gets whether the chapter was found as the operation chapter the code starts with (<c>4581001</c> →
    /// <c>4581</c>) rather than by its exact code.
    /// </summary>
    public bool IsPrefixMatch { get; }

    /// <inheritdoc/>
    public override string ToString() => Value + " (" + Source.ToString() + ")";
}
