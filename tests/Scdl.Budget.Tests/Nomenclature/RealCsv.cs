using System.Globalization;
using System.Text;

namespace Scdl.Budget.Tests.Nomenclature;

/// <summary>
/// Reads the real CSVs of <c>TestData/scdl-csv</c> into typed lines tolerantly, for the plan-based rules: those files
/// use capitalised steps and leave required cells empty, which the strict reader refuses to type (its findings are
/// tested elsewhere). Steps are matched case-insensitively; an empty section stays unset.
/// </summary>
internal static class RealCsv
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "scdl-csv", name);

    /// <summary>Reads a file's lines with their 1-based physical line numbers, taking columns as the TOTEM converters do (or as the schema says).</summary>
    public static List<(BudgetLine Line, long Number)> Read(string name, ColumnConvention convention = ColumnConvention.TotemConverters)
    {
        var rows = Parse(File.ReadAllText(PathOf(name), Encoding.UTF8));
        var header = rows[0].Cells[0] == "BGT_NATDEC" ? rows[0].Cells : null;
        string[] names = header ?? [.. Support.Csv.Header.Split(',')];
        var result = new List<(BudgetLine, long)>();
        foreach (var (cells, number) in rows.Skip(header is null ? 0 : 1))
        {
            string Cell(string column) => cells[Array.IndexOf(names, column)];
            string? Optional(string column) => Cell(column) is { Length: > 0 } v ? v : null;
            var (account, chapter) = convention == ColumnConvention.TotemConverters ? ("BGT_NATURE", "BGT_CONTNAT") : ("BGT_CONTNAT", "BGT_NATURE");
            result.Add((new BudgetLine
            {
                Step = Cell("BGT_NATDEC").ToLowerInvariant() switch
                {
                    "budget primitif" => BudgetStep.BudgetPrimitif,
                    "budget supplémentaire" => BudgetStep.BudgetSupplementaire,
                    "décision modificative" => BudgetStep.DecisionModificative,
                    "compte administratif" => BudgetStep.CompteAdministratif,
                    _ => default,
                },
                Year = int.Parse(Cell("BGT_ANNEE"), CultureInfo.InvariantCulture),
                Siret = Siret.Parse(Cell("BGT_SIRET"), null),
                AuthorityName = Cell("BGT_NOM"),
                AccountCode = Cell(account),
                AccountLabel = Cell(account + "_LABEL"),
                ChapterCode = Cell(chapter),
                ChapterLabel = Cell(chapter + "_LABEL"),
                FunctionCode = Optional("BGT_FONCTION"),
                FunctionLabel = Optional("BGT_FONCTION_LABEL"),
                Operation = Optional("BGT_OPERATION"),
                Section = Cell("BGT_SECTION") switch
                {
                    "investissement" => BudgetSection.Investissement,
                    "fonctionnement" => BudgetSection.Fonctionnement,
                    _ => default,
                },
                OperationKind = Cell("BGT_OPBUDG") == "ordre" ? OperationKind.Ordre : OperationKind.Reel,
                Direction = Cell("BGT_CODRD") == "recette" ? FlowDirection.Recette : FlowDirection.Depense,
                MontantVote = Optional("BGT_MTPREV") is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null,
            }, number));
        }

        return result;
    }

    /// <summary>Splits RFC 4180 CSV into rows of cells with the physical line each row starts on.</summary>
    private static List<(string[] Cells, long Number)> Parse(string text)
    {
        var rows = new List<(string[], long)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        long line = 1;
        long start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(([.. cells], start));
                    cells.Clear();
                    line++;
                    start = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (cells.Count > 0 || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            rows.Add(([.. cells], start));
        }

        return rows;
    }
}
