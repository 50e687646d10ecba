using System.Globalization;
using System.Runtime.CompilerServices;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Completes budget lines from the plan de comptes, for producers who only have account codes, directions,
/// operation kinds and amounts (a vendor exporting from its own data): fills the account label, the chapter the
/// plan budgets the account in for the line's direction and operation kind, the chapter label, the section and
/// the function label. Each line is completed from the plan of its own year, with the fallback to the nearest
/// year of the same nomenclature.
/// </summary>
/// <example>
/// <code>
/// var filler = new PlanFiller(PlanCatalog.BuiltIn, "M14-M14_COM_500_3500");
/// var line = filler.Fill(myLine);   // myLine: AccountCode "6064", Direction Depense, OperationKind Reel, Year 2022
/// // line.AccountLabel "Fournitures administratives", line.ChapterCode "011",
/// // line.ChapterLabel "Charges à caractère général", line.Section Fonctionnement
/// </code>
/// </example>
/// <remarks>
/// The section is the chapter's: it is set from the plan whenever the line's chapter has one, whatever the line
/// held (<see cref="BudgetLine.Section"/> must be given to build a line; any value, or <c>default</c>, will do), and
/// <see cref="Fill(BudgetRecord)"/> reports a section it replaced (<c>SCDL405</c>, as a warning). Codes present are
/// kept: a chapter given by the producer wins over the plan's (an authority may vote an account in another
/// chapter), and its section is used; labels are only filled when empty unless
/// <see cref="PlanFillOptions.OverwriteLabels"/> is set. For an order line the CSV model has no order type: the
/// chapter between sections is used when the account has one (see
/// <see cref="PlanAccount.GetChapterCode(FlowDirection, OperationKind, OrderOperationType?)"/>). An instance keeps
/// one lookup per year met; use one instance per file, from one thread at a time.
/// </remarks>
public sealed class PlanFiller
{
    private readonly PlanCatalog catalog;
    private readonly NomenclatureId nomenclature;
    private readonly PlanFillOptions options;
    private readonly PlanColumns columns;
    private readonly Dictionary<int, PlanLookup> lookups = [];

    /// <summary>Creates a filler for a nomenclature of the catalogue; each line's year picks the plan.</summary>
    /// <param name="catalog">The plans, such as <see cref="PlanCatalog.BuiltIn"/>.</param>
    /// <param name="nomenclature">The nomenclature, <c>Norme-Declinaison</c> (<c>M14-M14_COM_500_3500</c>) or a déclinaison (<c>M57_A</c>).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="PlanFillOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="nomenclature"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="nomenclature"/> is not a nomenclature.</exception>
    /// <exception cref="ArgumentException">The catalogue has no plan of <paramref name="nomenclature"/>, in any year (<c>M99</c>, or <c>M14</c> alone); the message lists the nomenclatures it has.</exception>
    public PlanFiller(PlanCatalog catalog, string nomenclature, PlanFillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(nomenclature);
        this.catalog = catalog;
        this.nomenclature = NomenclatureId.Parse(0, nomenclature);
        var known = catalog.Nomenclatures.Select(id => id.Nomenclature).Distinct(StringComparer.Ordinal).ToList();
        if (!known.Contains(this.nomenclature.Nomenclature, StringComparer.Ordinal))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The catalogue has no plan de comptes '{this.nomenclature.Nomenclature}' (from '{nomenclature}'), in any year. Known: {string.Join(", ", known)}."), nameof(nomenclature));
        }

        this.options = options ?? PlanFillOptions.Default;
        columns = PlanColumns.For(this.options.ColumnConvention);
    }

    /// <summary>Gets the norme and déclinaison lines are completed with (its year is not used: each line's year is).</summary>
    public NomenclatureId Nomenclature => nomenclature;

    /// <summary>Completes one line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The completed line (the same instance when nothing could be filled).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    public BudgetLine Fill(BudgetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Complete(line, 0, null);
    }

    /// <summary>
    /// Completes the line of a record and adds findings for what could not be completed: an unknown account
    /// (<c>SCDL402</c>), an account the plan does not allow for the line, so no chapter (<c>SCDL403</c>), an unknown
    /// chapter (<c>SCDL401</c>), a code taken from another year's plan (<c>SCDL411</c>).
    /// </summary>
    /// <param name="record">The record; a record without a line is returned as it is.</param>
    /// <returns>The record with its completed line and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public BudgetRecord Fill(BudgetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Line is not { } line)
        {
            return record;
        }

        var findings = new List<Finding>();
        var filled = Complete(line, record.LineNumber, findings);
        return findings.Count == 0 && ReferenceEquals(filled, line)
            ? record
            : new BudgetRecord(filled, record.LineNumber, [.. record.Findings, .. findings], record.Kind, record.Source);
    }

    /// <summary>Completes lines as they stream by.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The completed lines, lazily, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> is <see langword="null"/>.</exception>
    public IEnumerable<BudgetLine> Fill(IEnumerable<BudgetLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(Fill);
    }

    /// <summary>Completes records as they stream by (from a reader), adding findings for what could not be completed.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The completed records, lazily, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public IEnumerable<BudgetRecord> Fill(IEnumerable<BudgetRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(Fill);
    }

    /// <summary>Completes records as they stream by, asynchronously: the twin of <see cref="Fill(IEnumerable{BudgetRecord})"/>.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The completed records, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<BudgetRecord> FillAsync(IAsyncEnumerable<BudgetRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Iterate(records, cancellationToken);
    }

    private async IAsyncEnumerable<BudgetRecord> Iterate(IAsyncEnumerable<BudgetRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Fill(record);
        }
    }

    private PlanLookup LookupFor(int year)
    {
        if (!lookups.TryGetValue(year, out var lookup))
        {
            lookup = catalog.For(nomenclature.WithYear(year));
            lookups.Add(year, lookup);
        }

        return lookup;
    }

    private BudgetLine Complete(BudgetLine line, long lineNumber, List<Finding>? findings)
    {
        var lookup = LookupFor(line.Year);
        var planText = lookup.Requested.ToString();
        var filled = line;
        var accountCode = line.AccountCode.Trim();
        var chapterCode = line.ChapterCode.Trim();

        var account = accountCode.Length == 0 ? null : lookup.FindAccount(accountCode);
        if (account is null)
        {
            if (accountCode.Length > 0)
            {
                Report(findings, FindingCodes.UnknownAccount, lineNumber, columns.Account, accountCode, planText);
            }
        }
        else
        {
            if (account.IsFromOtherYear)
            {
                Report(findings, FindingCodes.CodeFromOtherYear, lineNumber, columns.Account, accountCode, planText, Year(account.Source));
            }

            if (ShouldFill(line.AccountLabel))
            {
                filled = filled with { AccountLabel = account.Value.Label };
            }

            if (chapterCode.Length == 0)
            {
                chapterCode = account.Value.GetChapterCode(line.Direction, line.OperationKind) ?? string.Empty;
                if (chapterCode.Length == 0)
                {
                    Report(findings, FindingCodes.AccountNotAllowed, lineNumber, columns.Account, accountCode,
                        PlanColumns.DirectionText(line.Direction), PlanColumns.KindText(line.OperationKind), account.Source.ToString());
                }
                else
                {
                    filled = filled with { ChapterCode = chapterCode };
                }
            }
        }

        var chapter = chapterCode.Length == 0 ? null : lookup.FindChapter(chapterCode);
        if (chapter is null)
        {
            if (chapterCode.Length > 0)
            {
                Report(findings, FindingCodes.UnknownChapter, lineNumber, columns.Chapter, chapterCode, planText);
            }
        }
        else
        {
            if (chapter.IsFromOtherYear && line.ChapterCode.Trim().Length > 0)
            {
                Report(findings, FindingCodes.CodeFromOtherYear, lineNumber, columns.Chapter, chapterCode, planText, Year(chapter.Source));
            }

            if (ShouldFill(line.ChapterLabel))
            {
                filled = filled with { ChapterLabel = chapter.Value.Label };
            }

            if (chapter.Value.Section is { } section && line.Section != section)
            {
                if (line.Section is BudgetSection.Investissement or BudgetSection.Fonctionnement)
                {
                    // The line said otherwise: the chapter's section replaces it, and the record says so.
                    findings?.Add(new Finding(FindingCodes.SectionDiffersFromPlan, FindingSeverity.Warning, new SourceLocation(lineNumber, columns.Section),
                        PlanColumns.SectionText(line.Section), chapter.Value.Code, PlanColumns.SectionText(section)));
                }

                filled = filled with { Section = section };
            }
        }

        if (line.FunctionCode is { Length: > 0 } function && ShouldFill(line.FunctionLabel) && lookup.GetFunctionLabel(function.Trim()) is { } functionLabel)
        {
            filled = filled with { FunctionLabel = functionLabel };
        }

        return filled == line ? line : filled;
    }

    private bool ShouldFill(string? label) => options.OverwriteLabels || string.IsNullOrWhiteSpace(label);

    private static string Year(NomenclatureId id) => id.Year.ToString(CultureInfo.InvariantCulture);

    private static void Report(List<Finding>? findings, string code, long line, string column, string value, params string[] arguments) =>
        findings?.Add(new Finding(code, FindingCodes.Get(code).DefaultSeverity, new SourceLocation(line, column), value, arguments));
}
