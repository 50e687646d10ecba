namespace Scdl.Budget.Analysis;

/// <summary>
/// The execution of a compte administratif or financier unique: realised against credits opened, per section and
/// per chapter, with the restes à réaliser. The carried-forward balances (001, 002) are left out: they are not
/// executed, they are carried.
/// </summary>
public sealed record ExecutionAnalysis
{
    internal ExecutionAnalysis(IReadOnlyList<ExecutionTotal> sections, IReadOnlyList<ChapterExecution> chapters)
    {
        Sections = sections;
        Chapters = chapters;
    }

    /// <summary>Gets the execution per section, kind and direction: 8 entries, fonctionnement first, réel before ordre, recette before dépense.</summary>
    public IReadOnlyList<ExecutionTotal> Sections { get; }

    /// <summary>Gets the execution per chapter, in chapter order (ordinal), then section, kind and direction.</summary>
    public IReadOnlyList<ChapterExecution> Chapters { get; }
}
