using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Validation;

/// <summary>A report's counts by code in one comparable string, such as <c>SCDL308=1 SCDL320=2</c>.</summary>
internal static class ReportCodes
{
    public static string Of(ValidationReport report) =>
        string.Join(' ', report.Findings.CountsByCode.Select(c => $"{c.Key}={c.Value}"));
}
