namespace Scdl.Budget.Internal;

/// <summary>What <see cref="Utf8Decimal.Read(ReadOnlySpan{byte}, out decimal)"/> made of a cell.</summary>
internal enum NumberReading
{
    /// <summary>A Table Schema number, held exactly (value and scale).</summary>
    Exact = 1,

    /// <summary>Not a Table Schema number.</summary>
    NotANumber = 2,

    /// <summary>A Table Schema number that a <see cref="decimal"/> cannot hold exactly: too large, or more than 28 decimals.</summary>
    NotRepresentable = 3,
}
