namespace Scdl.Budget.Summary;

/// <summary>Tells which amounts the totals of a document add up, which depends on its budget step.</summary>
public enum AmountBasis
{
    /// <summary>
    /// Voted amounts: <c>BGT_MTPREV</c> (montant voté) plus <c>BGT_MTRARPREC</c> (restes à réaliser N-1), for a
    /// budget primitif, a budget supplémentaire or a décision modificative.
    /// </summary>
    Voted = 1,

    /// <summary>Executed amounts: <c>BGT_MTREAL</c> (réalisations), for a compte administratif or a compte financier unique.</summary>
    Realised = 2,
}
