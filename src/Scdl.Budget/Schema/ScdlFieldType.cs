namespace Scdl.Budget.Schema;

/// <summary>The Table Schema types used by scdl/budget.</summary>
internal enum ScdlFieldType
{
    String = 1,
    Year = 2,
    Number = 3,
}
