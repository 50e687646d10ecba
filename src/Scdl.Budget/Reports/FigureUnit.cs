namespace Scdl.Budget.Reports;

/// <summary>What a figure of an analysis counts, which says how a report writes it.</summary>
internal enum FigureUnit
{
    /// <summary>Euros.</summary>
    Money = 1,

    /// <summary>A fraction, shown in percent.</summary>
    Rate = 2,

    /// <summary>A number of years.</summary>
    Years = 3,
}
