using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Scdl.Budget;

/// <summary>
/// Identifies a French establishment by its 14-digit SIRET number: column <c>BGT_SIRET</c>.
/// </summary>
/// <remarks>
/// <para>
/// A valid SIRET has 14 ASCII digits, passes the Luhn check over its 14 digits and over its first 9 (the SIREN),
/// except for the establishments of La Poste (SIREN 356000000, other than its head office 35600000000048) whose
/// digits must add up to a multiple of 5. This is the <c>french-siret-value</c> check of the schema.
/// </para>
/// <para>
/// <see cref="Parse(string, IFormatProvider?)"/> and <see cref="TryParse(string?, IFormatProvider?, out Siret)"/>
/// accept only valid numbers. A reader that meets 14 digits whose check fails keeps them, so that no data is
/// lost, and reports it: such a value has <see cref="IsCheckDigitValid"/> <see langword="false"/>.
/// </para>
/// <para><c>default(Siret)</c> holds no number: <see cref="IsDefault"/> is true and <see cref="ToString()"/> is empty.</para>
/// </remarks>
public readonly record struct Siret : ISpanParsable<Siret>, IComparable<Siret>
{
    private const string LaPosteSiren = "356000000";
    private const string LaPosteHeadOffice = "35600000000048";

    private readonly string? _digits;

    private Siret(string digits, bool checkDigitValid)
    {
        _digits = digits;
        IsCheckDigitValid = checkDigitValid;
    }

    /// <summary>Gets a value indicating whether this value holds no number (it is <c>default(Siret)</c>).</summary>
    public bool IsDefault => _digits is null;

    /// <summary>Gets a value indicating whether the number passes the <c>french-siret-value</c> check.</summary>
    public bool IsCheckDigitValid { get; }

    /// <summary>Gets the SIREN: the first 9 digits, which identify the legal entity.</summary>
    public string Siren => _digits is null ? string.Empty : _digits[..9];

    /// <summary>Returns the 14 digits, or an empty string for <c>default(Siret)</c>.</summary>
    /// <returns>The 14 digits.</returns>
    public override string ToString() => _digits ?? string.Empty;

    /// <summary>Determines whether a text is a valid SIRET: 14 ASCII digits that pass the check.</summary>
    /// <param name="value">The text to check; no spaces are allowed.</param>
    /// <returns><see langword="true"/> when the text is a valid SIRET.</returns>
    public static bool IsValid(ReadOnlySpan<char> value) => HasFourteenDigits(value) && CheckDigitHolds(value);

    /// <summary>Parses a valid SIRET.</summary>
    /// <param name="s">14 ASCII digits.</param>
    /// <param name="provider">Ignored: a SIRET has no culture-specific form.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not 14 digits or fails the check.</exception>
    public static Siret Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a valid SIRET.</summary>
    /// <param name="s">14 ASCII digits.</param>
    /// <param name="provider">Ignored: a SIRET has no culture-specific form.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not 14 digits or fails the check.</exception>
    public static Siret Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (TryParse(s, provider, out var result))
        {
            return result;
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"'{s}' is not a valid SIRET: 14 digits passing the Luhn check are expected."));
    }

    /// <summary>Tries to parse a valid SIRET.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: a SIRET has no culture-specific form.</param>
    /// <param name="result">The SIRET, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid SIRET.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Siret result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Parses a valid SIRET.</summary>
    /// <param name="s">14 ASCII digits.</param>
    /// <returns>The SIRET.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not 14 digits or fails the check.</exception>
    public static Siret Parse(string s) => Parse(s, null);

    /// <summary>Tries to parse a valid SIRET.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The SIRET, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid SIRET.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Siret result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a valid SIRET.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="provider">Ignored: a SIRET has no culture-specific form.</param>
    /// <param name="result">The SIRET, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid SIRET.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Siret result)
    {
        if (IsValid(s))
        {
            result = new Siret(s.ToString(), checkDigitValid: true);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(Siret other) => string.CompareOrdinal(_digits, other._digits);

    /// <summary>Compares two SIRETs in the order of their digits.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes first.</returns>
    public static bool operator <(Siret left, Siret right) => left.CompareTo(right) < 0;

    /// <summary>Compares two SIRETs in the order of their digits.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes first or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Siret left, Siret right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two SIRETs in the order of their digits.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes last.</returns>
    public static bool operator >(Siret left, Siret right) => left.CompareTo(right) > 0;

    /// <summary>Compares two SIRETs in the order of their digits.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> comes last or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Siret left, Siret right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Creates a value from 14 digits whatever their check digit, so that a reader keeps a number that fails the
    /// check instead of losing it: <see cref="IsCheckDigitValid"/> says whether the check holds, and a value that
    /// fails it is what the <c>french-siret-value</c> check reports.
    /// </summary>
    /// <param name="digits">14 ASCII digits, without spaces.</param>
    /// <returns>The value; <see cref="IsCheckDigitValid"/> is <see langword="false"/> when the check fails.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="digits"/> is not 14 ASCII digits.</exception>
    /// <example><c>Siret.FromDigits("21560046100086").IsCheckDigitValid</c> is <see langword="false"/>; <c>ToString()</c> gives the 14 digits back.</example>
    public static Siret FromDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (TryFromDigits(digits, out var result))
        {
            return result;
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"'{Finding.Shorten(digits)}' is not a SIRET: 14 digits are expected."));
    }

    /// <summary>
    /// Tries to create a value from 14 digits whatever their check digit. See <see cref="FromDigits(string)"/>.
    /// </summary>
    /// <param name="digits">The text: 14 ASCII digits, without spaces.</param>
    /// <param name="result">The value, or <c>default</c> when <paramref name="digits"/> is not 14 digits.</param>
    /// <returns><see langword="true"/> when <paramref name="digits"/> is 14 ASCII digits, whether or not the check holds.</returns>
    public static bool TryFromDigits([NotNullWhen(true)] string? digits, out Siret result)
    {
        result = digits is null ? default : FromDigitsUnchecked(digits);
        return !result.IsDefault;
    }

    /// <summary>Creates a value from 14 digits whatever their check, remembering whether the check holds.</summary>
    /// <param name="digits">14 ASCII digits.</param>
    /// <returns>The value, or <c>default</c> when <paramref name="digits"/> is not 14 digits.</returns>
    internal static Siret FromDigitsUnchecked(string digits) =>
        HasFourteenDigits(digits) ? new Siret(digits, CheckDigitHolds(digits)) : default;

    internal static bool HasFourteenDigits(ReadOnlySpan<char> value)
    {
        if (value.Length != 14)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CheckDigitHolds(ReadOnlySpan<char> digits)
    {
        if (digits.StartsWith(LaPosteSiren) && !digits.SequenceEqual(LaPosteHeadOffice))
        {
            var sum = 0;
            foreach (var c in digits)
            {
                sum += c - '0';
            }

            return sum % 5 == 0;
        }

        return Luhn(digits) && Luhn(digits[..9]);
    }

    private static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
