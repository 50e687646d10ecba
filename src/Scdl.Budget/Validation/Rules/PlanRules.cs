using System.Globalization;
using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Validation.Rules;

/// <summary>
/// The plan-based rule group of validation. Fed typed lines in order, it reports findings of <c>SCDL401</c>–<c>SCDL416</c>.
/// </summary>
/// <remarks>
/// <para>
/// The plan is the one of the nomenclature the caller names, or, when none is named, inferred: among the plans of
/// the file's year, the one in which the codes of the most lines resolve (then the most account labels equal the
/// plan's). The column convention is checked the same way: if the codes resolve better with account and chapter
/// exchanged, the file uses the other convention, and its lines are checked that way (one <c>SCDL416</c>, not a
/// flood of unknown codes).
/// </para>
/// <para>
/// Both decisions look at the first <see cref="Lookahead"/> lines, which are held until then, and then checked;
/// later lines are checked as they come. Memory stays bounded in bytes too: the decision comes earlier once the held
/// lines' texts reach <see cref="MaxHeldChars"/> characters (lines near the record size limit). Findings of the held lines are therefore reported when the
/// decision is made, after the file-level findings of the decision.
/// </para>
/// </remarks>
internal sealed class PlanRules : IBudgetRule
{
    /// <summary>The number of lines the inference looks at before deciding.</summary>
    public const int DefaultLookahead = 1000;

    /// <summary>The most characters of text the held lines may have before the decision: 4 Mi characters, 8 MiB.</summary>
    public const long MaxHeldChars = 4 * 1024 * 1024;

    /// <summary>Below this share of lines resolving, the plan does not fit (<c>SCDL413</c>).</summary>
    public const double PoorFitThreshold = 0.9;

    private readonly PlanCatalog catalog;
    private readonly ColumnConvention readWith;
    private readonly List<(BudgetLine Line, long Number)> held = [];
    private readonly List<Finding> buffer = [];
    private readonly string? unparsable;
    private NomenclatureId? named;
    private PlanLineChecker? checker;
    private long heldChars;
    private bool decided;

    /// <summary>Creates the plan rules of a validation: with the plan the options name, or inferred from the codes.</summary>
    /// <param name="options">The validation options (<see cref="BudgetValidationOptions.Plans"/>, <see cref="BudgetValidationOptions.Nomenclature"/>, the column convention).</param>
    /// <remarks>A nomenclature that cannot be parsed is reported as unavailable (<c>SCDL414</c>) and nothing is checked.</remarks>
    public PlanRules(BudgetValidationOptions options)
        : this(options.Plans ?? PlanCatalog.BuiltIn, null, options.ColumnConvention)
    {
        if (options.Nomenclature is { } nomenclature)
        {
            if (NomenclatureId.TryParse(0, nomenclature, out var id))
            {
                named = id;
            }
            else
            {
                unparsable = nomenclature;
            }
        }
    }

    /// <summary>Creates plan rules with a catalogue and, optionally, the plan to check against.</summary>
    /// <param name="catalog">The catalogue of plans.</param>
    /// <param name="nomenclature">The plan named (its year is the lines'), or <see langword="null"/> to infer it.</param>
    /// <param name="readWith">The column convention the lines were read with.</param>
    /// <param name="lookahead">The number of lines the decision looks at.</param>
    public PlanRules(PlanCatalog catalog, NomenclatureId? nomenclature, ColumnConvention readWith, int lookahead = DefaultLookahead)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lookahead);
        this.catalog = catalog;
        named = nomenclature;
        this.readWith = readWith;
        Lookahead = lookahead;
    }

    public int Lookahead { get; }

    /// <summary>Gets the plan chosen (named or inferred), once decided; <see langword="null"/> when none could be.</summary>
    public NomenclatureId? Chosen { get; private set; }

    /// <summary>Gets the convention the file's codes follow, once decided.</summary>
    public ColumnConvention? DetectedConvention { get; private set; }

    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (unparsable is not null)
        {
            return;
        }

        if (decided)
        {
            checker?.Check(line, lineNumber, buffer);
        }
        else
        {
            held.Add((line, lineNumber));
            heldChars += RecordSize.TextLength(line);
            if (held.Count >= Lookahead || heldChars >= MaxHeldChars)
            {
                Decide(buffer);
            }
        }

        Drain(context);
    }

    public void Complete(ValidationContext context)
    {
        if (unparsable is not null)
        {
            context.Report(FindingCodes.NomenclatureUnavailable, 0, null, null, unparsable);
            return;
        }

        if (!decided)
        {
            Decide(buffer);
        }

        Drain(context);
    }

    /// <summary>Hands the findings to the run, but those the report would not keep, which are only counted.</summary>
    private void Drain(ValidationContext context)
    {
        foreach (var finding in buffer)
        {
            if (finding.Location.Line == 0 || context.Keeps(finding.Code))
            {
                context.Sink.Add(finding);
            }
        }

        buffer.Clear();
    }

    private void Decide(List<Finding> output)
    {
        decided = true;
        var lines = held.Select(h => h.Line).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var year = lines.GroupBy(l => l.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var candidates = Candidates(year);
        if (candidates.Count == 0)
        {
            Report(output, FindingCodes.NomenclatureUnavailable, named?.WithYear(year).Nomenclature ?? "?");
            held.Clear();
            return;
        }

        var scored = new List<Score>();
        foreach (var id in candidates)
        {
            // One memory of answers for both readings: the swapped reading asks for the same codes in other roles. The
            // plans weighed are not built: the compact catalogue answers for each (PlanLookup).
            var lookup = new MemoizedLookup(catalog.For(id));
            scored.Add(Score.Of(lookup, id, lines, swap: false));
            scored.Add(Score.Of(lookup, id, lines, swap: true));
        }

        var ranked = scored.OrderByDescending(s => s.Fits).ThenByDescending(s => s.Labels).ThenByDescending(s => s.ExactFits)
            .ThenByDescending(s => s.Functions).ThenBy(s => s.Swap).ToList();
        var best = ranked[0];
        var total = lines.Count(l => l.AccountCode.Length > 0 || l.ChapterCode.Length > 0);
        var nomenclature = named is { } n ? n.WithYear(year) : best.Plan;
        Chosen = nomenclature;
        if (named is null)
        {
            var next = ranked.Where(s => s.Swap == best.Swap && s.Plan != best.Plan).Take(3)
                .Select(s => s.Plan.ToString() + " " + WholePercent(s.Fits, total) + " %");
            Report(output, FindingCodes.NomenclatureInferred, best.Plan.ToString(), Count(best.Fits), Count(total), Percent(best.Fits, total), string.Join(", ", next));
        }

        if (total > 0 && best.Fits < total * PoorFitThreshold)
        {
            Report(output, FindingCodes.NomenclaturePoorFit, best.Plan.ToString(), Count(best.Fits), Count(total), Percent(best.Fits, total));
        }

        if (best.Fits == 0)
        {
            held.Clear();
            return;
        }

        var convention = best.Swap ? PlanColumns.Other(readWith) : readWith;
        DetectedConvention = convention;
        var columns = PlanColumns.For(convention);
        Report(output, best.Swap ? FindingCodes.ColumnConventionSwapped : FindingCodes.ColumnConventionConfirmed,
            columns.Account, columns.Chapter, Count(best.Fits), Count(total));

        checker = new PlanLineChecker(catalog, nomenclature, columns, best.Swap);
        foreach (var (line, number) in held)
        {
            checker.Check(line, number, output);
        }

        held.Clear();
    }

    private List<NomenclatureId> Candidates(int year)
    {
        if (named is { } id)
        {
            var lookup = catalog.For(id.WithYear(year));
            return lookup.HasPlans ? [lookup.FallbackOrder[0]] : [];
        }

        var years = catalog.Nomenclatures.Select(n => n.Year).Distinct().ToList();
        if (years.Count == 0)
        {
            return [];
        }

        var nearest = years.OrderBy(y => Math.Abs(y - year)).ThenBy(y => y).First();
        return [.. catalog.Nomenclatures.Where(n => n.Year == nearest)];
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Invariant text; the message's {5:0.#} placeholder writes it the culture's way (90,5 % in French).
    private static string Percent(long part, long total) =>
        total == 0 ? "0" : (100.0 * part / total).ToString("0.#", CultureInfo.InvariantCulture);

    // Whole percentages in the list of the next plans, which is one argument of text: the same in every language.
    private static string WholePercent(long part, long total) =>
        total == 0 ? "0" : Math.Round(100.0 * part / total, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static void Report(List<Finding> output, string code, params string[] arguments) =>
        output.Add(new Finding(code, FindingCodes.Get(code).DefaultSeverity, SourceLocation.File, null, arguments));

    /// <summary>
    /// How well one plan fits the held lines, read as they are or with account and chapter exchanged: lines whose
    /// account (a leaf, not a grouping account) and chapter resolve, with the year fallback; then, to tell close
    /// plans apart, account labels equal to the plan's, codes found in the plan of the year itself, function codes
    /// that resolve.
    /// </summary>
    private sealed record Score(NomenclatureId Plan, bool Swap, int Fits, int Labels, int ExactFits, int Functions)
    {
        public static Score Of(MemoizedLookup lookup, NomenclatureId plan, List<BudgetLine> lines, bool swap)
        {
            int fits = 0, labels = 0, exact = 0, functions = 0;
            foreach (var line in lines)
            {
                if (line.FunctionCode is { Length: > 0 } function && lookup.FindFunction(function.Trim()).Label is not null)
                {
                    functions++;
                }

                var accountCode = (swap ? line.ChapterCode : line.AccountCode).Trim();
                var chapterCode = (swap ? line.AccountCode : line.ChapterCode).Trim();
                if (accountCode.Length == 0 || lookup.FindAccount(accountCode) is not { Value.IsBudgetable: true } account)
                {
                    continue;
                }

                var chapter = chapterCode.Length == 0 ? null : lookup.FindChapter(chapterCode);
                if (chapterCode.Length > 0 && chapter is null)
                {
                    continue;
                }

                fits++;
                exact += !account.IsFromOtherYear && chapter?.IsFromOtherYear != true ? 1 : 0;
                labels += PlanLineChecker.SameText(swap ? line.ChapterLabel : line.AccountLabel, account.Value.Label) ? 1 : 0;
            }

            return new Score(plan, swap, fits, labels, exact, functions);
        }
    }
}
