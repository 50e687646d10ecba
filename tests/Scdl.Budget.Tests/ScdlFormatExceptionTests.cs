using System.Globalization;

namespace Scdl.Budget.Tests;

public sealed class ScdlFormatExceptionTests
{
    [Fact]
    public void LocatedConstructor_RendersTheCodesMessage_InFrenchAndEnglish()
    {
        var error = new ScdlFormatException(FindingCodes.TotemInvalidSiret, 24, "EnTeteBudget/IdEtab", ["2156004610008"]);

        error.Code.ShouldBe(FindingCodes.TotemInvalidSiret);
        error.Line.ShouldBe(24);
        error.Column.ShouldBe("EnTeteBudget/IdEtab");
        error.GetMessage(CultureInfo.GetCultureInfo("en")).ShouldBe("Line 24: '2156004610008' in EnTeteBudget/IdEtab is not a SIRET: 14 digits are expected.");
        error.GetMessage(CultureInfo.GetCultureInfo("fr-FR")).ShouldStartWith("Ligne 24 : « 2156004610008 » dans EnTeteBudget/IdEtab n'est pas un SIRET");
        error.ToFinding().ShouldBe(new Finding(FindingCodes.TotemInvalidSiret, FindingSeverity.Error, new SourceLocation(24, "EnTeteBudget/IdEtab"), null, "2156004610008"));
    }

    [Fact]
    public void LocatedConstructor_CopiesTheArguments_AndKeepsTheCause()
    {
        var arguments = new List<string> { "reason" };
        var cause = new InvalidOperationException("cause");

        var error = new ScdlFormatException(FindingCodes.TotemMalformedXml, 3, null, arguments, cause);
        arguments[0] = "changed";

        error.Arguments.ShouldBe(["reason"]);
        error.InnerException.ShouldBeSameAs(cause);
    }

    [Fact]
    public void LocatedConstructor_RefusesNulls()
    {
        Should.Throw<ArgumentNullException>(() => new ScdlFormatException(null!, 1, null, []));
        Should.Throw<ArgumentNullException>(() => new ScdlFormatException(FindingCodes.TotemMalformedXml, 1, null, null!));
    }
}
