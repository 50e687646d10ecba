using System.Globalization;
using System.Text;
using Scdl.Budget.Internal;
using Scdl.Budget.Schema;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Reports;

/// <summary>Shared wording of the reports: spellings, frictionless notes, amounts, line ranges.</summary>
internal static class ReportText
{
    public static string Severity(FindingSeverity severity, CultureInfo? culture) =>
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
    public static string Note(Finding finding, CultureInfo? culture)
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

    /// <summary>Formats an amount with two decimals, digits grouped by three: <c>1 234,50</c> in French, <c>1,234.50</c> in English.</summary>
    public static string Amount(decimal value, CultureInfo? culture)
    {
        var french = IsFrench(culture);
        var text = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = digits[..point];
        var builder = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append(french ? ' ' : ',');
            }

            builder.Append(integer[i]);
        }

        return (negative ? "-" : string.Empty) + builder + (french ? "," : ".") + digits[(point + 1)..];
    }

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

    public static string Format(string key, CultureInfo? culture, params object?[] args) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Messages.Get(key, culture), args);

    private static bool IsFrench(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "fr", StringComparison.Ordinal);
}
