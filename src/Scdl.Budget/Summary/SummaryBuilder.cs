using System.Runtime.InteropServices;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Summary;

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
    private readonly KeyFilter _filter = new();
    private DocumentKey _lastKey;
    private Accumulator? _last;

    /// <summary>Gets the document of the line last added.</summary>
    public DocumentKey CurrentKey => _lastKey;

    /// <summary>Gets the key of the first document, when any line was added.</summary>
    public DocumentKey? FirstKey => _ordered.Count > 0 ? _ordered[0].Key : null;

    /// <summary>Gets the number of documents seen.</summary>
    public int DocumentCount => _ordered.Count;

    /// <summary>
    /// Gets the number of lines in no total: those of documents beyond <see cref="MaxDocuments"/>, and those whose
    /// amounts would take their document's totals out of range (<see cref="TotalsBound"/>).
    /// </summary>
    public long LinesNotTracked { get; private set; }

    /// <summary>Adds a line to the totals of its document.</summary>
    /// <param name="line">The line.</param>
    /// <param name="lineNumber">The 1-based line where it starts.</param>
    /// <param name="outOfRange">
    /// Set to <see langword="true"/> when the line was left out of the totals of its document because its amounts
    /// would take them beyond <see cref="TotalsBound.Limit"/>.
    /// </param>
    /// <returns><see langword="true"/> when the line starts a document not seen before.</returns>
    public bool Add(BudgetLine line, long lineNumber, out bool outOfRange)
    {
        outOfRange = false;
        var key = DocumentKey.Of(line);
        var isNew = false;
        if (_last is null || key != _lastKey)
        {
            // Once the documents are all counted, most keys of a many-document file are new: the filter tells most of
            // them apart without hashing the SIRET's text.
            var full = _ordered.Count >= MaxDocuments;
            if (full && !_filter.MayContain(key))
            {
                LinesNotTracked++;
                return false;
            }

            if (!_documents.TryGetValue(key, out var accumulator))
            {
                if (full)
                {
                    LinesNotTracked++;
                    return false;
                }

                accumulator = new Accumulator(key, KeptText.Of(line.AuthorityName), lineNumber);
                _documents.Add(key, accumulator);
                _ordered.Add(accumulator);
                _filter.Add(key);
                isNew = true;
            }

            _last = accumulator;
            _lastKey = key;
        }

        if (!_last.Add(line))
        {
            outOfRange = true;
            LinesNotTracked++;
        }

        return isNew;
    }

    public BudgetSummary Build(long linesNotCounted) =>
        new([.. _ordered.Select(a => a.Build())], linesNotCounted + LinesNotTracked);

    internal static bool IsOrderChapter(string chapter) => Array.IndexOf(OrderChapters, chapter) >= 0;

    private sealed class Accumulator(DocumentKey key, string authorityName, long firstLine)
    {
        private readonly Slot[] _slots = new Slot[8];
        private readonly Slot[] _carried = new Slot[4];
        private readonly Dictionary<(string Chapter, BudgetSection Section, OperationKind Kind, FlowDirection Direction), ChapterSlot> _chapters = [];
        private readonly bool _realised = key.Step is BudgetStep.CompteAdministratif or BudgetStep.CompteFinancierUnique;
        private long _lineCount;
        private TotalsBound _bound;
        private ChapterSlot? _lastChapter;
        private (string Chapter, BudgetSection Section, OperationKind Kind, FlowDirection Direction) _lastChapterKey;

        public DocumentKey Key => key;

        /// <summary>Adds a line to the totals, unless its amounts would take them out of range.</summary>
        /// <returns><see langword="false"/> when the line was left out (see <see cref="TotalsBound"/>).</returns>
        public bool Add(BudgetLine line)
        {
            if (!_bound.TryAdd(line))
            {
                return false;
            }

            _lineCount++;
            var amount = _realised ? line.Realisations ?? 0m : Sum(line.MontantVote, line.RestesARealiserPrecedents);
            var index = SlotIndex(line.Section, line.OperationKind, line.Direction);
            if (index < 0)
            {
                return true;
            }

            // A carried-forward balance (001, 002) is neither real nor order: it has its own slot per section and direction.
            // Adding zero changes neither the value nor the scale of a total: empty amounts are skipped.
            ref var slot = ref CarriedForwardChapters.Is(line) ? ref _carried[CarriedIndex(index)] : ref _slots[index];
            slot.Lines++;
            slot.Amount += amount;
            AddTo(ref slot.MontantVote, line.MontantVote);
            AddTo(ref slot.RestesARealiserPrecedents, line.RestesARealiserPrecedents);
            AddTo(ref slot.Realisations, line.Realisations);
            AddTo(ref slot.RestesARealiser, line.RestesARealiser);

            // Lines of one chapter usually follow each other, and the reader hands out one string per chapter code.
            if (_lastChapter is { } last && ReferenceEquals(line.ChapterCode, _lastChapterKey.Chapter)
                && (line.Section, line.OperationKind, line.Direction) == (_lastChapterKey.Section, _lastChapterKey.Kind, _lastChapterKey.Direction))
            {
                last.Lines++;
                last.Amount += amount;
                if (last.Label.Length == 0)
                {
                    last.Label = KeptText.Of(line.ChapterLabel);
                }

                return true;
            }

            var chapterKey = (KeptText.Of(line.ChapterCode), line.Section, line.OperationKind, line.Direction);
            if (_chapters.TryGetValue(chapterKey, out var chapter))
            {
                chapter.Lines++;
                chapter.Amount += amount;
                if (chapter.Label.Length == 0)
                {
                    chapter.Label = KeptText.Of(line.ChapterLabel);
                }

                (_lastChapter, _lastChapterKey) = (chapter, chapterKey);
            }
            else if (_chapters.Count < MaxChaptersPerDocument)
            {
                var created = new ChapterSlot { Lines = 1, Amount = amount, Label = KeptText.Of(line.ChapterLabel) };
                _chapters.Add(chapterKey, created);
                (_lastChapter, _lastChapterKey) = (created, chapterKey);
            }

            return true;
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

            var carried = new List<CarriedForwardTotal>(4);
            for (var i = 0; i < _carried.Length; i++)
            {
                var s = _carried[i];
                carried.Add(new CarriedForwardTotal(
                    i < 2 ? BudgetSection.Fonctionnement : BudgetSection.Investissement,
                    (i & 1) == 0 ? FlowDirection.Recette : FlowDirection.Depense,
                    s.Lines, s.Amount, s.MontantVote, s.RestesARealiserPrecedents, s.Realisations, s.RestesARealiser));
            }

            var chapters = new List<ChapterTotal>(_chapters.Count);
            foreach (var (k, v) in _chapters)
            {
                chapters.Add(new ChapterTotal(k.Chapter, v.Label, k.Section, k.Kind, k.Direction, v.Lines, v.Amount));
            }

            chapters.Sort(CompareChapters);

            var checks = new List<BalanceCheck>();
            if (key.Step == BudgetStep.BudgetPrimitif)
            {
                checks.Add(SectionCheck(BalanceCheckKind.FonctionnementBalance, BudgetSection.Fonctionnement));
                checks.Add(SectionCheck(BalanceCheckKind.InvestissementBalance, BudgetSection.Investissement));
            }

            foreach (var kind in (ReadOnlySpan<BalanceCheckKind>)[BalanceCheckKind.Depenses040Recettes042, BalanceCheckKind.Depenses042Recettes040, BalanceCheckKind.Order041, BalanceCheckKind.Order043, BalanceCheckKind.Depenses023Recettes021])
            {
                var (depenses, recettes) = BalanceCheck.OrderChapters(kind)!.Value;
                checks.Add(new BalanceCheck(kind, ChapterAmount(depenses, FlowDirection.Depense), ChapterAmount(recettes, FlowDirection.Recette)));
            }

            return new DocumentSummary(Siret.FromDigitsUnchecked(key.Siret), key.Year, key.Step, authorityName, firstLine, _lineCount, totals, carried, chapters, checks);
        }

        private static decimal Sum(decimal? a, decimal? b) => a is { } x ? (b is { } y ? x + y : x) : b ?? 0m;

        private static void AddTo(ref decimal total, decimal? amount)
        {
            if (amount is { } value)
            {
                total += value;
            }
        }

        private static int CompareChapters(ChapterTotal x, ChapterTotal y) =>
            ChapterOrder.Compare((x.ChapterCode, x.Section, x.OperationKind, x.Direction), (y.ChapterCode, y.Section, y.OperationKind, y.Direction));

        /// <summary>Recettes against dépenses of a section: every line, the carried-forward balance included.</summary>
        private BalanceCheck SectionCheck(BalanceCheckKind kind, BudgetSection section) =>
            new(kind, SectionAmount(section, FlowDirection.Recette), SectionAmount(section, FlowDirection.Depense));

        private decimal SectionAmount(BudgetSection section, FlowDirection direction)
        {
            var index = SlotIndex(section, OperationKind.Reel, direction);
            return _slots[index].Amount + _slots[SlotIndex(section, OperationKind.Ordre, direction)].Amount + _carried[CarriedIndex(index)].Amount;
        }

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

        /// <summary>The carried-forward slot of the section and direction of a <see cref="SlotIndex"/>: fonctionnement first, recette first.</summary>
        private static int CarriedIndex(int slotIndex) => ((slotIndex >> 2) * 2) + (slotIndex & 1);
    }

    /// <summary>
    /// A bit per cheap hash of a document key (the SIRET's last eight digits, the year and the step): a clear bit means
    /// the key was never added. 65,536 bits (8 KiB) for at most <see cref="MaxDocuments"/> keys.
    /// </summary>
    private sealed class KeyFilter
    {
        private readonly ulong[] _bits = new ulong[1024];

        public void Add(DocumentKey key)
        {
            var bit = Bit(key);
            _bits[bit >> 6] |= 1UL << (bit & 63);
        }

        public bool MayContain(DocumentKey key)
        {
            var bit = Bit(key);
            return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static int Bit(DocumentKey key)
        {
            var siret = key.Siret.AsSpan();
            ulong h = (uint)key.Year ^ ((ulong)key.Step << 16) ^ ((ulong)siret.Length << 24);
            foreach (var c in siret[Math.Max(0, siret.Length - 8)..])
            {
                h = (h * 31) + c;
            }

            return (int)((h * 0x9E3779B97F4A7C15UL) >> 48);
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
