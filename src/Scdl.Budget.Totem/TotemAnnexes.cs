namespace Scdl.Budget.Totem;

/// <summary>
/// Holds what is read from the annexes of a TOTEM document (<c>Budget/Annexes</c>), which an SCDL Budget CSV cannot
/// carry: today the state of the debt, from the loans annex <c>DATA_EMPRUNT</c> (état de la dette, annexe A2 of a
/// compte administratif or compte financier unique; also present, as forecast, in budgets). See <c>docs/totem.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each <c>DATA_EMPRUNT/EMPRUNT</c> is one loan. Its <c>CodTypEmpr</c> says whose debt it is: <c>01</c> a loan of the
/// authority itself, <c>09</c> a loan of another body that the authority guarantees (emprunt garanti), <c>10</c> the
/// record of the guarantee ratios (no capital). Loans marked <c>calculated="true"</c> are totals computed from the
/// others and are not counted. An absent amount counts as zero (a loan repaid during the year has no
/// <c>MtCapitalRestDu_31_12</c>).
/// </para>
/// <para>
/// A total is <see langword="null"/> when the document has no loans annex, or when one of its amounts cannot be read
/// or a loan of another type carries capital: the conversion then reports why (<c>SCDL517</c>, <c>SCDL518</c>)
/// rather than give a wrong figure.
/// </para>
/// </remarks>
public sealed class TotemAnnexes
{
    internal TotemAnnexes(bool hasLoansAnnex, decimal? outstandingDebt, decimal? outstandingDebtAtStartOfYear, decimal? guaranteedDebt, int loanCount)
    {
        HasLoansAnnex = hasLoansAnnex;
        OutstandingDebt = outstandingDebt;
        OutstandingDebtAtStartOfYear = outstandingDebtAtStartOfYear;
        GuaranteedDebt = guaranteedDebt;
        LoanCount = loanCount;
    }

    /// <summary>Gets a value indicating whether the document has a loans annex (<c>Budget/Annexes/DATA_EMPRUNT</c>).</summary>
    public bool HasLoansAnnex { get; }

    /// <summary>
    /// Gets the outstanding debt at the end of the year (encours de la dette au 31 décembre, capital restant dû), in
    /// euros: the sum of <c>MtCapitalRestDu_31_12</c> over the authority's own loans (<c>CodTypEmpr</c> <c>01</c>);
    /// <see langword="null"/> when there is no loans annex or the sum cannot be made (see the remarks of the class).
    /// The numerator of the capacité de désendettement (debt / épargne brute).
    /// </summary>
    public decimal? OutstandingDebt { get; }

    /// <summary>
    /// Gets the outstanding debt at the start of the year, in euros: the sum of <c>MtCapitalRestDu_01_01</c> over the
    /// authority's own loans; <see langword="null"/> as for <see cref="OutstandingDebt"/>.
    /// </summary>
    public decimal? OutstandingDebtAtStartOfYear { get; }

    /// <summary>
    /// Gets the capital still due at the end of the year on the loans the authority guarantees for other bodies
    /// (<c>CodTypEmpr</c> <c>09</c>, emprunts garantis), in euros: not its own debt, a commitment;
    /// <see langword="null"/> when there is no loans annex or an amount cannot be read.
    /// </summary>
    public decimal? GuaranteedDebt { get; }

    /// <summary>Gets the number of the authority's own loans counted (<c>CodTypEmpr</c> <c>01</c>, not calculated).</summary>
    public int LoanCount { get; }
}
