using System.Globalization;
using System.Runtime.InteropServices;

namespace Scdl.Budget;

/// <summary>A run of consecutive 1-based lines of the input, such as <c>2-30</c>.</summary>
/// <param name="First">The first line.</param>
/// <param name="Last">The last line, <paramref name="First"/> or more.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct LineRange(long First, long Last)
{
    /// <summary>Gets the number of lines of the range.</summary>
    public long Count => Last - First + 1;

    /// <inheritdoc/>
    public override string ToString() =>
        First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
}
