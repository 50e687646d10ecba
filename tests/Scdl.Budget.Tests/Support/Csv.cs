using System.Text;
using Scdl.Budget.Csv;

namespace Scdl.Budget.Tests.Support;

/// <summary>Small helpers to read and write CSV held in strings.</summary>
internal static class Csv
{
    public const string Header =
        "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE";

    public const string ValidRow =
        "budget primitif,2022,21560046100085,CRACH,60611,Eau et assainissement,011,Charges à caractère général,,,,fonctionnement,réel,dépense,,,,,1500.50,,,non spécialisé";

    public static List<BudgetRecord> Read(string text, BudgetCsvReaderOptions? options = null) =>
        [.. BudgetCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options)];

    public static string Write(IEnumerable<BudgetLine> lines, BudgetCsvWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        BudgetCsv.Write(lines, stream, options, leaveOpen: true);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
