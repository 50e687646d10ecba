using System.Globalization;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// Checks one typed line against the plan de comptes of its nomenclature (the plan of the line's year, with the
/// fallback to other years): chapter and account exist, the account is allowed for the direction and operation
/// kind and budgeted in that chapter, the section is the chapter's, labels are the plan's, the function resolves,
/// deleted accounts and codes found only in another year's plan. Stateless apart from a lookup per year.
/// </summary>
/// <remarks>
/// The account, chapter and section findings of a line depend on a few of its values only: account and chapter codes
/// and labels, direction, operation kind, section and year. A budget file repeats a few hundred combinations of them
/// over thousands of lines, so the findings of each combination are remembered (for at most
/// <see cref="MaxRemembered"/> combinations; further ones are checked each time) and given again, at the line's
/// number, to every later line of the same combination: one hashed lookup instead of a check. A file whose
/// combinations rarely come back stops remembering after <see cref="Probation"/> lines. Function codes are looked up
/// per line, already remembered per code (<see cref="MemoizedLookup"/>).
/// </remarks>
internal sealed class PlanLineChecker
{
    /// <summary>The most combinations of account, chapter and section values whose findings are remembered.</summary>
    public const int MaxRemembered = 16_384;

    private readonly PlanCatalog catalog;
    private readonly NomenclatureId nomenclature;
    private readonly Dictionary<int, MemoizedLookup> lookups = [];
    /// <summary>The lines after which remembering stops if combinations came back less than one time in four.</summary>
    internal const int Probation = 4_096;

    private readonly Dictionary<CodesKey, Finding[]> codesSeen = new(CodesKey.Comparer);
    private bool remembering = true;
    private int looked;
    private int hits;

    public PlanLineChecker(PlanCatalog catalog, NomenclatureId nomenclature, PlanColumns columns, bool swapLines)
    {
        this.catalog = catalog;
        this.nomenclature = nomenclature;
        Columns = columns;
        SwapLines = swapLines;
    }

    /// <summary>Gets the columns findings name: those of the convention the file really uses.</summary>
    public PlanColumns Columns { get; }

    /// <summary>Gets whether lines are read swapped before checking (the file uses the other convention than it was read with).</summary>
    public bool SwapLines { get; }

    public PlanLookup LookupFor(int year) => MemoizedFor(year).Lookup;

    public void Check(BudgetLine original, long lineNumber, List<Finding> output)
    {
        if (!remembering)
        {
            CheckCodes(original, lineNumber, output);
        }
        else
        {
            CheckRemembered(original, lineNumber, output);
        }

        if (original.FunctionCode is { Length: > 0 })
        {
            CheckFunction(original, lineNumber, MemoizedFor(original.Year), output);
        }
    }

    /// <summary>Gets whether the findings of combinations are remembered: until a file shows that its combinations rarely come back.</summary>
    internal bool IsRemembering => remembering;

    /// <summary>
    /// Gives the findings of a combination seen before at the line's number, or checks the line and remembers its
    /// combination's findings. Over the first <see cref="Probation"/> lines, a file whose combinations came back less than
    /// one time in four (codes and labels drawn at random) stops remembering: the lookup would only add to the check.
    /// </summary>
    private void CheckRemembered(BudgetLine original, long lineNumber, List<Finding> output)
    {
        var codes = new CodesKey(original);
        if (codesSeen.TryGetValue(codes, out var codeFindings))
        {
            hits++;
            foreach (var finding in codeFindings)
            {
                output.Add(finding with { Location = new SourceLocation(lineNumber, finding.Location.Column) });
            }
        }
        else
        {
            var start = output.Count;
            CheckCodes(original, lineNumber, output);
            if (codesSeen.Count < MaxRemembered)
            {
                codesSeen.Add(codes, output.Count == start ? [] : output.GetRange(start, output.Count - start).ToArray());
            }
        }

        if (++looked == Probation && hits < Probation / 4)
        {
            remembering = false;
            codesSeen.Clear();
            codesSeen.TrimExcess();
        }
    }

    /// <summary>Checks the account, the chapter and the section of a line (read swapped when the file uses the other convention).</summary>
    private void CheckCodes(BudgetLine original, long lineNumber, List<Finding> output)
    {
        var line = SwapLines ? PlanColumns.Swap(original) : original;
        var lookup = MemoizedFor(line.Year);
        var planText = lookup.PlanText;
        var accountCode = line.AccountCode.Trim();
        var chapterCode = line.ChapterCode.Trim();

        // The chapters the plan budgets the account in for this direction and kind: at most two uses, so no list.
        PlanMatch<PlanAccount>? account = null;
        string? expected1 = null, expected2 = null;
        if (accountCode.Length > 0)
        {
            account = lookup.FindAccount(accountCode);
            if (account is null)
            {
                Report(output, FindingCodes.UnknownAccount, lineNumber, Columns.Account, accountCode, planText);
            }
            else
            {
                CheckAccount(line, lineNumber, account, planText, output);
                var uses = PlanAccount.UsesFor(line.Direction, line.OperationKind, null);
                expected1 = uses.Length > 0 ? account.Value.GetChapterCode(uses[0]) : null;
                expected2 = uses.Length > 1 ? account.Value.GetChapterCode(uses[1]) : null;
                if (uses.Length > 0 && expected1 is null && expected2 is null)
                {
                    Report(output, FindingCodes.AccountNotAllowed, lineNumber, Columns.Account, accountCode,
                        PlanColumns.DirectionText(line.Direction), PlanColumns.KindText(line.OperationKind), account.Source.ToString());
                }
            }
        }

        PlanMatch<PlanChapter>? chapter = null;
        if (chapterCode.Length > 0)
        {
            chapter = lookup.FindChapter(chapterCode);
            if (chapter is null)
            {
                Report(output, FindingCodes.UnknownChapter, lineNumber, Columns.Chapter, chapterCode, planText);
            }
            else
            {
                CheckChapter(line, lineNumber, chapter, chapterCode, account, expected1, expected2, planText, output);
            }
        }
        else if (account is not null && (expected1 ?? expected2) is { } derived)
        {
            chapter = lookup.FindChapter(derived);
        }

        if (chapter?.Value.Section is { } section && line.Section is BudgetSection.Investissement or BudgetSection.Fonctionnement && line.Section != section)
        {
            Report(output, FindingCodes.SectionDiffersFromPlan, lineNumber, Columns.Section, PlanColumns.SectionText(line.Section),
                chapter.Value.Code, PlanColumns.SectionText(section));
        }
    }

    private MemoizedLookup MemoizedFor(int year)
    {
        if (!lookups.TryGetValue(year, out var lookup))
        {
            lookup = new MemoizedLookup(catalog.For(nomenclature.WithYear(year)));
            lookups.Add(year, lookup);
        }

        return lookup;
    }

    private void CheckAccount(BudgetLine line, long lineNumber, PlanMatch<PlanAccount> account, string planText, List<Finding> output)
    {
        var code = account.Value.Code;
        if (account.IsFromOtherYear)
        {
            Report(output, FindingCodes.CodeFromOtherYear, lineNumber, Columns.Account, code, planText, Year(account.Source));
        }

        if (account.Value.IsDeleted)
        {
            Report(output, FindingCodes.DeletedAccount, lineNumber, Columns.Account, code, account.Source.ToString(), account.Value.DeletedSince ?? "?");
        }

        if (DiffersFrom(line.AccountLabel, account.Value.Label))
        {
            Report(output, FindingCodes.AccountLabelDiffers, lineNumber, Columns.AccountLabel, line.AccountLabel, code, account.Value.Label);
        }
    }

    private void CheckChapter(
        BudgetLine line, long lineNumber, PlanMatch<PlanChapter> chapter, string chapterCode, PlanMatch<PlanAccount>? account,
        string? expected1, string? expected2, string planText, List<Finding> output)
    {
        if (chapter.IsFromOtherYear)
        {
            Report(output, FindingCodes.CodeFromOtherYear, lineNumber, Columns.Chapter, chapterCode, planText, Year(chapter.Source));
        }

        // A functional chapter (vote by function) or a special chapter (015, 016, 017: RSA, APA…) holds accounts of
        // several natures: the account's nature chapter is not expected there.
        var code = chapter.Value.Code;
        if (account is not null && (expected1 is not null || expected2 is not null) && !chapter.Value.IsFunctional && !chapter.Value.IsSpecial
            && !string.Equals(expected1, code, StringComparison.Ordinal) && !string.Equals(expected2, code, StringComparison.Ordinal))
        {
            var expected = expected1 is not null && expected2 is not null ? expected1 + " / " + expected2 : expected1 ?? expected2!;
            Report(output, FindingCodes.ChapterDiffersFromPlan, lineNumber, Columns.Chapter, chapterCode,
                account.Value.Code, account.Source.ToString(), expected);
        }

        if (DiffersFrom(line.ChapterLabel, chapter.Value.Label))
        {
            Report(output, FindingCodes.ChapterLabelDiffers, lineNumber, Columns.ChapterLabel, line.ChapterLabel, chapter.Value.Code, chapter.Value.Label);
        }
    }

    private void CheckFunction(BudgetLine line, long lineNumber, MemoizedLookup lookup, List<Finding> output)
    {
        var planText = lookup.PlanText;
        var code = line.FunctionCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return;
        }

        var (label, source) = lookup.FindFunction(code);
        if (label is null)
        {
            Report(output, FindingCodes.UnknownFunction, lineNumber, Columns.Function, code, planText);
            return;
        }

        if (source.Year != lookup.Lookup.Requested.Year)
        {
            Report(output, FindingCodes.CodeFromOtherYear, lineNumber, Columns.Function, code, planText, Year(source));
        }

        if (DiffersFrom(line.FunctionLabel, label))
        {
            Report(output, FindingCodes.FunctionLabelDiffers, lineNumber, Columns.FunctionLabel, line.FunctionLabel, code, label);
        }
    }

    /// <summary>An empty label is not compared (the reader reports empty required cells); others must equal the plan's, spaces around aside.</summary>
    private static bool DiffersFrom(string? given, string expected) =>
        !string.IsNullOrWhiteSpace(given) && !SameText(given, expected);

    /// <summary>Compares two labels, spaces around aside, without making trimmed copies (this runs on every line).</summary>
    internal static bool SameText(string given, string expected) =>
        given.AsSpan().Trim().SequenceEqual(expected.AsSpan().Trim());

    private static string Year(NomenclatureId id) => id.Year.ToString(CultureInfo.InvariantCulture);

    private static void Report(List<Finding> output, string code, long line, string column, string? value, params string[] arguments) =>
        output.Add(new Finding(code, FindingCodes.Get(code).DefaultSeverity, new SourceLocation(line, column), value, arguments));

    /// <summary>The values the account, chapter and section findings of a line depend on (as read, before any swap).</summary>
    private readonly struct CodesKey(BudgetLine line)
    {
        public static readonly IEqualityComparer<CodesKey> Comparer = new ValueComparer();

        private readonly string account = line.AccountCode;
        private readonly string accountLabel = line.AccountLabel;
        private readonly string chapter = line.ChapterCode;
        private readonly string chapterLabel = line.ChapterLabel;
        private readonly int year = line.Year;
        private readonly int kinds = (int)line.Section | ((int)line.OperationKind << 8) | ((int)line.Direction << 16);

        /// <summary>
        /// Compares the values (ordinal). Hashes the codes, the year, the kinds and the lengths of the labels only: a code
        /// comes with one label or two, and hashing labels of 30 to 100 characters on every line cost more than the check.
        /// </summary>
        private sealed class ValueComparer : IEqualityComparer<CodesKey>
        {
            public bool Equals(CodesKey x, CodesKey y) =>
                x.year == y.year && x.kinds == y.kinds && string.Equals(x.account, y.account, StringComparison.Ordinal)
                && string.Equals(x.chapter, y.chapter, StringComparison.Ordinal) && string.Equals(x.accountLabel, y.accountLabel, StringComparison.Ordinal)
                && string.Equals(x.chapterLabel, y.chapterLabel, StringComparison.Ordinal);

            public int GetHashCode(CodesKey key) =>
                HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.account), StringComparer.Ordinal.GetHashCode(key.chapter),
                    key.accountLabel.Length, key.chapterLabel.Length, key.year, key.kinds);
        }
    }
}
