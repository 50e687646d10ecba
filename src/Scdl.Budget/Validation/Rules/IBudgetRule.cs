namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// A group of budget rules, the extension point of validation: one instance per validation run, fed every typed
/// line in order, then asked for its end-of-input findings. It may keep small accumulators (O(documents) or
/// O(distinct codes)), never the lines. See <c>docs/validation.md</c>.
/// </summary>
internal interface IBudgetRule
{
    /// <summary>Looks at one typed line and reports what is wrong with it through <paramref name="context"/>.</summary>
    /// <param name="line">The typed line.</param>
    /// <param name="lineNumber">The 1-based line of the input where the line starts.</param>
    /// <param name="context">The run: options, column names, summary so far, and where findings go.</param>
    void Observe(BudgetLine line, long lineNumber, ValidationContext context);

    /// <summary>Reports the findings that need the whole input (totals, counts), once, after the last line.</summary>
    /// <param name="context">The run.</param>
    void Complete(ValidationContext context);
}
