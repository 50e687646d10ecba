using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Identifies one plan de comptes: a budget year (exercice), a norme (<c>M14</c>, <c>M57</c>, <c>M4</c>…) and a
/// déclinaison (<c>M14_COM_500_3500</c>, <c>M57_A</c>, <c>M43_D</c>…), as in the official layout
/// <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c>.
/// </summary>
/// <remarks>
/// Norme and déclinaison are kept upper-case, so <c>m57</c> and <c>M57</c> name the same plan.
/// <c>default(NomenclatureId)</c> has year 0 and empty names: it identifies no plan.
/// </remarks>
public readonly record struct NomenclatureId
{
    private readonly string? norme;
    private readonly string? declinaison;

    /// <summary>Creates an identifier.</summary>
    /// <param name="year">The budget year (exercice), such as 2022.</param>
    /// <param name="norme">The norme, such as <c>M14</c>.</param>
    /// <param name="declinaison">The déclinaison, such as <c>M14_COM_500_3500</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="norme"/> or <paramref name="declinaison"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="norme"/> or <paramref name="declinaison"/> is empty or blank.</exception>
    public NomenclatureId(int year, string norme, string declinaison)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(norme);
        ArgumentException.ThrowIfNullOrWhiteSpace(declinaison);
        Year = year;
        this.norme = norme.Trim().ToUpperInvariant();
        this.declinaison = declinaison.Trim().ToUpperInvariant();
    }

    /// <summary>Gets the budget year (exercice).</summary>
    public int Year { get; }

    /// <summary>Gets the norme, such as <c>M14</c>, <c>M4</c>, <c>M52</c>, <c>M57</c>.</summary>
    public string Norme => norme ?? string.Empty;

    /// <summary>Gets the déclinaison, such as <c>M14_COM_500_3500</c>, <c>M43_D</c>, <c>M57_A</c>.</summary>
    public string Declinaison => declinaison ?? string.Empty;

    /// <summary>
    /// Gets the nomenclature as TOTEM writes it in <c>EnTeteBudget/Nomenclature</c>: <c>Norme-Declinaison</c>,
    /// such as <c>M14-M14_COM_500_3500</c>.
    /// </summary>
    public string Nomenclature => Norme + "-" + Declinaison;

    /// <summary>Returns the identifier of the same norme and déclinaison for another year.</summary>
    /// <param name="year">The other year.</param>
    /// <returns>The identifier for <paramref name="year"/>.</returns>
    public NomenclatureId WithYear(int year) => new(year, Norme, Declinaison);

    /// <summary>
    /// Parses a TOTEM nomenclature value (<c>Norme-Declinaison</c>, such as <c>M14-M14_COM_500_3500</c> or
    /// <c>M4-M43_D</c>) for a year.
    /// </summary>
    /// <param name="year">The budget year (TOTEM <c>BlocBudget/Exer</c>).</param>
    /// <param name="nomenclature">The value of TOTEM <c>EnTeteBudget/Nomenclature</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomenclature"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="nomenclature"/> is neither <c>Norme-Declinaison</c> nor a déclinaison (see <see cref="TryParse(int, string?, out NomenclatureId)"/>).</exception>
    public static NomenclatureId Parse(int year, string nomenclature)
    {
        ArgumentNullException.ThrowIfNull(nomenclature);
        return TryParse(year, nomenclature, out var id)
            ? id
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{nomenclature}' is not a nomenclature of the form Norme-Declinaison, such as M14-M14_COM_500_3500, nor a déclinaison such as M57_A."));
    }

    /// <summary>
    /// Tries to parse a TOTEM nomenclature value for a year: <c>Norme-Declinaison</c> (<c>M57-M57_A</c>), or a bare
    /// déclinaison as some files write it (<c>M57_A</c> in a compte financier unique). For a bare déclinaison the norme
    /// is its leading letters and digits (<c>M57_A</c> → <c>M57</c>, <c>M52</c> → <c>M52</c>), except for the M4x
    /// déclinaisons, which the official layout files under <c>M4</c> (<c>M43_D</c> → <c>M4</c>).
    /// </summary>
    /// <param name="year">The budget year.</param>
    /// <param name="nomenclature">The value, such as <c>M57-M57_A</c> or <c>M57_A</c>.</param>
    /// <param name="id">The identifier when the value could be parsed.</param>
    /// <returns><see langword="true"/> when <paramref name="nomenclature"/> is <c>Norme-Declinaison</c> or a déclinaison.</returns>
    public static bool TryParse(int year, [NotNullWhen(true)] string? nomenclature, out NomenclatureId id)
    {
        id = default;
        var value = nomenclature?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var normeOfDeclinaison = NormeOf(value);
            if (normeOfDeclinaison is null)
            {
                return false;
            }

            id = new NomenclatureId(year, normeOfDeclinaison, value);
            return true;
        }

        var normePart = value[..dash];
        var declinaisonPart = value[(dash + 1)..];
        if (string.IsNullOrWhiteSpace(normePart) || string.IsNullOrWhiteSpace(declinaisonPart) || declinaisonPart.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        id = new NomenclatureId(year, normePart, declinaisonPart);
        return true;
    }

    /// <summary>Returns the identifier as its place in the official layout: <c>2022/M14/M14_COM_500_3500</c>.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}/{Norme}/{Declinaison}");

    private static string? NormeOf(string declinaison)
    {
        var end = 0;
        while (end < declinaison.Length && char.IsAsciiLetterOrDigit(declinaison[end]))
        {
            end++;
        }

        if (end < 2 || (end < declinaison.Length && declinaison[end] != '_') || !char.IsAsciiLetter(declinaison[0]) || !char.IsAsciiDigit(declinaison[1]))
        {
            return null;
        }

        var prefix = declinaison[..end].ToUpperInvariant();
        return prefix.Length == 3 && prefix.StartsWith("M4", StringComparison.Ordinal) ? "M4" : prefix;
    }
}
