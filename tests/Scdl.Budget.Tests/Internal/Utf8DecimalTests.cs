using System.Globalization;
using System.Text;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Tests.Internal;

public sealed class Utf8DecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("100.50")]
    [InlineData("-12.5")]
    [InlineData("+7")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-0.00")]
    [InlineData("1E3")]
    [InlineData("1.5e-3")]
    [InlineData("9999999999999999999")]
    [InlineData("12345678901234567890.12")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void TryParse_AgreesWithTheBclOnValueAndScale(string text) => Check(text).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("1E40")]
    [InlineData("0x10")]
    public void TryParse_RejectsWhatTheBclRejects(string text)
    {
        Utf8Decimal.TryParse(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse();
        decimal.TryParse(text, Utf8Decimal.Styles, CultureInfo.InvariantCulture, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1E40", "NotRepresentable")]
    [InlineData("1e308", "NotRepresentable")]
    [InlineData("-1e-308", "NotRepresentable")]
    [InlineData("79228162514264337593543950336", "NotRepresentable")]
    [InlineData("0.00000000000000000000000000001", "NotRepresentable")]
    [InlineData("1.0000000000000000000000000000000", "Exact")]
    [InlineData("0E-40", "Exact")]
    [InlineData("1e99999999999999999999", "NotRepresentable")]
    [InlineData("NaN", "NotANumber")]
    [InlineData("1e", "NotANumber")]
    [InlineData("1,5", "NotANumber")]
    [InlineData("--1", "NotANumber")]
    public void Read_SaysWhetherTheNumberIsHeldExactly(string text, string expected) =>
        Utf8Decimal.Read(Encoding.UTF8.GetBytes(text), out _).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("-0.00", "-0.00")]
    [InlineData("-0", "-0")]
    [InlineData("0.00", "0.00")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("1.5E8", "150000000")]
    public void Format_KeepsScaleAndTheSignOfANegativeZero(string text, string expected)
    {
        Utf8Decimal.Read(text, out var value).ShouldBe(NumberReading.Exact);
        Utf8Decimal.Format(value).ShouldBe(expected);
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool TryParse_RandomAmounts_AgreeWithTheBcl(long units, byte scale, bool negative) =>
        Check(new decimal((int)units, (int)(units >> 32), 0, negative, (byte)(scale % 29)).ToString(CultureInfo.InvariantCulture));

    private static bool Check(string text)
    {
        var ours = Utf8Decimal.TryParse(Encoding.UTF8.GetBytes(text), out var value);
        var bcl = decimal.TryParse(text, Utf8Decimal.Styles, CultureInfo.InvariantCulture, out var expected);
        return ours == bcl && value == expected
            && value.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture);
    }
}
