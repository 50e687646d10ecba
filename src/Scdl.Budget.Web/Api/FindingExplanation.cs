using System.Globalization;

namespace Scdl.Budget.Web.Api;

/// <summary>What a finding code means, as <c>GET /api/v1/explain/{code}</c> gives it (what <c>scdl-budget explain CODE</c> prints).</summary>
/// <param name="Code">The stable code, such as <c>SCDL202</c>.</param>
/// <param name="Severity">The default severity: <c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Category">What an error of this code says of a file: <c>unreadable</c>, <c>format</c> or <c>content</c>.</param>
/// <param name="FrictionlessType">The frictionless (Validata) error type.</param>
/// <param name="Title">The code's title, in the request's language.</param>
/// <param name="Fix">How to fix it, in the request's language.</param>
internal sealed record FindingExplanation(string Code, string Severity, string Category, string FrictionlessType, string Title, string Fix)
{
    /// <summary>Gets the explanation of a code in a language.</summary>
    public static FindingExplanation Of(FindingDescriptor descriptor, CultureInfo culture) => new(
        descriptor.Code,
        descriptor.DefaultSeverity.ToString().ToLowerInvariant(),
        descriptor.Category.ToString().ToLowerInvariant(),
        descriptor.FrictionlessType,
        descriptor.GetTitle(culture),
        descriptor.GetFix(culture));
}
