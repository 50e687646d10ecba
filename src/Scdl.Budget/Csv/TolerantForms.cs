using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>
/// The forms of header names and values that have one meaning although they are not the schema's spelling, shared by
/// the reader (which reads them in both modes, and reports them as the mode says) and the normaliser, so that what one
/// reads the other writes canonically. Used only after the exact match has failed: never on the hot path of a
/// canonical file.
/// </summary>
internal static class TolerantForms
{
    /// <summary>Folds a value for matching: trimmed, without accents, lower case, runs of spaces, <c>_</c> and <c>-</c> as one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Finds the schema column a header name stands for, ignoring case, accents, surrounding spaces and the <c>BGT_</c> prefix.</summary>
    public static ScdlColumn? MatchHeader(ScdlSchema schema, string name)
    {
        if (schema.Find(name) is { } exact)
        {
            return exact;
        }

        var folded = Fold(name).Replace(' ', '_').ToUpperInvariant();
        return schema.Find(folded) ?? (folded.StartsWith("BGT_", StringComparison.Ordinal) ? null : schema.Find("BGT_" + folded));
    }

    /// <summary>Builds the table of tolerant spellings of an enum column: its folded values and the usual aliases.</summary>
    public static FrozenDictionary<string, int> EnumTable(ScdlSchema schema, LineField field)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = schema.Binding.EnumValues(field);
        for (var i = 0; i < values.Count; i++)
        {
            table[Fold(values[i])] = i + 1;
        }

        foreach (var (alias, member) in Aliases(field))
        {
            table.TryAdd(Fold(alias), member);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The schema's spelling of a member, or the literal CFU text for <see cref="BudgetStep.CompteFinancierUnique"/>.</summary>
    public static string Spell(ScdlSchema schema, LineField field, int member) =>
        field == LineField.Step && member == (int)BudgetStep.CompteFinancierUnique
            ? BudgetLineBinding.CompteFinancierUniqueText
            : schema.Binding.Spell(field, member);

    private static IEnumerable<(string Alias, int Member)> Aliases(LineField field) => field switch
    {
        LineField.Step =>
        [
            ("BP", (int)BudgetStep.BudgetPrimitif), ("budget previsionnel", (int)BudgetStep.BudgetPrimitif), ("01", (int)BudgetStep.BudgetPrimitif),
            ("BS", (int)BudgetStep.BudgetSupplementaire), ("03", (int)BudgetStep.BudgetSupplementaire),
            ("DM", (int)BudgetStep.DecisionModificative), ("02", (int)BudgetStep.DecisionModificative),
            ("CA", (int)BudgetStep.CompteAdministratif), ("09", (int)BudgetStep.CompteAdministratif),
            ("CFU", (int)BudgetStep.CompteFinancierUnique), (BudgetLineBinding.CompteFinancierUniqueText, (int)BudgetStep.CompteFinancierUnique),
            ("10", (int)BudgetStep.CompteFinancierUnique),
        ],
        LineField.Section => [("I", (int)BudgetSection.Investissement), ("F", (int)BudgetSection.Fonctionnement)],
        LineField.OperationKind => [("0", (int)OperationKind.Reel), ("1", (int)OperationKind.Ordre), ("reelle", (int)OperationKind.Reel)],
        LineField.Direction =>
        [
            ("R", (int)FlowDirection.Recette), ("D", (int)FlowDirection.Depense),
            ("recettes", (int)FlowDirection.Recette), ("depenses", (int)FlowDirection.Depense),
        ],
        LineField.SpecializedArticle =>
        [
            ("false", (int)SpecializedArticle.NonSpecialise), ("true", (int)SpecializedArticle.Specialise),
            ("0", (int)SpecializedArticle.NonSpecialise), ("1", (int)SpecializedArticle.Specialise),
        ],
        _ => [],
    };

    /// <summary>
    /// Reads an amount that is not a plain number: a decimal comma, space, non-breaking space, apostrophe or dot
    /// thousands separators, a trailing euro sign. The decimal value keeps its scale.
    /// </summary>
    /// <param name="text">The cell.</param>
    /// <param name="decimalSeparator">The file's decimal separator, which decides <c>1,234</c>.</param>
    /// <param name="value">The amount.</param>
    /// <returns>Whether the cell is an amount.</returns>
    public static bool TryParseAmount(string text, char decimalSeparator, out decimal value)
    {
        value = 0;
        Span<char> buffer = stackalloc char[64];
        var span = text.AsSpan().Trim();
        if (span.EndsWith("€", StringComparison.Ordinal))
        {
            span = span[..^1].TrimEnd();
        }

        if (span.IsEmpty || span.Length > buffer.Length)
        {
            return false;
        }

        var commas = span.Count(',');
        var dots = span.Count('.');
        var lastComma = span.LastIndexOf(',');
        var lastDot = span.LastIndexOf('.');
        char? decimalChar;
        if (commas > 0 && dots > 0)
        {
            decimalChar = lastComma > lastDot ? ',' : '.';
            if ((decimalChar == ',' ? commas : dots) > 1)
            {
                return false;
            }
        }
        else if (commas == 1)
        {
            decimalChar = decimalSeparator == '.' && IsThousandsGroup(span, lastComma) ? null : ',';
        }
        else if (dots == 1)
        {
            decimalChar = decimalSeparator == ',' && IsThousandsGroup(span, lastDot) && span.IndexOfAny('e', 'E') < 0 ? null : '.';
        }
        else
        {
            decimalChar = null;
        }

        var length = 0;
        foreach (var c in span)
        {
            if (c == decimalChar)
            {
                buffer[length++] = '.';
            }
            else if (c is ',' or '.' or ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'')
            {
                // A thousands separator.
            }
            else
            {
                buffer[length++] = c;
            }
        }

        // Exactly, or not at all: a value the decimal would round is not read here.
        return Internal.Utf8Decimal.Read(buffer[..length].ToString(), out value) == Internal.NumberReading.Exact;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> span, int separator)
    {
        var after = span[(separator + 1)..];
        return after.Length == 3 && after.IndexOfAnyExceptInRange('0', '9') < 0 && separator > 0 && char.IsAsciiDigit(span[separator - 1]);
    }

    /// <summary>Reads a year written with decimals or spaces: <c>2022.0</c>, <c>2022,00</c>, <c> 2022 </c>.</summary>
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        var span = text.AsSpan().Trim();
        var separator = span.IndexOfAny('.', ',');
        if (separator >= 0)
        {
            if (span[(separator + 1)..].IndexOfAnyExcept('0') >= 0)
            {
                return false;
            }

            span = span[..separator];
        }

        return span.Length == 4 && span.IndexOfAnyExceptInRange('0', '9') < 0
            && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>Whether a SIRET was turned into exponent notation by a spreadsheet (<c>2.1560046E+13</c>).</summary>
    public static bool IsExponentSiret(string text)
    {
        var span = text.AsSpan().Trim();
        var e = span.IndexOfAny('e', 'E');
        return e > 0 && e < span.Length - 1 && TryParseAmount(text, '.', out _);
    }

    /// <summary>Cleans a SIRET written with spaces, dots, dashes or a trailing <c>.0</c>, when 14 digits remain.</summary>
    public static bool TryCleanSiret(string text, out string digits)
    {
        digits = string.Empty;
        var span = text.AsSpan().Trim();
        var decimals = span.LastIndexOfAny('.', ',');
        if (decimals >= 0 && span.Length - decimals <= 3 && span[(decimals + 1)..].IndexOfAnyExcept('0') < 0)
        {
            span = span[..decimals];
        }

        Span<char> buffer = stackalloc char[14];
        var length = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == 14)
                {
                    return false;
                }

                buffer[length++] = c;
            }
            else if (c is not (' ' or '\u00A0' or '\u202F' or '.' or '-'))
            {
                return false;
            }
        }

        if (length != 14)
        {
            return false;
        }

        digits = new string(buffer);
        return true;
    }
}
