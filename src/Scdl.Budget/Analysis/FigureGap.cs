namespace Scdl.Budget.Analysis;

/// <summary>Says why an <see cref="AnalysisFigure"/> has no value: what its definition needs that the input does not give.</summary>
public enum FigureGap
{
    /// <summary>
    /// No line of the document has an amount in the columns of its basis, such as a compte administratif without
    /// <c>BGT_MTREAL</c>: there is nothing to add up.
    /// </summary>
    AmountsMissing = 1,

    /// <summary>
    /// The figure is defined by accounts (such as 661 for the interest on debt) and some of the lines it would look at
    /// have no account code.
    /// </summary>
    AccountsMissing = 2,

    /// <summary>
    /// The figure needs the outstanding debt at the end of the year, which budget lines do not carry (a TOTEM document
    /// has it in its loans annex): give it in <see cref="AnalysisOptions.OutstandingDebt"/>.
    /// </summary>
    DebtNotGiven = 3,

    /// <summary>
    /// The capacité de désendettement divides the debt by the épargne brute, which is zero or negative: the debt
    /// cannot be repaid from savings, and a number of years would mean nothing.
    /// </summary>
    EpargneBruteNotPositive = 4,

    /// <summary>The figure is a rate whose base is zero (no recettes réelles, no credits opened, a previous figure of zero).</summary>
    BaseIsZero = 5,

    /// <summary>The lines carry no function (<c>BGT_FONCTION</c> empty: a budget voted by nature only).</summary>
    NoFunction = 6,

    /// <summary>
    /// The figure would be beyond what a <see cref="decimal"/> holds (a rate of a base very close to zero, a difference
    /// of two huge figures): no value rather than a wrong one.
    /// </summary>
    OutOfRange = 7,
}
