using System.Globalization;
using System.Xml;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Reads a <c>planDeCompte.xml</c> forward-only: DTDs prohibited, no resolver, the encoding taken from the XML
/// declaration (ISO-8859-1 or UTF-8).
/// </summary>
internal static class PlanXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static readonly string[] UseAttributes = ["RR", "DR", "ROES", "DOES", "ROIS", "DOIS"];

    public static PlanDeComptes Read(Stream stream, NomenclatureId? id, string? source)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            return Read(reader, id, source);
        }
        catch (XmlException exception)
        {
            throw new ScdlFormatException(FindingCodes.UnreadablePlan, exception.LineNumber, source, [exception.Message], exception);
        }
    }

    private static PlanDeComptes Read(XmlReader reader, NomenclatureId? id, string? source)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || !IsNamed(reader, "Nomenclature"))
        {
            throw NotAPlan(reader, source);
        }

        var planId = id ?? IdFromAttributes(reader, source);
        var strings = new StringPool();
        var chapters = new List<PlanChapter>();
        var accounts = new List<PlanAccount>();
        var functionChapters = new List<PlanChapter>();
        var functionAccounts = new List<PlanAccount>();
        var references = new List<FunctionReference>();
        var parents = new List<string>();
        var part = string.Empty;
        var rootDepth = reader.Depth;

        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var level = reader.Depth - rootDepth;
            switch (reader.LocalName)
            {
                case "Nature" or "Fonction" when level == 1:
                    part = reader.LocalName;
                    break;
                case "Chapitre":
                    (IsFunction(part) ? functionChapters : chapters).Add(ReadChapter(reader, strings, IsFunction(part)));
                    break;
                case "Compte":
                    var account = ReadAccount(reader, strings, Parent(parents, level - 3));
                    SetParent(parents, level - 3, account.Code);
                    (IsFunction(part) ? functionAccounts : accounts).Add(account);
                    break;
                case "RefFonc":
                    var reference = new FunctionReference(
                        Code(reader, strings), strings.Get(reader.GetAttribute("Libelle")), strings.Get(reader.GetAttribute("Lib_court")), Parent(parents, level - 3));
                    SetParent(parents, level - 3, reference.Code);
                    references.Add(reference);
                    break;
                default:
                    break;
            }
        }

        return new PlanDeComptes(planId, [.. chapters], [.. accounts], [.. functionChapters], [.. functionAccounts], [.. references]);
    }

    private static NomenclatureId IdFromAttributes(XmlReader reader, string? source)
    {
        var norme = reader.GetAttribute("Norme");
        var declinaison = reader.GetAttribute("Declinaison");
        var year = reader.GetAttribute("Exer");
        return string.IsNullOrWhiteSpace(norme) || string.IsNullOrWhiteSpace(declinaison)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var exer)
            ? throw NotAPlan(reader, source)
            : new NomenclatureId(exer, norme, declinaison);
    }

    private static ScdlFormatException NotAPlan(XmlReader reader, string? source) =>
        new(FindingCodes.UnreadablePlan, (reader as IXmlLineInfo)?.LineNumber ?? 0, source, ["no <Nomenclature Norme Declinaison Exer> root element"]);

    private static PlanChapter ReadChapter(XmlReader reader, StringPool strings, bool isFunctional) => new(
        Code(reader, strings),
        strings.Get(reader.GetAttribute("Libelle")),
        strings.Get(reader.GetAttribute("Lib_court")),
        strings.Get(reader.GetAttribute("TypeChapitre")),
        reader.GetAttribute("Section") switch
        {
            "I" => BudgetSection.Investissement,
            "F" => BudgetSection.Fonctionnement,
            _ => null,
        },
        IsOne(reader.GetAttribute("Special")),
        IsOne(reader.GetAttribute("PourEtatSeul")),
        isFunctional);

    private static PlanAccount ReadAccount(XmlReader reader, StringPool strings, string? parent)
    {
        var chapters = new string?[UseAttributes.Length];
        for (var i = 0; i < UseAttributes.Length; i++)
        {
            var value = reader.GetAttribute(UseAttributes[i]);
            chapters[i] = string.IsNullOrWhiteSpace(value) ? null : strings.Get(value.Trim());
        }

        var deletedSince = reader.GetAttribute("SupprimeDepuis");
        return new PlanAccount(
            Code(reader, strings),
            strings.Get(reader.GetAttribute("Libelle")),
            strings.Get(reader.GetAttribute("Lib_court")),
            parent,
            IsOne(reader.GetAttribute("RegrTotalise")),
            IsOne(reader.GetAttribute("Supprime")),
            string.IsNullOrWhiteSpace(deletedSince) ? null : strings.Get(deletedSince),
            chapters,
            Flag(reader.GetAttribute("REquip")),
            Flag(reader.GetAttribute("DEquip")));
    }

    private static bool IsNamed(XmlReader reader, string name) => string.Equals(reader.LocalName, name, StringComparison.Ordinal);

    private static bool IsFunction(string part) => string.Equals(part, "Fonction", StringComparison.Ordinal);

    private static bool IsOne(string? value) => string.Equals(value, "1", StringComparison.Ordinal);

    private static bool? Flag(string? value) => value switch
    {
        "1" => true,
        "0" => false,
        _ => null,
    };

    private static string Code(XmlReader reader, StringPool strings) => strings.Get(reader.GetAttribute("Code")?.Trim());

    private static string? Parent(List<string> parents, int depth) => depth > 0 && depth - 1 < parents.Count ? parents[depth - 1] : null;

    private static void SetParent(List<string> parents, int depth, string code)
    {
        if (depth < 0)
        {
            return;
        }

        while (parents.Count <= depth)
        {
            parents.Add(string.Empty);
        }

        parents[depth] = code;
    }

    /// <summary>Shares equal strings within one plan: labels and chapter codes repeat a lot.</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

        public string Get(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            if (strings.TryGetValue(value, out var shared))
            {
                return shared;
            }

            strings.Add(value, value);
            return value;
        }
    }
}
