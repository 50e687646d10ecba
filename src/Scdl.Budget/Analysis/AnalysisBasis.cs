namespace Scdl.Budget.Analysis;

/// <summary>Tells which amounts the figures of a <see cref="DocumentAnalysis"/> add up, which depends on its budget step.</summary>
public enum AnalysisBasis
{
    /// <summary>
    /// Executed amounts, <c>BGT_MTREAL</c> (réalisations): a compte administratif or a compte financier unique.
    /// </summary>
    Realised = 1,

    /// <summary>
    /// The amounts the document votes, <c>BGT_MTPREV</c> (montant voté) plus <c>BGT_MTRARPREC</c> (restes à réaliser
    /// N-1): a budget primitif, or a budget supplémentaire or décision modificative that gives no previous budget.
    /// </summary>
    Voted = 2,

    /// <summary>
    /// The budget voted for the year once the document is voted: <c>BGT_MTBUDGPREC</c> (the budget voted before it)
    /// plus <c>BGT_MTRARPREC</c> plus <c>BGT_MTPREV</c>: a budget supplémentaire or a décision modificative.
    /// </summary>
    VotedToDate = 3,
}
