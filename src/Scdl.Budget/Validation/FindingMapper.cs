using System.Globalization;
using FluentValidation.Results;

namespace Scdl.Budget.Validation;

/// <summary>Turns FluentValidation failures into findings: the one place FluentValidation's types meet ours.</summary>
internal static class FindingMapper
{
    public static Finding ToFinding(ValidationFailure failure, long line)
    {
        var code = failure.ErrorCode;
        var value = failure.AttemptedValue switch
        {
            _ when string.Equals(code, FindingCodes.RequiredValueMissing, StringComparison.Ordinal) => string.Empty,
            null => null,
            string s => s,
            Siret s => s.ToString(),
            Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        var arguments = failure.CustomState as string[] ?? [];
        return new Finding(code, FindingCodes.Get(code).DefaultSeverity, new SourceLocation(line, failure.PropertyName), value, arguments);
    }
}
