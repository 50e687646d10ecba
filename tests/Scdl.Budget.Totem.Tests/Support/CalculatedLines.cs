using System.Globalization;
using System.Xml.Linq;

namespace Scdl.Budget.Totem.Tests.Support;

/// <summary>
/// Reads what a TOTEM document says about itself, by another path than the library's reader (which skips them): its
/// calculated lines (<c>LigneBudget calculated="true"</c>, aggregates added by the DGFiP's enrichment: a
/// <c>Groupe</c> total such as <c>GRECEXFONREL</c>, or a <c>ChapitreNature</c> total) and its detail lines, with
/// <see cref="XDocument"/>.
/// </summary>
internal sealed class CalculatedLines
{
    public static readonly XNamespace Db = "http://www.minefi.gouv.fr/cp/demat/docbudgetaire";

    private CalculatedLines(XDocument document)
    {
        var all = document.Descendants(Db + "LigneBudget").ToList();
        Calculated = [.. all.Where(l => (string?)l.Attribute("calculated") == "true")];
        Detail = [.. all.Where(l => (string?)l.Attribute("calculated") != "true")];
        Information = document.Descendants(Db + "Information")
            .Where(i => i.Attribute("Code") is not null)
            .GroupBy(i => (string)i.Attribute("Code")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("V") ?? string.Empty, StringComparer.Ordinal);
        NatDec = (string?)document.Descendants(Db + "NatDec").First().Attribute("V") ?? string.Empty;
        Nomenclature = (string?)document.Descendants(Db + "Nomenclature").First().Attribute("V") ?? string.Empty;
    }

    /// <summary>Gets the step code of the document (<c>BlocBudget/NatDec</c>): 01 BP, 02 DM, 03 BS, 09 CA, 10 CFU.</summary>
    public string NatDec { get; }

    /// <summary>Gets the nomenclature of the document (<c>EnTeteBudget/Nomenclature</c>), such as <c>M14-M14_COM_500_3500</c>.</summary>
    public string Nomenclature { get; }

    /// <summary>Gets the calculated lines, in document order.</summary>
    public IReadOnlyList<XElement> Calculated { get; }

    /// <summary>Gets the detail lines (the ones converted to SCDL), in document order.</summary>
    public IReadOnlyList<XElement> Detail { get; }

    /// <summary>Gets the <c>InformationsGenerales/Information</c> values by code, as written (French formatting).</summary>
    public IReadOnlyDictionary<string, string> Information { get; }

    public static CalculatedLines Load(string file)
    {
        using var stream = TestFiles.XmlStream(file);
        return new CalculatedLines(XDocument.Load(stream));
    }

    /// <summary>Returns the value of a child's <c>V</c>, or <see langword="null"/>.</summary>
    public static string? Value(XElement line, string child) => (string?)line.Element(Db + child)?.Attribute("V");

    /// <summary>Returns an amount child as a decimal, 0 when absent or empty.</summary>
    public static decimal Amount(XElement line, string child) =>
        Value(line, child) is { Length: > 0 } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : 0m;

    /// <summary>Returns the single calculated line of a group, such as <c>GRECEXFONREL</c>.</summary>
    public XElement Group(string code) => Calculated.Single(l => Value(l, "Groupe") == code);

    /// <summary>Returns whether the document has a calculated line of this group.</summary>
    public bool HasGroup(string code) => Calculated.Any(l => Value(l, "Groupe") == code);

    /// <summary>
    /// Returns the calculated total of each chapter over all its lines (<c>InfoOpe T</c>), per chapter, direction and
    /// kind: <c>OpBudg</c> 0 (réel) or 1 (ordre). The CFU also gives each once more with <c>OpBudg T</c> (all kinds).
    /// </summary>
    public IReadOnlyList<(string Chapter, string Direction, string Kind, XElement Line)> ChapterTotals() =>
    [
        .. Calculated
            .Where(l => Value(l, "ChapitreNature") is not null && Value(l, "InfoOpe") == "T" && Value(l, "OpBudg") is "0" or "1")
            .Select(l => (Value(l, "ChapitreNature")!, Value(l, "CodRD")!, Value(l, "OpBudg")!, l)),
    ];

    /// <summary>Parses an <c>InformationsGenerales</c> value: French digits ("3 446", "646,40", "50,62 %") or dotted ones ("82.2027 %").</summary>
    public decimal? InformationNumber(string code) => InformationValue(code)?.Value;

    /// <summary>Parses an <c>InformationsGenerales</c> value and tells how many decimals it is written with.</summary>
    public (decimal Value, int Decimals)? InformationValue(string code)
    {
        if (!Information.TryGetValue(code, out var text))
        {
            return null;
        }

        var cleaned = text.Replace("%", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(',', '.').Trim();
        var point = cleaned.IndexOf('.', StringComparison.Ordinal);
        return (decimal.Parse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture), point < 0 ? 0 : cleaned.Length - point - 1);
    }
}
