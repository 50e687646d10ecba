using System.Runtime.InteropServices;

namespace Scdl.Budget.Validation;

/// <summary>
/// Accumulates the totals of each document while lines stream by: memory grows with the number of documents and
/// chapters, never with the number of lines.
/// </summary>
internal sealed class SummaryBuilder
{
    /// <summary>The most chapters remembered per document; lines of further chapters still count in the section totals.</summary>
    internal const int MaxChaptersPerDocument = 2_000;

    /// <summary>The most documents remembered; lines of further documents are counted in <see cref="LinesNotTracked"/> only.</summary>
    internal const int MaxDocuments = 10_000;

    private static readonly string[] OrderChapters = ["040", "041", "042", "043", "021", "023"];

    private readonly Dictionary<DocumentKey, Accumulator> _documents = [];
    private readonly List<Accumulator> _ordered = [];
    private DocumentKey _lastKey;
    private Accumulator? _last;

    /// <summary>Gets the document of the line last added.</summary>
    public DocumentKey CurrentKey => _lastKey;

    /// <summary>Gets the key of the first document, when any line was added.</summary>
    public DocumentKey? FirstKey => _ordered.Count > 0 ? _ordered[0].Key : null;

    /// <summary>Gets the number of documents seen.</summary>
    public int DocumentCount => _ordered.Count;

    /// <summary>Gets the number of lines of documents beyond <see cref="MaxDocuments"/>, in no total.</summary>
    public long LinesNotTracked { get; private set; }

    /// <summary>Adds a line to the totals of its document.</summary>
    /// <returns><see langword="true"/> when the line starts a document not seen before.</returns>
    public bool Add(BudgetLine line, long lineNumber)
    {
        var key = DocumentKey.Of(line);
        var isNew = false;
        if (_last is null || key != _lastKey)
        {
            if (!_documents.TryGetValue(key, out var accumulator))
            {
                if (_ordered.Count >= MaxDocuments)
                {
                    LinesNotTracked++;
                    return false;
                }

                accumulator = new Accumulator(key, line.AuthorityName, lineNumber);
                _documents.Add(key, accumulator);
                _ordered.Add(accumulator);
                isNew = true;
            }

            _last = accumulator;
            _lastKey = key;
        }

        _last.Add(line);
        return isNew;
    }

    public BudgetSummary Build(long linesNotCounted) =>
        new([.. _ordered.Select(a => a.Build())], linesNotCounted + LinesNotTracked);

    internal static bool IsOrderChapter(string chapter) => Array.IndexOf(OrderChapters, chapter) >= 0;

    private sealed class Accumulator(DocumentKey key, string authorityName, long firstLine)
    {
        private readonly Slot[] _slots = new Slot[8];
        private readonly Dictionary<(string Chapter, BudgetSection Section, OperationKind Kind, FlowDirection Direction), ChapterSlot> _chapters = [];
        private readonly bool _realised = key.Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique;
        private long _lineCount;

        public DocumentKey Key => key;

        public void Add(BudgetLine line)
        {
            _lineCount++;
            var amount = _realised
                ? line.Realisations ?? 0m
                : (line.MontantVote ?? 0m) + (line.RestesARealiserPrecedents ?? 0m);
            var index = SlotIndex(line.Section, line.OperationKind, line.Direction);
            if (index < 0)
            {
                return;
            }

            ref var slot = ref _slots[index];
            slot.Lines++;
            slot.Amount += amount;
            slot.MontantVote += line.MontantVote ?? 0m;
            slot.RestesARealiserPrecedents += line.RestesARealiserPrecedents ?? 0m;
            slot.Realisations += line.Realisations ?? 0m;
            slot.RestesARealiser += line.RestesARealiser ?? 0m;

            var chapterKey = (line.ChapterCode, line.Section, line.OperationKind, line.Direction);
            if (_chapters.TryGetValue(chapterKey, out var chapter))
            {
                chapter.Lines++;
                chapter.Amount += amount;
                if (chapter.Label.Length == 0)
                {
                    chapter.Label = line.ChapterLabel;
                }
            }
            else if (_chapters.Count < MaxChaptersPerDocument)
            {
                _chapters.Add(chapterKey, new ChapterSlot { Lines = 1, Amount = amount, Label = line.ChapterLabel });
            }
        }

        public DocumentSummary Build()
        {
            var totals = new List<BudgetTotal>(8);
            foreach (var section in (ReadOnlySpan<BudgetSection>)[BudgetSection.Fonctionnement, BudgetSection.Investissement])
            {
                foreach (var kind in (ReadOnlySpan<OperationKind>)[OperationKind.Reel, OperationKind.Ordre])
                {
                    foreach (var direction in (ReadOnlySpan<FlowDirection>)[FlowDirection.Recette, FlowDirection.Depense])
                    {
                        var s = _slots[SlotIndex(section, kind, direction)];
                        totals.Add(new BudgetTotal(section, kind, direction, s.Lines, s.Amount, s.MontantVote, s.RestesARealiserPrecedents, s.Realisations, s.RestesARealiser));
                    }
                }
            }

            var chapters = _chapters
                .Select(c => new ChapterTotal(c.Key.Chapter, c.Value.Label, c.Key.Section, c.Key.Kind, c.Key.Direction, c.Value.Lines, c.Value.Amount))
                .OrderBy(c => c.ChapterCode, StringComparer.Ordinal)
                .ThenBy(c => c.Section)
                .ThenBy(c => c.OperationKind)
                .ThenBy(c => c.Direction)
                .ToList();

            var checks = new List<BalanceCheck>();
            if (key.Step == BudgetStep.BudgetPrimitif)
            {
                checks.Add(SectionCheck(BalanceCheckKind.FonctionnementBalance, BudgetSection.Fonctionnement, "fonctionnement", totals));
                checks.Add(SectionCheck(BalanceCheckKind.InvestissementBalance, BudgetSection.Investissement, "investissement", totals));
            }

            checks.Add(ChapterCheck(BalanceCheckKind.Depenses040Recettes042, "040", FlowDirection.Depense, "042", FlowDirection.Recette));
            checks.Add(ChapterCheck(BalanceCheckKind.Depenses042Recettes040, "042", FlowDirection.Depense, "040", FlowDirection.Recette));
            checks.Add(ChapterCheck(BalanceCheckKind.Order041, "041", FlowDirection.Depense, "041", FlowDirection.Recette));
            checks.Add(ChapterCheck(BalanceCheckKind.Order043, "043", FlowDirection.Depense, "043", FlowDirection.Recette));
            checks.Add(ChapterCheck(BalanceCheckKind.Depenses023Recettes021, "023", FlowDirection.Depense, "021", FlowDirection.Recette));

            return new DocumentSummary(Siret.FromDigitsUnchecked(key.Siret), key.Year, key.Step, authorityName, firstLine, _lineCount, totals, chapters, checks);
        }

        private static BalanceCheck SectionCheck(BalanceCheckKind kind, BudgetSection section, string name, List<BudgetTotal> totals)
        {
            var recettes = totals.Where(t => t.Section == section && t.Direction == FlowDirection.Recette).Sum(t => t.Amount);
            var depenses = totals.Where(t => t.Section == section && t.Direction == FlowDirection.Depense).Sum(t => t.Amount);
            return new BalanceCheck(kind, "recettes " + name, recettes, "dépenses " + name, depenses);
        }

        private BalanceCheck ChapterCheck(BalanceCheckKind kind, string left, FlowDirection leftDirection, string right, FlowDirection rightDirection) =>
            new(kind, Label(leftDirection, left), ChapterAmount(left, leftDirection), Label(rightDirection, right), ChapterAmount(right, rightDirection));

        private static string Label(FlowDirection direction, string chapter) =>
            (direction == FlowDirection.Recette ? "recettes " : "dépenses ") + chapter;

        private decimal ChapterAmount(string chapter, FlowDirection direction)
        {
            var total = 0m;
            foreach (var (k, v) in _chapters)
            {
                if (string.Equals(k.Chapter, chapter, StringComparison.Ordinal) && k.Direction == direction)
                {
                    total += v.Amount;
                }
            }

            return total;
        }

        private static int SlotIndex(BudgetSection section, OperationKind kind, FlowDirection direction)
        {
            if (section is not (BudgetSection.Fonctionnement or BudgetSection.Investissement)
                || kind is not (OperationKind.Reel or OperationKind.Ordre)
                || direction is not (FlowDirection.Recette or FlowDirection.Depense))
            {
                return -1;
            }

            return ((section == BudgetSection.Fonctionnement ? 0 : 1) * 4) + ((kind == OperationKind.Reel ? 0 : 1) * 2) + (direction == FlowDirection.Recette ? 0 : 1);
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private struct Slot
    {
        public long Lines;
        public decimal Amount;
        public decimal MontantVote;
        public decimal RestesARealiserPrecedents;
        public decimal Realisations;
        public decimal RestesARealiser;
    }

    private sealed class ChapterSlot
    {
        public long Lines;
        public decimal Amount;
        public string Label = string.Empty;
    }
}
