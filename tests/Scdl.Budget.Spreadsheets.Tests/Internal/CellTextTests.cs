using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets.Tests.Internal;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("-0.30000000000000004", "-0.3")]
    [InlineData("1234567.8899999999", "1234567.89")]
    [InlineData("0.1", "0.1")]
    [InlineData("21560046100085", "21560046100085")]
    [InlineData("123456789012345678", "123456789012345678")] // integers beyond 15 digits are left as they are
    [InlineData("1E-20", "0.00000000000000000001")]
    public void WithinSignificantDigits_RoundsTo15(string stored, string expected) =>
        CellText.Plain(CellText.WithinSignificantDigits(decimal.Parse(stored, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)), 0)
            .ShouldBe(expected);
}
