namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// What a cell's number format says about the text people see: a date, how many decimals an amount shows, how many
/// digits a code is padded to with zeros (<c>000</c>, <c>00000000000000</c>).
/// </summary>
/// <param name="Code">The format code, such as <c>#,##0.00</c> or <c>dd/mm/yyyy</c>.</param>
/// <param name="IsDate">Whether the format shows a date or a time.</param>
/// <param name="Decimals">The number of decimals always shown (the zeros after the decimal point).</param>
/// <param name="IntegerZeros">The number of integer digits always shown (the zeros before the decimal point).</param>
internal readonly record struct NumberFormat(string Code, bool IsDate, int Decimals, int IntegerZeros)
{
    /// <summary>Gets the format of cells without one: <c>General</c>.</summary>
    public static NumberFormat General { get; } = new("General", false, 0, 0);

    /// <summary>Gets the built-in format of an id (ECMA-376 part 1, 18.8.30), or <see langword="null"/> for an id it does not define.</summary>
    public static NumberFormat? BuiltIn(int id) => id switch
    {
        0 => General,
        1 => Parse("0"),
        2 => Parse("0.00"),
        3 => Parse("#,##0"),
        4 => Parse("#,##0.00"),
        5 or 6 => Parse("#,##0 €"),
        7 or 8 => Parse("#,##0.00 €"),
        9 => Parse("0%"),
        10 => Parse("0.00%"),
        11 => Parse("0.00E+00"),
        12 => Parse("# ?/?"),
        13 => Parse("# ??/??"),
        14 => Parse("mm-dd-yy"),
        15 => Parse("d-mmm-yy"),
        16 => Parse("d-mmm"),
        17 => Parse("mmm-yy"),
        18 => Parse("h:mm AM/PM"),
        19 => Parse("h:mm:ss AM/PM"),
        20 => Parse("h:mm"),
        21 => Parse("h:mm:ss"),
        22 => Parse("m/d/yy h:mm"),
        >= 27 and <= 36 or >= 50 and <= 58 => Parse("yyyy-mm-dd"), // East Asian date formats
        37 or 38 => Parse("#,##0 ;(#,##0)"),
        39 or 40 => Parse("#,##0.00;(#,##0.00)"),
        41 or 42 => Parse("#,##0"),
        43 or 44 => Parse("#,##0.00"),
        45 => Parse("mm:ss"),
        46 => Parse("[h]:mm:ss"),
        47 => Parse("mmss.0"),
        48 => Parse("##0.0E+0"),
        49 => Parse("@"),
        _ => null,
    };

    /// <summary>Reads a format code: its first section, without quoted text, escaped characters, colours and locales.</summary>
    public static NumberFormat Parse(string code)
    {
        var isDate = false;
        var decimals = 0;
        var integerZeros = 0;
        var afterPoint = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    return new NumberFormat(code, isDate, decimals, integerZeros);
                case '"':
                    i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    var inside = close < 0 ? code[(i + 1)..] : code[(i + 1)..close];
                    isDate |= inside.Length > 0 && inside.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0; // [h]:mm elapsed time
                    i = close < 0 ? code.Length : close;
                    break;
                case '.':
                    afterPoint = true;
                    break;
                case '0':
                    if (afterPoint)
                    {
                        decimals++;
                    }
                    else
                    {
                        integerZeros++;
                    }

                    break;
                case 'y' or 'Y' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' or 'm' or 'M':
                    isDate = true;
                    break;
                case 'E' or 'e':
                    // Scientific notation (0.00E+00): the digits after the exponent are not decimals.
                    return new NumberFormat(code, isDate, decimals, integerZeros);
                case 'G' or 'g' when string.Compare(code, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0:
                    i += 6;
                    break;
            }
        }

        return new NumberFormat(code, isDate, decimals, integerZeros);
    }
}
