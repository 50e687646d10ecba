using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Totem.Internal;

/// <summary>Adapts a <see cref="PlanCatalog"/> of the core nomenclature (built-in or the caller's) to the lookups the converter needs.</summary>
internal sealed class CatalogPlanSource : IPlanSource
{
    private readonly PlanCatalog _catalog;

    public CatalogPlanSource(PlanCatalog catalog) => _catalog = catalog;

    public static CatalogPlanSource BuiltIn { get; } = new(PlanCatalog.BuiltIn);

    public IPlanLookup? Find(string norme, string declinaison, int year)
    {
        var lookup = _catalog.For(year, norme, declinaison);
        return lookup.HasPlans ? new Lookup(lookup) : null;
    }

    private sealed class Lookup : IPlanLookup
    {
        private readonly PlanLookup _lookup;
        private readonly Dictionary<string, ChapterInfo?> _chapters = new(StringComparer.Ordinal);
        private readonly Dictionary<string, AccountInfo?> _accounts = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, FlowDirection, OperationKind, int?), ChapterInfo?> _derived = [];
        private readonly Dictionary<string, string?> _functions = new(StringComparer.Ordinal);

        public Lookup(PlanLookup lookup) => _lookup = lookup;

        public ChapterInfo? FindChapter(string code)
        {
            if (!_chapters.TryGetValue(code, out var chapter))
            {
                // Exact codes only: the converter applies the operation-chapter prefix itself, last, after the account's chapter.
                chapter = _lookup.FindChapter(code) is { IsPrefixMatch: false } match ? ToInfo(match) : null;
                _chapters[code] = chapter;
            }

            return chapter;
        }

        public AccountInfo? FindAccount(string code)
        {
            if (!_accounts.TryGetValue(code, out var account))
            {
                account = _lookup.FindAccount(code) is { } match
                    ? new AccountInfo(match.Value.Code, match.Value.Label) { OtherYear = match.IsFromOtherYear ? match.Source.Year : null }
                    : null;
                _accounts[code] = account;
            }

            return account;
        }

        public ChapterInfo? FindChapterOfAccount(string account, FlowDirection direction, OperationKind kind, int? orderType)
        {
            var key = (account, direction, kind, orderType);
            if (!_derived.TryGetValue(key, out var chapter))
            {
                OrderOperationType? type = orderType switch
                {
                    1 => OrderOperationType.WithinSection,
                    2 => OrderOperationType.BetweenSections,
                    _ => null,
                };
                chapter = _lookup.FindChapterOfAccount(account, direction, kind, type) is { } match ? ToInfo(match) : null;
                _derived[key] = chapter;
            }

            return chapter;
        }

        public string? FindFunctionLabel(string code)
        {
            if (!_functions.TryGetValue(code, out var label))
            {
                label = _lookup.GetFunctionLabel(code);
                _functions[code] = label;
            }

            return label;
        }

        private static ChapterInfo ToInfo(PlanMatch<PlanChapter> match) =>
            new(match.Value.Code, match.Value.Label, match.Value.Section) { OtherYear = match.IsFromOtherYear ? match.Source.Year : null };
    }
}
