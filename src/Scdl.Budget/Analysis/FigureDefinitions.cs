using System.Globalization;

namespace Scdl.Budget.Analysis;

/// <summary>
/// The definitions of <c>Analysis/Data/definitions.tsv</c> (an embedded resource): which chapters and accounts each
/// figure adds up, per nomenclature. Read once.
/// </summary>
internal sealed class FigureDefinitions
{
    /// <summary>The token of the rows for every norme without rows of its own, and for an unknown norme.</summary>
    public const string AnyNorme = "*";

    private const string ResourceName = "Scdl.Budget.Analysis.definitions.tsv";

    private static readonly Lazy<FigureDefinitions> BuiltInDefinitions = new(Load);

    private FigureDefinitions(IReadOnlyList<DefinitionRow> rows)
    {
        Rows = rows;
    }

    /// <summary>Gets the definitions shipped with the library.</summary>
    public static FigureDefinitions BuiltIn => BuiltInDefinitions.Value;

    /// <summary>Gets every row, in file order.</summary>
    public IReadOnlyList<DefinitionRow> Rows { get; }

    /// <summary>Gets the normes some row names.</summary>
    public IEnumerable<string> Normes => Rows.SelectMany(r => r.Nomenclatures).Where(n => !string.Equals(n, AnyNorme, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Returns the rows that apply to a norme: for each figure, the rows naming the norme if there are any, else the
    /// rows for every norme (<c>*</c>).
    /// </summary>
    /// <param name="norme">The norme, such as <c>M57</c>, or <see langword="null"/> when it is not known.</param>
    public IReadOnlyList<DefinitionRow> For(string? norme)
    {
        var own = norme is null ? [] : Rows.Where(r => r.Nomenclatures.Contains(norme, StringComparer.Ordinal)).ToList();
        var figuresWithOwnRows = own.Select(r => r.Figure).ToHashSet();
        return
        [
            .. Rows.Where(r => own.Contains(r) || (!figuresWithOwnRows.Contains(r.Figure) && r.Nomenclatures.Contains(AnyNorme, StringComparer.Ordinal))),
        ];
    }

    /// <summary>Parses the text of a definitions file.</summary>
    /// <exception cref="FormatException">A row is malformed; the message names its line.</exception>
    internal static FigureDefinitions Parse(TextReader reader)
    {
        var rows = new List<DefinitionRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var cells = text.Split('\t');
            if (cells.Length != 8)
            {
                throw Malformed(lineNumber, "8 cells separated by tabs");
            }

            var figure = FigureOf(cells[0]) ?? throw Malformed(lineNumber, "a known figure");
            var sign = cells[2] switch
            {
                "+" => 1,
                "-" => -1,
                _ => throw Malformed(lineNumber, "a sign, + or -"),
            };
            var section = cells[3] switch
            {
                "F" => BudgetSection.Fonctionnement,
                "I" => BudgetSection.Investissement,
                _ => throw Malformed(lineNumber, "a section, F or I"),
            };
            var direction = cells[4] switch
            {
                "R" => FlowDirection.Recette,
                "D" => FlowDirection.Depense,
                _ => throw Malformed(lineNumber, "a direction, R or D"),
            };
            var kind = cells[5] switch
            {
                "reel" => LineKind.Reel,
                "ordre" => LineKind.Ordre,
                _ => throw Malformed(lineNumber, "a kind, reel or ordre"),
            };
            var match = cells[6] switch
            {
                "all" => DefinitionMatch.All,
                "chapter" => DefinitionMatch.Chapter,
                "account" => DefinitionMatch.Account,
                _ => throw Malformed(lineNumber, "a match, all, chapter or account"),
            };
            var nomenclatures = Words(cells[1]);
            var codes = Words(cells[7]);
            if (nomenclatures.Length == 0 || (match == DefinitionMatch.All) != (codes.Length == 0))
            {
                throw Malformed(lineNumber, "nomenclatures, and codes exactly when the match is not all");
            }

            rows.Add(new DefinitionRow(figure, nomenclatures, sign, Flows.Index(section, kind, direction), match, codes, lineNumber));
        }

        return new FigureDefinitions(rows);
    }

    private static FigureDefinitions Load()
    {
        using var stream = typeof(FigureDefinitions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader);
    }

    private static DefinedFigure? FigureOf(string name) => name switch
    {
        "recettesReellesFonctionnement" => DefinedFigure.RecettesReellesFonctionnement,
        "depensesReellesFonctionnement" => DefinedFigure.DepensesReellesFonctionnement,
        "interetsDeLaDette" => DefinedFigure.InteretsDeLaDette,
        "remboursementCapitalDette" => DefinedFigure.RemboursementCapitalDette,
        "depensesEquipement" => DefinedFigure.DepensesEquipement,
        _ => null,
    };

    private static string[] Words(string cell) => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FormatException Malformed(int line, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"definitions.tsv, line {line}: expected {expected}."));
}
