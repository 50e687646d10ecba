using System.Globalization;
using System.Text;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Reports;

/// <summary>
/// Renders the findings of a conversion or a normalisation for a terminal: each code (errors first) with its title
/// and count, how to fix it, and its findings, those that differ only by their line shown once with their lines.
/// </summary>
internal static class FindingsText
{
    /// <summary>The most distinct findings shown under one code; the rest are counted.</summary>
    public const int MaxGroupsPerCode = 20;

    public static string Render(FileReport report, CliText text, Ansi colours, bool withVerdict = true)
    {
        var culture = text.Culture;
        var builder = new StringBuilder();
        if (withVerdict)
        {
            var verdict = report.Errors == 0 ? colours.Green(text["Report.Valid"]) : colours.Red(text["Report.Invalid"]);
            builder.Append(colours.Bold(report.Source)).Append(" — ").Append(verdict).Append('\n');
            if (!string.IsNullOrEmpty(report.Description))
            {
                builder.Append(report.Description).Append('\n');
            }

            builder.Append(text.Format("Report.Counts", N(text, report.Lines), N(text, report.Errors), N(text, report.Warnings), N(text, report.Infos))).Append('\n');
        }

        var byCode = report.Findings.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var codes = report.CountsByCode.Keys
            .OrderBy(code => byCode.TryGetValue(code, out var kept) ? kept[0].Severity : FindingCodes.Describe(code)?.DefaultSeverity ?? FindingSeverity.Info)
            .ThenBy(code => code, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var kept = byCode.GetValueOrDefault(code) ?? [];
            var descriptor = FindingCodes.Describe(code);
            var severity = kept.Count > 0 ? kept[0].Severity : descriptor?.DefaultSeverity ?? FindingSeverity.Info;
            var label = text["Severity." + severity];
            label = severity == FindingSeverity.Error ? colours.Red(label) : severity == FindingSeverity.Warning ? colours.Yellow(label) : label;
            builder.Append('\n')
                .Append(colours.Bold(code)).Append(' ').Append(label).Append(" · ").Append(descriptor?.GetTitle(culture) ?? code)
                .Append(" (").Append(text.Format("Report.Times", N(text, report.CountsByCode[code]))).Append(")\n");
            if (descriptor is not null)
            {
                builder.Append("  ").Append(text["Report.Fix"]).Append(' ').Append(descriptor.GetFix(culture)).Append('\n');
            }

            var groups = kept.GroupBy(f => (f.Location.Column, f.Value, Arguments: string.Join('\u0001', f.Arguments))).ToList();
            foreach (var group in groups.Take(MaxGroupsPerCode))
            {
                var lines = group.Select(f => f.Location.Line).Where(l => l > 0).ToList();
                var where = lines.Count == 0 ? text["Report.WholeFile"] : text.Format(lines.Count == 1 ? "Report.Line" : "Report.Lines", Ranges(lines));
                builder.Append("  - ").Append(where).Append(group.First().GetMessage(culture)).Append('\n');
            }

            var shown = groups.Take(MaxGroupsPerCode).Sum(g => (long)g.Count());
            var more = report.CountsByCode[code] - shown;
            if (more > 0)
            {
                builder.Append("  - ").Append(text.Format("Report.More", N(text, more))).Append('\n');
            }
        }

        builder.Append('\n');
        return builder.ToString();
    }

    /// <summary>Lists line numbers compactly: <c>2-5, 9, 12-13</c>.</summary>
    public static string Ranges(IEnumerable<long> lines)
    {
        var builder = new StringBuilder();
        var sorted = lines.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
            {
                i++;
            }

            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(start.ToString(CultureInfo.InvariantCulture));
            if (sorted[i] > start)
            {
                builder.Append('-').Append(sorted[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string N(CliText text, long value) => value.ToString("N0", text.Culture);
}
