namespace Scdl.Budget.Analysis;

/// <summary>One row of <c>definitions.tsv</c>: the lines it matches add to (or subtract from) a figure.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Nomenclatures">The normes the row is for; <c>*</c> for the others and for an unknown one.</param>
/// <param name="Sign">1 or -1.</param>
/// <param name="Flow">The flow (section, kind, direction) of the lines it looks at, see <see cref="Flows.Index"/>.</param>
/// <param name="Match">How it picks lines among those.</param>
/// <param name="Codes">The chapter codes or account prefixes.</param>
/// <param name="SourceLine">The 1-based line of the row in the file.</param>
internal sealed record DefinitionRow(
    DefinedFigure Figure,
    IReadOnlyList<string> Nomenclatures,
    int Sign,
    int Flow,
    DefinitionMatch Match,
    IReadOnlyList<string> Codes,
    int SourceLine)
{
    /// <summary>Tells whether the row picks a line of its flow.</summary>
    public bool Matches(BudgetLine line)
    {
        switch (Match)
        {
            case DefinitionMatch.Chapter:
                foreach (var code in Codes)
                {
                    if (string.Equals(line.ChapterCode, code, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            case DefinitionMatch.Account:
                foreach (var prefix in Codes)
                {
                    if (line.AccountCode.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }
}
