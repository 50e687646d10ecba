namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Sums the loans annex (<c>Budget/Annexes/DATA_EMPRUNT/EMPRUNT</c>) as it streams by, one loan at a time: the
/// outstanding capital of the authority's own loans (<c>CodTypEmpr</c> 01) at the end and start of the year, and of
/// the loans it guarantees (09). See <see cref="TotemAnnexes"/>.
/// </summary>
internal sealed class LoansTally
{
    private const string OwnLoan = "01";
    private const string GuaranteedLoan = "09";
    private const string RatioRecord = "10";

    private Sum _end;
    private Sum _start;
    private Sum _guaranteed;
    private int _count;
    private bool _present;

#pragma warning disable SA1401, CA1051 // The loan being read, filled by the reader.
    public long LoanLine;
    public string? Type;
    public string? End;
    public long EndLine;
    public string? Start;
    public long StartLine;
#pragma warning restore SA1401, CA1051

    /// <summary>Notes that the document has a loans annex.</summary>
    public void AnnexFound() => _present = true;

    /// <summary>Starts a loan at its XML line.</summary>
    public void Begin(long line)
    {
        LoanLine = line;
        Type = End = Start = null;
        EndLine = StartLine = line;
    }

    /// <summary>Counts the loan just read, adding findings for what cannot be counted.</summary>
    public void Complete(List<Finding> findings)
    {
        var type = Type?.Trim();
        switch (type)
        {
            case OwnLoan:
                _count++;
                Add(ref _end, End, EndLine, "EMPRUNT/MtCapitalRestDu_31_12", findings);
                Add(ref _start, Start, StartLine, "EMPRUNT/MtCapitalRestDu_01_01", findings);
                break;
            case GuaranteedLoan:
                Add(ref _guaranteed, End, EndLine, "EMPRUNT/MtCapitalRestDu_31_12", findings);
                break;
            case RatioRecord:
                break;
            default:
                if (HasCapital(End) || HasCapital(Start))
                {
                    // Whose debt this is cannot be told: no total rather than a wrong one.
                    _end.Unknown = _start.Unknown = true;
                    findings.Add(new Finding(FindingCodes.TotemLoanOfUnknownType, FindingSeverity.Warning, new SourceLocation(LoanLine, "EMPRUNT/CodTypEmpr"), type ?? string.Empty));
                }

                break;
        }
    }

    public TotemAnnexes ToAnnexes() => _present
        ? new TotemAnnexes(true, _end.Value, _start.Value, _guaranteed.Value, _count)
        : new TotemAnnexes(false, null, null, null, 0);

    private static bool HasCapital(string? amount) =>
        !string.IsNullOrWhiteSpace(amount) && !(Amounts.TryParse(amount, out var value) && value == 0m);

    private static void Add(ref Sum sum, string? amount, long line, string element, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(amount) || sum.Unknown)
        {
            return;
        }

        if (Amounts.TryParse(amount, out var value))
        {
            try
            {
                sum.Total = checked(sum.Total + value);
                return;
            }
            catch (OverflowException)
            {
                // Reported below, like a value that is not a number.
            }
        }

        sum.Unknown = true;
        findings.Add(new Finding(FindingCodes.TotemLoanAmountUnreadable, FindingSeverity.Warning, new SourceLocation(line, element), amount));
    }

    private struct Sum
    {
        public decimal Total;
        public bool Unknown;

        public readonly decimal? Value => Unknown ? null : Total;
    }
}
