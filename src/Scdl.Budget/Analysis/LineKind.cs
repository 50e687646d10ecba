namespace Scdl.Budget.Analysis;

/// <summary>What a line is in the analysis: a real or an order operation of the year, or a carried-forward balance.</summary>
internal enum LineKind
{
    Reel = 0,
    Ordre = 1,
    Reporte = 2,
}
