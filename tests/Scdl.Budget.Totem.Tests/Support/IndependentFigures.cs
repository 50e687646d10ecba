using System.Xml.Linq;
using static Scdl.Budget.Totem.Tests.Support.CalculatedLines;

namespace Scdl.Budget.Totem.Tests.Support;

/// <summary>
/// The figures of the analysis computed straight from a TOTEM document's <c>LigneBudget</c> elements, by another path
/// than the library: XDocument, no plan de comptes (the section is the line's <c>CaracSup Section</c>, else the class
/// of its account), the published definitions written here in plain code by account prefixes (the library uses the
/// chapters where the definitions say chapter).
/// </summary>
internal sealed class IndependentFigures
{
    private readonly Dictionary<(string Section, string Kind, string Direction), decimal> _flows = [];
    private readonly Dictionary<(string Section, string Kind, string Direction, string Column), decimal> _columns = [];

    private IndependentFigures(IReadOnlyList<XElement> lines, string natDec)
    {
        var hasBudgetPrecedent = lines.Any(l => Value(l, "MtBudgPrec") is not null);
        Realised = natDec is "09" or "10";
        Amount = Realised ? l => CalculatedLines.Amount(l, "MtReal")
            : natDec is "02" or "03" && hasBudgetPrecedent ? l => CalculatedLines.Amount(l, "MtBudgPrec") + CalculatedLines.Amount(l, "MtRARPrec") + CalculatedLines.Amount(l, "MtPrev")
            : l => CalculatedLines.Amount(l, "MtPrev") + CalculatedLines.Amount(l, "MtRARPrec");
        decimal rrf = 0, cessions = 0, drf = 0, regie = 0, interets = 0, remboursement = 0, deposits = 0, equipement = 0;
        foreach (var line in lines)
        {
            var account = Value(line, "Nature")!;
            var section = SectionOf(line, account);
            var direction = Value(line, "CodRD")!;
            var kind = account is "001" or "002" ? "reporte" : Value(line, "OpBudg") == "1" ? "ordre" : "reel";
            var amount = Amount(line);
            Add(_flows, (section, kind, direction), amount);
            foreach (var column in new[] { "CredOuv", "MtReal", "MtRAR3112" })
            {
                Add(_columns, (section, kind, direction, column), CalculatedLines.Amount(line, column));
            }

            switch (section, kind, direction)
            {
                case ("F", "reel", "R"):
                    rrf += amount;
                    cessions += account.StartsWith("775", StringComparison.Ordinal) ? amount : 0;
                    break;
                case ("F", "reel", "D"):
                    drf += amount;
                    interets += account.StartsWith("661", StringComparison.Ordinal) ? amount : 0;
                    break;
                case ("F", "ordre", "R"):
                    regie += account.StartsWith("72", StringComparison.Ordinal) ? amount : 0;
                    break;
                case ("I", "reel", "D"):
                    var debt = account.StartsWith("16", StringComparison.Ordinal)
                        && !account.StartsWith("165", StringComparison.Ordinal)
                        && !account.StartsWith("166", StringComparison.Ordinal)
                        && !account.StartsWith("16449", StringComparison.Ordinal);
                    remboursement += debt ? amount : 0;
                    deposits += account.StartsWith("165", StringComparison.Ordinal) ? amount : 0;
                    equipement += account[..2] is "20" or "21" or "23" ? amount : 0;
                    break;
            }
        }

        RecettesReellesFonctionnement = rrf - cessions;
        Cessions = cessions;
        DepensesReellesFonctionnement = drf - regie;
        TravauxEnRegie = regie;
        InteretsDeLaDette = interets;
        RemboursementCapitalDette = remboursement;
        DepotsEtCautionnements = deposits;
        DepensesEquipement = equipement + regie;
    }

    public bool Realised { get; }

    public Func<XElement, decimal> Amount { get; }

    public decimal RecettesReellesFonctionnement { get; }

    public decimal Cessions { get; }

    public decimal DepensesReellesFonctionnement { get; }

    public decimal TravauxEnRegie { get; }

    public decimal InteretsDeLaDette { get; }

    public decimal RemboursementCapitalDette { get; }

    /// <summary>Gets the real expenses of account 165 (dépôts et cautionnements reçus, repaid): chapter 16, not debt.</summary>
    public decimal DepotsEtCautionnements { get; }

    public decimal DepensesEquipement { get; }

    public decimal EpargneDeGestion => RecettesReellesFonctionnement - (DepensesReellesFonctionnement - InteretsDeLaDette);

    public decimal EpargneBrute => RecettesReellesFonctionnement - DepensesReellesFonctionnement;

    public decimal EpargneNette => EpargneBrute - RemboursementCapitalDette;

    public static IndependentFigures Of(string file)
    {
        var calculated = CalculatedLines.Load(file);
        return new IndependentFigures(calculated.Detail, calculated.NatDec);
    }

    /// <summary>The sum of one flow on the document's basis: section F or I, kind reel, ordre or reporte, direction R or D.</summary>
    public decimal Flow(string section, string kind, string direction) => _flows.GetValueOrDefault((section, kind, direction));

    /// <summary>The sum of one amount column of one flow (CredOuv, MtReal, MtRAR3112), whatever the basis.</summary>
    public decimal Column(string section, string kind, string direction, string column) => _columns.GetValueOrDefault((section, kind, direction, column));

    /// <summary>Receipts minus expenses of the year (real and order) of a section.</summary>
    public decimal ResultOfTheYear(string section) =>
        Flow(section, "reel", "R") + Flow(section, "ordre", "R") - Flow(section, "reel", "D") - Flow(section, "ordre", "D");

    /// <summary>Carried-forward recettes minus dépenses of a section.</summary>
    public decimal CarriedForward(string section) => Flow(section, "reporte", "R") - Flow(section, "reporte", "D");

    /// <summary>Restes à réaliser of a section and direction, every kind.</summary>
    public decimal RestesARealiser(string section, string direction) =>
        Column(section, "reel", direction, "MtRAR3112") + Column(section, "ordre", direction, "MtRAR3112") + Column(section, "reporte", direction, "MtRAR3112");

    /// <summary>The section of a line: its <c>CaracSup Section</c>, else the class of its account (6 and 7 fonctionnement).</summary>
    private static string SectionOf(XElement line, string account)
    {
        var carac = line.Elements(Db + "CaracSup").FirstOrDefault(c => (string?)c.Attribute("Code") == "Section");
        if (carac is not null)
        {
            return (string)carac.Attribute("V")!;
        }

        return account switch
        {
            "001" or "020" or "021" or "024" => "I",
            "002" or "022" or "023" => "F",
            _ => account[0] is '6' or '7' ? "F" : "I",
        };
    }

    private static void Add<TKey>(Dictionary<TKey, decimal> totals, TKey key, decimal amount)
        where TKey : notnull => totals[key] = totals.GetValueOrDefault(key) + amount;
}
