using System.Globalization;

namespace Scdl.Budget.Tests.Support;

/// <summary>
/// Generates realistic budget lines from a seed: valid SIRETs, codes with leading zeros, labels with commas,
/// quotes, accents and line breaks, amounts of various scales (some negative, some missing). Shared by the tests
/// and the benchmarks, so that both measure the same kind of data.
/// </summary>
internal static class SampleLines
{
    private static readonly string[] Labels =
    [
        "Charges à caractère général", "Autres honoraires, conseils", "Fournitures \"non stockées\"", "Eau et assainissement",
        "Subventions d'équipement\nversées", "Opérations d'ordre de transfert entre sections", "=SOMME(A1:A2)", "Énergie - Électricité",
        "Dotation globale de fonctionnement", "  espaces autour  ",
    ];

    private static readonly string[] Chapters = ["011", "012", "013", "014", "040", "041", "042", "65", "66", "67", "70", "73", "74", "16", "20", "204", "21", "23", "001", "002", "021", "023"];

    private static readonly string[] Names = ["CRACH", "SAINT MALO AGGLOMERATION", "DEPARTEMENT DU MORBIHAN 56", "Commune d'Évian-les-Bains"];

    public static IEnumerable<BudgetLine> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random);
        }
    }

    public static BudgetLine Next(Random random)
    {
        var chapter = Chapters[random.Next(Chapters.Length)];
        var account = chapter + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture).PadLeft(random.Next(1, 4), '0');
        return new BudgetLine
        {
            Step = (BudgetStep)random.Next(1, 5),
            Year = random.Next(2013, 2027),
            Siret = ValidSiret(random),
            AuthorityName = Names[random.Next(Names.Length)],
            AccountCode = account.Length > 9 ? account[..9] : account,
            AccountLabel = Labels[random.Next(Labels.Length)],
            ChapterCode = chapter,
            ChapterLabel = Labels[random.Next(Labels.Length)],
            FunctionCode = random.Next(3) == 0 ? null : random.Next(0, 999).ToString("D3", CultureInfo.InvariantCulture),
            FunctionLabel = random.Next(3) == 0 ? null : Labels[random.Next(Labels.Length)],
            Operation = random.Next(4) == 0 ? random.Next(1, 99999).ToString(CultureInfo.InvariantCulture) : null,
            Section = (BudgetSection)random.Next(1, 3),
            OperationKind = (OperationKind)random.Next(1, 3),
            Direction = (FlowDirection)random.Next(1, 3),
            Realisations = Amount(random),
            BudgetPrecedent = Amount(random),
            RestesARealiserPrecedents = Amount(random),
            PropositionsNouvelles = Amount(random),
            MontantVote = Amount(random),
            CreditsOuverts = Amount(random),
            RestesARealiser = Amount(random),
            SpecializedArticle = random.Next(3) switch { 0 => null, 1 => SpecializedArticle.NonSpecialise, _ => SpecializedArticle.Specialise },
        };
    }

    public static decimal? Amount(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => 0m,
        2 => new decimal(random.Next(0, int.MaxValue), random.Next(0, 10), 0, random.Next(4) == 0, (byte)random.Next(0, 3)),
        3 => decimal.Parse("1234.50", CultureInfo.InvariantCulture),
        _ => new decimal(random.Next(0, 100_000_000), 0, 0, false, 2),
    };

    /// <summary>Makes a SIRET that passes the check: 13 random digits, then the digit that completes both Luhn sums.</summary>
    public static Siret ValidSiret(Random random)
    {
        while (true)
        {
            var digits = new char[14];
            for (var i = 0; i < 13; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            for (var last = 0; last < 10; last++)
            {
                digits[13] = (char)('0' + last);
                if (Siret.TryParse(new string(digits), out var siret))
                {
                    return siret;
                }
            }
        }
    }
}
