using System.Text;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Reports;

/// <summary>
/// Renders a file's findings for a terminal: the verdict, then each code (errors first) with its title, the lines it
/// was found on, and how to fix it.
/// </summary>
internal static class FindingsText
{
    /// <summary>The most lines shown under one code; the rest are counted.</summary>
    public const int MaxLinesPerCode = 20;

    public static string Render(FileReport report, CliText text, Ansi colours)
    {
        var culture = text.Culture;
        var builder = new StringBuilder();
        var verdict = report.Errors == 0 ? colours.Green(text["Report.Valid"]) : colours.Red(text["Report.Invalid"]);
        builder.Append(colours.Bold(report.Source)).Append(" — ").Append(verdict).Append('\n');
        if (!string.IsNullOrEmpty(report.Description))
        {
            builder.Append(report.Description).Append('\n');
        }

        builder.Append(text.Format("Report.Counts", N(text, report.Lines), N(text, report.Errors), N(text, report.Warnings), N(text, report.Infos))).Append('\n');
        var groups = report.Findings.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var codes = report.CountsByCode.Keys
            .OrderBy(code => groups.TryGetValue(code, out var kept) ? kept[0].Severity : FindingCodes.Describe(code)?.DefaultSeverity ?? FindingSeverity.Info)
            .ThenBy(code => code, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var kept = groups.GetValueOrDefault(code) ?? [];
            var descriptor = FindingCodes.Describe(code);
            var severity = kept.Count > 0 ? kept[0].Severity : descriptor?.DefaultSeverity ?? FindingSeverity.Info;
            var label = text["Severity." + severity];
            label = severity == FindingSeverity.Error ? colours.Red(label) : severity == FindingSeverity.Warning ? colours.Yellow(label) : label;
            builder.Append('\n')
                .Append(colours.Bold(code)).Append(' ').Append(label).Append(" · ").Append(descriptor?.GetTitle(culture) ?? code)
                .Append(" (").Append(text.Format("Report.Times", N(text, report.CountsByCode[code]))).Append(")\n");
            foreach (var finding in kept.Take(MaxLinesPerCode))
            {
                var where = finding.Location.Line > 0 ? text.Format("Report.Line", N(text, finding.Location.Line)) : text["Report.WholeFile"];
                builder.Append("  ").Append(where).Append(finding.GetMessage(culture)).Append('\n');
            }

            var more = report.CountsByCode[code] - Math.Min(kept.Count, MaxLinesPerCode);
            if (more > 0)
            {
                builder.Append("  ").Append(text.Format("Report.More", N(text, more))).Append('\n');
            }

            if (descriptor is not null)
            {
                builder.Append("  ").Append(text["Report.Fix"]).Append(' ').Append(descriptor.GetFix(culture)).Append('\n');
            }
        }

        builder.Append('\n');
        return builder.ToString();
    }

    private static string N(CliText text, long value) => value.ToString("N0", text.Culture);
}
