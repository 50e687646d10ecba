using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget;

/// <summary>
/// Describes a finding code: its default severity, the frictionless error type it corresponds to, its title and
/// how to fix it, in French or English.
/// </summary>
public sealed class FindingDescriptor
{
    internal FindingDescriptor(string code, FindingSeverity defaultSeverity, string frictionlessType, FindingCategory category = FindingCategory.Content)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        FrictionlessType = frictionlessType;
        Category = category;
    }

    /// <summary>Gets the code, such as <c>SCDL202</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity findings of this code have unless the caller overrides it.</summary>
    public FindingSeverity DefaultSeverity { get; }

    /// <summary>
    /// Gets what findings of this code are about: input that cannot be read, a departure from the standard's file
    /// format (which normalisation removes), or the content. Errors of each category lead to a different verdict.
    /// </summary>
    public FindingCategory Category { get; }

    /// <summary>
    /// Gets the frictionless error type this code corresponds to (<c>type-error</c>, <c>constraint-error</c>,
    /// <c>missing-label</c>…), so that a report lines up with Validata's; <c>budget-rule</c> for the rules that
    /// frictionless does not know.
    /// </summary>
    public string FrictionlessType { get; }

    /// <summary>Gets the short title of the code.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The title in French or English.</returns>
    public string GetTitle(CultureInfo? culture = null) => Messages.Get(Code + ".Title", culture);

    /// <summary>Gets what to do about a finding of this code.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The fix in French or English.</returns>
    public string GetFix(CultureInfo? culture = null) => Messages.Get(Code + ".Fix", culture);

    /// <inheritdoc/>
    public override string ToString() => Code;
}
