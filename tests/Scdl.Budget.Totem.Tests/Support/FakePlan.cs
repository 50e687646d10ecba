using Scdl.Budget.Totem.Internal;

namespace Scdl.Budget.Totem.Tests.Support;

/// <summary>A small hand-made plan de comptes (a few M14 chapters and accounts) for mapping tests.</summary>
internal sealed class FakePlan : IPlanLookup, IPlanSource
{
    private readonly Dictionary<string, ChapterInfo> _chapters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountInfo> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _functions = new(StringComparer.Ordinal);

    public FakePlan()
    {
        Chapter("011", "Charges à caractère général", BudgetSection.Fonctionnement);
        Chapter("012", "Charges de personnel et frais assimilés", BudgetSection.Fonctionnement);
        Chapter("040", "Opérations d'ordre de transfert entre sections", BudgetSection.Investissement);
        Chapter("042", "Opérations d'ordre de transfert entre sections", BudgetSection.Fonctionnement);
        Chapter("043", "Opérations d'ordre à l'intérieur de la section de fonctionnement", BudgetSection.Fonctionnement);
        Chapter("16", "Emprunts et dettes assimilées", BudgetSection.Investissement);
        Chapter("21", "Immobilisations corporelles", BudgetSection.Investissement);
        Chapter("4581", "Opérations sous mandat (dépenses)", BudgetSection.Investissement);
        Chapter("99", "Chapitre sans section", null);
        Account(new AccountInfo("6045", "Achats d'études, prestations de services (terrains à aménager)") { DR = "011", DOIS = "043" });
        Account(new AccountInfo("6411", "Personnel titulaire") { DR = "012" });
        Account(new AccountInfo("3555", "Terrains aménagés") { RR = "", ROES = "040", DOES = "042" });
        Account(new AccountInfo("1641", "Emprunts en euros") { RR = "16", DR = "16" });
        Account(new AccountInfo("2188", "Autres immobilisations corporelles") { DR = "21", RR = "21" });
        Account(new AccountInfo("9901", "Compte du chapitre sans section") { DR = "99" });
        Account(new AccountInfo("6518", "Autres (redevances pour concessions)") { DR = "011", OtherYear = 2021 });
        Account(new AccountInfo("4581", "Opérations sous mandat") { });
        _functions["020"] = "Administration générale de la collectivité";
    }

    public List<(string Norme, string Declinaison, int Year)> Requests { get; } = [];

    public bool Known { get; init; } = true;

    public IPlanLookup? Find(string norme, string declinaison, int year)
    {
        Requests.Add((norme, declinaison, year));
        return Known ? this : null;
    }

    public ChapterInfo? FindChapter(string code) => _chapters.GetValueOrDefault(code);

    public AccountInfo? FindAccount(string code) => _accounts.GetValueOrDefault(code);

    public ChapterInfo? FindChapterOfAccount(string account, FlowDirection direction, OperationKind kind, int? orderType) =>
        FindAccount(account)?.ChapterFor(direction, kind, orderType) is { } code ? FindChapter(code) : null;

    public string? FindFunctionLabel(string code) => _functions.GetValueOrDefault(code);

    private void Chapter(string code, string label, BudgetSection? section) => _chapters[code] = new ChapterInfo(code, label, section);

    private void Account(AccountInfo account) => _accounts[account.Code] = account;
}
