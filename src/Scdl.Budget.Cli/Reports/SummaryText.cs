using System.Text;
using Scdl.Budget.Cli.Output;
using Scdl.Budget.Summary;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Cli.Reports;

/// <summary>
/// Prints the budget summary the library computed for a file, for a terminal: per document, the totals per section,
/// real/order kind and direction, the carried-forward balances on their own line, the chapters (largest first), and
/// the balance checks. Presentation only.
/// </summary>
internal static class SummaryText
{
    public static string Render(ValidationReport report, CliText text, Ansi colours, int chapters)
    {
        var builder = new StringBuilder();
        builder.Append(colours.Bold(report.Source ?? string.Empty)).Append('\n');
        if (report.Summary.Documents.Count == 0)
        {
            builder.Append(text["Summary.NoDocument"]).Append('\n');
        }

        foreach (var document in report.Summary.Documents)
        {
            Document(builder, document, text, colours, chapters);
        }

        if (report.Summary.LinesNotCounted > 0)
        {
            builder.Append(text.Format("Summary.NotCounted", N(text, report.Summary.LinesNotCounted))).Append('\n');
        }

        builder.Append('\n');
        return builder.ToString();
    }

    private static void Document(StringBuilder builder, DocumentSummary document, CliText text, Ansi colours, int chapters)
    {
        builder.Append(text.Format(
            "Summary.Document",
            document.AuthorityName,
            text["Step." + document.Step],
            document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            document.Siret.ToString(),
            N(text, document.LineCount),
            text[document.AmountBasis == AmountBasis.Realised ? "Summary.Basis.Realised" : "Summary.Basis.Voted"])).Append('\n');

        // Per section: réel, ordre, the carried-forward balance (001, 002) on its own line, then the total of the three.
        var rows = new List<(string Label, decimal Recettes, decimal Depenses)>();
        foreach (var section in new[] { BudgetSection.Fonctionnement, BudgetSection.Investissement })
        {
            foreach (var kind in new OperationKind?[] { OperationKind.Reel, OperationKind.Ordre, null })
            {
                if (kind is null)
                {
                    rows.Add((text["Section." + section] + " · " + text["Summary.CarriedForward"],
                        document.GetCarriedForward(section, FlowDirection.Recette), document.GetCarriedForward(section, FlowDirection.Depense)));
                }

                rows.Add((text["Section." + section] + " · " + (kind is { } k ? text["Kind." + k] : text["Summary.AllKinds"]),
                    document.GetTotal(section, FlowDirection.Recette, kind), document.GetTotal(section, FlowDirection.Depense, kind)));
            }
        }

        var width = rows.Max(r => r.Label.Length) + 2;
        builder.Append("  ").Append(string.Empty.PadRight(width))
            .Append(text["Summary.Recettes"].PadLeft(20)).Append(text["Summary.Depenses"].PadLeft(20)).Append('\n');
        foreach (var (label, recettes, depenses) in rows)
        {
            builder.Append("  ").Append(label.PadRight(width))
                .Append(Money(text, recettes).PadLeft(20))
                .Append(Money(text, depenses).PadLeft(20))
                .Append('\n');
        }

        if (chapters > 0 && document.Chapters.Count > 0)
        {
            builder.Append('\n').Append("  ").Append(text.Format("Summary.Chapters", chapters)).Append('\n');
            foreach (var chapter in document.Chapters
                .Where(c => c.Amount != 0 && !c.IsCarriedForward)
                .OrderByDescending(c => Math.Abs(c.Amount))
                .ThenBy(c => c.ChapterCode, StringComparer.Ordinal)
                .Take(chapters))
            {
                var direction = chapter.Direction == FlowDirection.Recette ? "R" : "D";
                var label = Shorten(chapter.ChapterCode + " " + chapter.ChapterLabel, 46);
                builder.Append(string.Format(text.Culture, "    {0} {1,-46}{2,20}\n", direction, label, Money(text, chapter.Amount)));
            }
        }

        if (document.Checks.Count > 0)
        {
            builder.Append('\n').Append("  ").Append(text["Summary.Checks"]).Append('\n');
            foreach (var check in document.Checks)
            {
                var mark = check.Holds ? colours.Green("✓") : colours.Red("✗");
                builder.Append("    ").Append(mark).Append(' ').Append(text.Format("Summary.CheckName", text["Check." + check.Kind]))
                    .Append(check.GetLeftLabel(text.Culture)).Append(' ').Append(Money(text, check.Left))
                    .Append(check.Holds ? " = " : " ≠ ")
                    .Append(check.GetRightLabel(text.Culture)).Append(' ').Append(Money(text, check.Right));
                if (!check.Holds)
                {
                    builder.Append(' ').Append(text.Format("Summary.Difference", Money(text, check.Difference)));
                }

                builder.Append('\n');
            }
        }
    }

    private static string Shorten(string value, int length) => value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");

    private static string Money(CliText text, decimal value) => value.ToString("N2", text.Culture);

    private static string N(CliText text, long value) => value.ToString("N0", text.Culture);
}
