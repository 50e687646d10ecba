using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Text cells: formula injection (<c>SCDL307</c>: a text starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>;
/// amounts are numbers and excepted) and operation numbers (<c>SCDL306</c>).
/// </summary>
internal sealed class TextRule : IBudgetRule
{
    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        CheckFormula(line.AuthorityName, LineField.AuthorityName, lineNumber, context);
        CheckFormula(line.AccountCode, LineField.AccountCode, lineNumber, context);
        CheckFormula(line.AccountLabel, LineField.AccountLabel, lineNumber, context);
        CheckFormula(line.ChapterCode, LineField.ChapterCode, lineNumber, context);
        CheckFormula(line.ChapterLabel, LineField.ChapterLabel, lineNumber, context);
        CheckFormula(line.FunctionCode, LineField.FunctionCode, lineNumber, context);
        CheckFormula(line.FunctionLabel, LineField.FunctionLabel, lineNumber, context);
        CheckFormula(line.Operation, LineField.Operation, lineNumber, context);

        if (line.Operation is { Length: > 0 } operation && !IsDigits(operation))
        {
            if (!context.Keeps(FindingCodes.OperationNotNumeric))
            {
                return;
            }

            context.Report(FindingCodes.OperationNotNumeric, lineNumber, context.ColumnOf(LineField.Operation), operation);
        }
    }

    public void Complete(ValidationContext context)
    {
    }

    internal static bool StartsLikeFormula(string? text) => FormulaPrefixLength(text) > 0;

    /// <summary>
    /// Gets the length of what makes a text run as a formula in a spreadsheet: a leading <c>=</c>, <c>+</c>,
    /// <c>-</c> or <c>@</c>, also behind tabs or carriage returns (which spreadsheets skip); 0 when there is none.
    /// </summary>
    internal static int FormulaPrefixLength(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var i = 0;
        while (i < text.Length && text[i] is '\t' or '\r')
        {
            i++;
        }

        return i < text.Length && text[i] is '=' or '+' or '-' or '@' ? i + 1 : 0;
    }

    private static void CheckFormula(string? text, LineField field, long lineNumber, ValidationContext context)
    {
        var prefix = FormulaPrefixLength(text);
        if (prefix > 0)
        {
            if (!context.Keeps(FindingCodes.FormulaInjection))
            {
                return;
            }

            context.Report(FindingCodes.FormulaInjection, lineNumber, context.ColumnOf(field), text, text![..prefix]);
        }
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
