using System.Globalization;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Analysis;

/// <summary>
/// One figure of an analysis: an amount in euros, a rate (a fraction: 0.125 is 12.5 %) or a number of years, or,
/// when its definition needs something the input does not give, no value and the reason (<see cref="Gap"/>).
/// </summary>
public sealed record AnalysisFigure
{
    private AnalysisFigure(decimal? value, FigureGap? gap)
    {
        Value = value;
        Gap = gap;
    }

    /// <summary>Gets the value, or <see langword="null"/> when the figure cannot be computed (see <see cref="Gap"/>).</summary>
    public decimal? Value { get; }

    /// <summary>Gets why the figure has no value, or <see langword="null"/> when it has one.</summary>
    public FigureGap? Gap { get; }

    /// <summary>Returns why the figure has no value, in words for people, or <see langword="null"/> when it has one.</summary>
    /// <param name="culture">The language (French or English); <see langword="null"/> for the current UI culture.</param>
    /// <returns>The explanation, or <see langword="null"/>.</returns>
    public string? GetGapText(CultureInfo? culture = null) => Gap is { } gap ? Messages.Get("Analysis.Gap." + gap, culture) : null;

    /// <inheritdoc/>
    public override string ToString() =>
        Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : "(" + Gap + ")";

    internal static AnalysisFigure Of(decimal value) => new(value, null);

    internal static AnalysisFigure Missing(FigureGap gap) => new(null, gap);

    /// <summary>Combines two figures; the result has the first gap met, or <see cref="FigureGap.OutOfRange"/> when it would overflow.</summary>
    internal static AnalysisFigure Combine(AnalysisFigure a, AnalysisFigure b, Func<decimal, decimal, decimal> operation) =>
        a.Value is { } x ? (b.Value is { } y ? Compute(() => operation(x, y)) : b) : a;

    /// <summary>Divides one figure by another, rounded; a zero divisor is <see cref="FigureGap.BaseIsZero"/>.</summary>
    internal static AnalysisFigure Ratio(AnalysisFigure numerator, AnalysisFigure denominator, int decimals)
    {
        if (numerator.Gap is not null)
        {
            return numerator;
        }

        if (denominator.Gap is not null)
        {
            return denominator;
        }

        return denominator.Value == 0m
            ? Missing(FigureGap.BaseIsZero)
            : Compute(() => Math.Round(numerator.Value!.Value / denominator.Value!.Value, decimals, MidpointRounding.AwayFromZero));
    }

    /// <summary>Computes a figure, which is <see cref="FigureGap.OutOfRange"/> when <see cref="decimal"/> cannot hold it.</summary>
    private static AnalysisFigure Compute(Func<decimal> value)
    {
        try
        {
            return Of(value());
        }
        catch (OverflowException)
        {
            return Missing(FigureGap.OutOfRange);
        }
    }
}
