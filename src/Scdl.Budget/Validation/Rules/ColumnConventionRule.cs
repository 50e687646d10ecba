using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Which column holds the chapter (<c>SCDL308</c>, <c>SCDL309</c>), without a plan de comptes: a chapter code
/// (<c>011</c>, <c>65</c>, <c>040</c>) is shorter than the codes of the accounts budgeted in it (<c>60611</c>, <c>6541</c>).
/// Lines whose two codes have the same length say nothing. The plan-based rules can tell more.
/// </summary>
internal sealed class ColumnConventionRule : IBudgetRule
{
    private long _asRead;
    private long _swapped;

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        var chapter = line.ChapterCode.Length;
        var account = line.AccountCode.Length;
        if (chapter == 0 || account == 0 || chapter == account)
        {
            return;
        }

        if (chapter < account)
        {
            _asRead++;
        }
        else
        {
            _swapped++;
        }
    }

    public void Complete(ValidationContext context)
    {
        var total = _asRead + _swapped;
        if (total == 0)
        {
            return;
        }

        var readWith = context.Options.ColumnConvention;
        var other = readWith == ColumnConvention.Schema ? ColumnConvention.TotemConverters : ColumnConvention.Schema;
        if (_asRead >= _swapped)
        {
            context.Report(FindingCodes.ColumnConventionDetected, 0, null, null,
                context.ColumnOf(LineField.ChapterCode), context.ColumnOf(LineField.AccountCode),
                ValidationContext.Count(_asRead), ValidationContext.Count(total));
        }
        else
        {
            context.Report(FindingCodes.ColumnConventionMismatch, 0, null, null,
                context.ColumnOf(LineField.ChapterCode, other), context.ColumnOf(LineField.ChapterCode, readWith),
                ValidationContext.Count(_swapped), ValidationContext.Count(total));
        }
    }
}
