using System.Globalization;

namespace Scdl.Budget.Internal;

/// <summary>
/// Parses a Table Schema <c>number</c> from UTF-8 into a <see cref="decimal"/> that keeps its scale: the common
/// plain form (optional sign, up to 19 digits, optional dot) without the BCL's general parser, everything else
/// (exponent, more digits, negative zero) through <see cref="decimal.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out decimal)"/>
/// with the same styles. Both paths give the same value and scale.
/// </summary>
internal static class Utf8Decimal
{
    public const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParsePlain(text, out value))
        {
            return true;
        }

        return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value);
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
