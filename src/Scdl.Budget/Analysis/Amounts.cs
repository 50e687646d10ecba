using System.Runtime.InteropServices;

namespace Scdl.Budget.Analysis;

/// <summary>The sums of the seven amount columns of some lines; an empty cell adds nothing (and changes no scale).</summary>
[StructLayout(LayoutKind.Auto)]
internal struct Amounts
{
    public decimal Realisations;
    public decimal BudgetPrecedent;
    public decimal RestesARealiserPrecedents;
    public decimal MontantVote;
    public decimal CreditsOuverts;
    public decimal RestesARealiser;

    public void Add(BudgetLine line)
    {
        AddTo(ref Realisations, line.Realisations);
        AddTo(ref BudgetPrecedent, line.BudgetPrecedent);
        AddTo(ref RestesARealiserPrecedents, line.RestesARealiserPrecedents);
        AddTo(ref MontantVote, line.MontantVote);
        AddTo(ref CreditsOuverts, line.CreditsOuverts);
        AddTo(ref RestesARealiser, line.RestesARealiser);
    }

    /// <summary>Returns the amount the figures add up on a basis.</summary>
    public readonly decimal Of(AnalysisBasis basis) => basis switch
    {
        AnalysisBasis.Realised => Realisations,
        AnalysisBasis.VotedToDate => BudgetPrecedent + RestesARealiserPrecedents + MontantVote,
        _ => MontantVote + RestesARealiserPrecedents,
    };

    /// <summary>Tells whether a line has an amount in a column of the basis.</summary>
    public static bool HasAmount(BudgetLine line, AnalysisBasis basis) => basis switch
    {
        AnalysisBasis.Realised => line.Realisations is not null,
        AnalysisBasis.VotedToDate => line.BudgetPrecedent is not null || line.RestesARealiserPrecedents is not null || line.MontantVote is not null,
        _ => line.MontantVote is not null || line.RestesARealiserPrecedents is not null,
    };

    private static void AddTo(ref decimal total, decimal? amount)
    {
        if (amount is { } value)
        {
            total += value;
        }
    }
}
