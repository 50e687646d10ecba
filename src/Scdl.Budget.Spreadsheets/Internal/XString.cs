using System.Globalization;
using System.Text;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>
/// Decodes the escapes of OOXML strings (ECMA-376 part 1, 22.9.2.19 <c>ST_Xstring</c>): <c>_xHHHH_</c> stands for the
/// character of code HHHH, which XML cannot hold or would normalise (Excel writes a carriage return as <c>_x000D_</c>),
/// and <c>_x005F_</c> escapes an underscore that would otherwise start one.
/// </summary>
internal static class XString
{
    public static string Decode(string text)
    {
        var index = text.IndexOf("_x", StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var start = 0;
        while (index >= 0)
        {
            if (index + 7 <= text.Length && text[index + 6] == '_'
                && ushort.TryParse(text.AsSpan(index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append(text, start, index - start).Append((char)code);
                start = index + 7;
                index = text.IndexOf("_x", start, StringComparison.Ordinal);
            }
            else
            {
                index = text.IndexOf("_x", index + 1, StringComparison.Ordinal);
            }
        }

        return result.Append(text, start, text.Length - start).ToString();
    }
}
