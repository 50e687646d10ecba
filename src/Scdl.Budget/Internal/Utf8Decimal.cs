using System.Globalization;
using System.Text;

namespace Scdl.Budget.Internal;

/// <summary>
/// Parses a Table Schema <c>number</c> from UTF-8 into a <see cref="decimal"/> that keeps its scale and its sign (a
/// negative zero stays negative), and formats one back. The common plain form (optional sign, up to 19 digits,
/// optional dot) is read without the BCL's general parser; everything else (exponent, more digits, negative zero)
/// through <see cref="decimal.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out decimal)"/> with the
/// same styles, and then checked: a number the BCL would round (more than 28 decimals, <c>1e-308</c>) or cannot hold
/// (<c>1e308</c>, a 40-digit integer) is <see cref="NumberReading.NotRepresentable"/>, never a silently different value.
/// </summary>
internal static class Utf8Decimal
{
    public const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses <paramref name="text"/>; <see langword="true"/> only when the value is held exactly.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value) => Read(text, out value) == NumberReading.Exact;

    /// <summary>Parses <paramref name="text"/> and says whether it is a number, and whether <paramref name="value"/> holds it exactly.</summary>
    /// <param name="text">The UTF-8 text of the cell.</param>
    /// <param name="value">The value when <see cref="NumberReading.Exact"/>; otherwise 0.</param>
    public static NumberReading Read(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParsePlain(text, out value))
        {
            return NumberReading.Exact;
        }

        if (!IsNumber(text))
        {
            value = 0;
            return NumberReading.NotANumber;
        }

        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value) || !IsExact(text, value))
        {
            value = 0;
            return NumberReading.NotRepresentable;
        }

        return NumberReading.Exact;
    }

    /// <summary>Parses text already decoded. See <see cref="Read(ReadOnlySpan{byte}, out decimal)"/>.</summary>
    public static NumberReading Read(string text, out decimal value)
    {
        Span<byte> buffer = stackalloc byte[128];
        if (text.Length > buffer.Length || Encoding.UTF8.GetByteCount(text) > buffer.Length)
        {
            return Read(Encoding.UTF8.GetBytes(text), out value);
        }

        var length = Encoding.UTF8.GetBytes(text, buffer);
        return Read(buffer[..length], out value);
    }

    /// <summary>
    /// Formats an amount as the canonical writer does: invariant culture, the scale kept, and the sign of a negative
    /// zero (<c>-0.00</c>) kept, which <see cref="decimal.ToString(IFormatProvider?)"/> drops.
    /// </summary>
    public static string Format(decimal value) =>
        value == 0 && decimal.IsNegative(value)
            ? "-" + value.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether the text has the syntax of a Table Schema number with the default options: an optional sign, digits
    /// with an optional dot (at least one digit), an optional exponent.
    /// </summary>
    private static bool IsNumber(ReadOnlySpan<byte> text)
    {
        var i = text.Length > 0 && text[0] is (byte)'+' or (byte)'-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (b == (byte)'.' && !dot)
            {
                dot = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is not ((byte)'e' or (byte)'E'))
        {
            return false;
        }

        i++;
        if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }

        return i < text.Length && text[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }

    /// <summary>Whether <paramref name="value"/> equals the number written in <paramref name="text"/> (both reduced to significant digits and a power of ten).</summary>
    private static bool IsExact(ReadOnlySpan<byte> text, decimal value)
    {
        var (digits, exponent) = Significant(Encoding.ASCII.GetString(text));
        var (valueDigits, valueExponent) = Significant(value.ToString(CultureInfo.InvariantCulture));
        return string.Equals(digits, valueDigits, StringComparison.Ordinal) && (digits.Length == 0 || exponent == valueExponent);
    }

    /// <summary>Reduces a number's text to its significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static (string Digits, long Exponent) Significant(string text)
    {
        var span = text.AsSpan().TrimStart("+-");
        long exponent = 0;
        var e = span.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            var power = span[(e + 1)..];
            // An exponent too long to parse is far beyond what a decimal holds: any value compares unequal.
            exponent = long.TryParse(power, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue / 2;
            span = span[..e];
        }

        var dot = span.IndexOf('.');
        var builder = new StringBuilder(span.Length);
        if (dot >= 0)
        {
            exponent -= span.Length - dot - 1;
            builder.Append(span[..dot]).Append(span[(dot + 1)..]);
        }
        else
        {
            builder.Append(span);
        }

        var digits = builder.ToString().TrimStart('0');
        var trimmed = digits.TrimEnd('0');
        exponent += digits.Length - trimmed.Length;
        return (trimmed, exponent);
    }

    private static bool TryParsePlain(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(b - '0');
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (b == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || (negative && mantissa == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
