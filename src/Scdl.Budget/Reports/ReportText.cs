using System.Globalization;
using System.Text;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Reports;

/// <summary>Shared wording of the reports: spellings, frictionless notes, amounts, line ranges.</summary>
internal static class ReportText
{
    public static string Severity(FindingSeverity severity, CultureInfo culture) =>
        Messages.Get("Report.Severity." + severity switch
        {
            FindingSeverity.Error => "Error",
            FindingSeverity.Warning => "Warning",
            _ => "Info",
        }, culture);

    public static string SeverityKey(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static string ConventionKey(ColumnConvention convention) =>
        convention == ColumnConvention.TotemConverters ? "totem-converters" : "schema";

    public static string Step(BudgetStep step) => step switch
    {
        BudgetStep.CompteFinancierUnique => BudgetLineBinding.CompteFinancierUniqueText,
        >= BudgetStep.BudgetPrimitif and <= BudgetStep.CompteAdministratif => ScdlSchema.Latest.Binding.Spell(LineField.Step, (int)step),
        _ => "?",
    };

    public static string Section(BudgetSection section) =>
        section is BudgetSection.Fonctionnement or BudgetSection.Investissement ? ScdlSchema.Latest.Binding.Spell(LineField.Section, (int)section) : "?";

    public static string Kind(OperationKind kind) =>
        kind is OperationKind.Reel or OperationKind.Ordre ? ScdlSchema.Latest.Binding.Spell(LineField.OperationKind, (int)kind) : "?";

    public static string Direction(FlowDirection direction) =>
        direction is FlowDirection.Recette or FlowDirection.Depense ? ScdlSchema.Latest.Binding.Spell(LineField.Direction, (int)direction) : "?";

    public static string CheckKey(BalanceCheckKind kind) => kind switch
    {
        BalanceCheckKind.FonctionnementBalance => "fonctionnement-balance",
        BalanceCheckKind.InvestissementBalance => "investissement-balance",
        BalanceCheckKind.Depenses040Recettes042 => "depenses-040-recettes-042",
        BalanceCheckKind.Depenses042Recettes040 => "depenses-042-recettes-040",
        BalanceCheckKind.Order041 => "order-041",
        BalanceCheckKind.Order043 => "order-043",
        BalanceCheckKind.Depenses023Recettes021 => "depenses-023-recettes-021",
        _ => "unknown",
    };

    /// <summary>The frictionless <c>note</c>: the violated constraint or type, else the code's title.</summary>
    public static string Note(Finding finding, CultureInfo culture)
    {
        var args = finding.Arguments;
        return finding.Code switch
        {
            FindingCodes.RequiredValueMissing => "constraint \"required\" is \"True\"",
            FindingCodes.ValueNotAllowed when args.Count > 0 => $"constraint \"enum\" is \"{args[0]}\"",
            FindingCodes.InvalidYear => "type is \"year/default\"",
            FindingCodes.InvalidNumber => "type is \"number/default\"",
            FindingCodes.InvalidSiretFormat => "constraint \"pattern\" is \"^\\d{14}$\"",
            FindingCodes.InvalidLength when args.Count > 2 => $"constraint \"minLength\" is \"{args[1]}\", constraint \"maxLength\" is \"{args[2]}\"",
            _ => FindingCodes.Describe(finding.Code)?.GetTitle(culture) ?? finding.Code,
        };
    }

    /// <summary>Formats an amount in euros with two decimals, the culture's way: <c>1 234,50</c> in French, <c>1,234.50</c> in English.</summary>
    public static string Amount(decimal value, CultureInfo culture) => value.ToString("N2", culture);

    /// <summary>Formats a count the culture's way: <c>1 273</c> in French, <c>1,273</c> in English.</summary>
    public static string Number(long value, CultureInfo culture) => value.ToString("N0", culture);

    /// <summary>
    /// Words a count with the noun it counts, singular or plural as the language wants it (French takes the singular
    /// for 0 and 1, English for 1 only): the resource <c>key.One</c> or <c>key.Other</c>, formatted with the count
    /// as <c>{0}</c> (<c>{0:N0}</c> in the resource) and <paramref name="args"/> after it.
    /// </summary>
    public static string Plural(string key, long count, CultureInfo culture, params object?[] args)
    {
        var one = IsFrench(culture) ? count is 0 or 1 or -1 : count is 1 or -1;
        var template = Messages.Get(key + (one ? ".One" : ".Other"), culture);
        var all = new object?[args.Length + 1];
        all[0] = count;
        args.CopyTo(all, 1);
        return string.Format(culture, template, all);
    }

    /// <summary>Gets the sentence that says what a verdict means and what to do.</summary>
    public static string Verdict(ValidationVerdict verdict, CultureInfo culture) => Messages.Get("Verdict." + verdict switch
    {
        ValidationVerdict.Valid => "Valid",
        ValidationVerdict.NotInStandardFormat => "NotInStandardFormat",
        ValidationVerdict.Unreadable => "Unreadable",
        _ => "Invalid",
    }, culture);

    public static string VerdictKey(ValidationVerdict verdict) => verdict switch
    {
        ValidationVerdict.Valid => "valid",
        ValidationVerdict.NotInStandardFormat => "not-in-standard-format",
        ValidationVerdict.Unreadable => "unreadable",
        _ => "invalid",
    };

    public static string AspectKey(Normalization.DialectAspect aspect) => aspect switch
    {
        Normalization.DialectAspect.Encoding => "encoding",
        Normalization.DialectAspect.ByteOrderMark => "byte-order-mark",
        Normalization.DialectAspect.Separator => "separator",
        Normalization.DialectAspect.DecimalSeparator => "decimal-separator",
        _ => "line-breaks",
    };

    public static string CategoryKey(string code) => (FindingCodes.Describe(code)?.Category ?? FindingCategory.Content) switch
    {
        FindingCategory.Unreadable => "unreadable",
        FindingCategory.Format => "format",
        _ => "content",
    };

    /// <summary>
    /// Makes text from an input safe to show: every control character (C0, DEL, C1) becomes a visible symbol (ESC
    /// shows as <c>␛</c>, a tab as <c>␉</c>, a line break as <c>␊</c>), and the Unicode direction overrides become
    /// <c>�</c>, so that a value cannot move the cursor, clear or retitle a terminal, or reorder what is shown.
    /// </summary>
    public static string Neutralize(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && !IsUnsafe(span[i]))
        {
            i++;
        }

        if (i == span.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(span[..i]);
        for (; i < span.Length; i++)
        {
            var c = span[i];
            builder.Append(!IsUnsafe(c) ? c : c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Lists runs of lines compactly, in line order, merged where they touch: <c>2-5, 9, 12-13</c>.</summary>
    public static string Ranges(IEnumerable<LineRange> ranges)
    {
        var merged = new List<LineRange>();
        foreach (var range in ranges.OrderBy(r => r.First).ThenBy(r => r.Last))
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                merged[^1] = merged[^1] with { Last = Math.Max(merged[^1].Last, range.Last) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return string.Join(", ", merged);
    }

    /// <summary>Gets the number of findings of a group shown with their line (or, for the whole input, all of them).</summary>
    public static long Listed(FindingGroup group) => group.IsWholeFile ? group.Count : group.Count - group.LinesNotListed;

    /// <summary>Lists line numbers compactly: <c>2-5, 9, 12-13</c>.</summary>
    public static string Ranges(IEnumerable<long> lines)
    {
        var builder = new StringBuilder();
        long start = -1, end = -1;
        foreach (var line in lines.Distinct().Order())
        {
            if (start >= 0 && line == end + 1)
            {
                end = line;
                continue;
            }

            Flush();
            start = end = line;
        }

        Flush();
        return builder.ToString();

        void Flush()
        {
            if (start < 0)
            {
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(start.ToString(CultureInfo.InvariantCulture));
            if (end > start)
            {
                builder.Append('-').Append(end.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        args.Length == 0 ? Messages.Get(key, culture) : string.Format(culture, Messages.Get(key, culture), args);

    public static bool IsFrench(CultureInfo culture) => string.Equals(culture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal);
}
