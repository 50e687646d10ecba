namespace Scdl.Budget.Tests;

public sealed class SiretTests
{
    [Theory]
    [InlineData("21560046100085")] // Crach, from the real files
    [InlineData("22560001400016")] // Département du Morbihan
    [InlineData("22192720500197")] // the schema's example
    [InlineData("35600000000048")] // La Poste head office: plain Luhn
    [InlineData("35600000012341")] // La Poste establishment: digit sum multiple of 5
    public void TryParse_ValidNumber_ReturnsTrue(string text)
    {
        Siret.TryParse(text, out var siret).ShouldBeTrue();
        siret.ToString().ShouldBe(text);
        siret.IsCheckDigitValid.ShouldBeTrue();
        siret.Siren.ShouldBe(text[..9]);
    }

    [Theory]
    [InlineData("21560046100086")] // one digit off
    [InlineData("2156004610008")] // 13 digits
    [InlineData("215600461000855")] // 15 digits
    [InlineData("2.1560046E+13")] // spreadsheet damage
    [InlineData("21560046100O85")] // letter O
    [InlineData(" 21560046100085")]
    [InlineData("35600000012342")] // La Poste, sum not a multiple of 5
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidNumber_ReturnsFalse(string? text)
    {
        Siret.TryParse(text, out var siret).ShouldBeFalse();
        siret.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingTheValue()
    {
        var exception = Should.Throw<FormatException>(() => Siret.Parse("123"));
        exception.Message.ShouldContain("'123'");
    }

    [Fact]
    public void Default_HasNoNumber()
    {
        default(Siret).IsDefault.ShouldBeTrue();
        default(Siret).ToString().ShouldBe(string.Empty);
        default(Siret).Siren.ShouldBe(string.Empty);
    }

    [Fact]
    public void FromDigitsUnchecked_WrongCheckDigit_KeepsDigitsAndSaysSo()
    {
        var siret = Siret.FromDigitsUnchecked("21560046100086");
        siret.ToString().ShouldBe("21560046100086");
        siret.IsCheckDigitValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("21560046100085", true)]
    [InlineData("21560046100086", false)] // one digit off: kept, and said so
    public void FromDigits_FourteenDigits_KeepsThemAndSaysWhetherTheCheckHolds(string digits, bool valid)
    {
        var siret = Siret.FromDigits(digits);

        siret.ToString().ShouldBe(digits);
        siret.IsCheckDigitValid.ShouldBe(valid);
        siret.IsDefault.ShouldBeFalse();
        Siret.TryFromDigits(digits, out var tried).ShouldBeTrue();
        tried.ShouldBe(siret);
    }

    [Theory]
    [InlineData("2156004610008")]
    [InlineData("215600461000855")]
    [InlineData(" 21560046100085")]
    [InlineData("2.1560046E+13")]
    [InlineData("")]
    public void FromDigits_NotFourteenDigits_IsRefused(string text)
    {
        Should.Throw<FormatException>(() => Siret.FromDigits(text)).Message.ShouldContain("14 digits");
        Siret.TryFromDigits(text, out var siret).ShouldBeFalse();
        siret.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public void FromDigits_Null_IsRefused()
    {
        Should.Throw<ArgumentNullException>(() => Siret.FromDigits(null!));
        Siret.TryFromDigits(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void FromDigits_LongText_IsShortenedInTheMessage()
    {
        var exception = Should.Throw<FormatException>(() => Siret.FromDigits(new string('9', 10_000)));

        exception.Message.Length.ShouldBeLessThan(200);
    }

    [Fact]
    public void EqualityAndOrder_FollowTheDigits()
    {
        var a = Siret.Parse("21560046100085");
        var b = Siret.Parse("22560001400016");
        (a == Siret.Parse("21560046100085")).ShouldBeTrue();
        (a != b).ShouldBeTrue();
        (a < b).ShouldBeTrue();
        (b >= a).ShouldBeTrue();
        a.GetHashCode().ShouldBe(Siret.Parse("21560046100085").GetHashCode());
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Parse_OfToString_RoundTrips(int seed)
    {
        var siret = Support.SampleLines.ValidSiret(new Random(seed));
        return Siret.Parse(siret.ToString()) == siret && Siret.IsValid(siret.ToString());
    }
}
