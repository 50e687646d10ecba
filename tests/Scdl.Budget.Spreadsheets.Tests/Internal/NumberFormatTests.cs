using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets.Tests.Internal;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("General", false, 0, 0)]
    [InlineData("0", false, 0, 1)]
    [InlineData("0.00", false, 2, 1)]
    [InlineData("#,##0.00 \"€\"", false, 2, 1)]
    [InlineData("# ##0,00", false, 0, 3)] // a French-looking code: the invariant format has no comma decimals
    [InlineData("[Red]#,##0.00;[Blue]-#,##0.00", false, 2, 1)]
    [InlineData("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)", false, 2, 1)]
    [InlineData("\"Année \"0", false, 0, 1)]
    [InlineData("0.00E+00", false, 2, 1)]
    [InlineData("00000000000000", false, 0, 14)]
    [InlineData("000", false, 0, 3)]
    [InlineData("@", false, 0, 0)]
    [InlineData("dd/mm/yyyy", true, 0, 0)]
    [InlineData("[$-40C]d mmmm yyyy;@", true, 0, 0)]
    [InlineData("[h]:mm:ss", true, 0, 0)]
    [InlineData("yyyy", true, 0, 0)]
    [InlineData("h:mm AM/PM", true, 0, 0)]
    public void Parse_FormatCode_DateDecimalsAndZeros(string code, bool isDate, int decimals, int integerZeros)
    {
        var format = NumberFormat.Parse(code);

        format.IsDate.ShouldBe(isDate);
        format.Decimals.ShouldBe(decimals);
        format.IntegerZeros.ShouldBe(integerZeros);
    }

    [Theory]
    [InlineData(0, false, 0)]
    [InlineData(2, false, 2)]
    [InlineData(4, false, 2)]
    [InlineData(14, true, 0)]
    [InlineData(22, true, 0)]
    [InlineData(44, false, 2)]
    [InlineData(49, false, 0)]
    public void BuiltIn_Id_KnownFormat(int id, bool isDate, int decimals)
    {
        var format = NumberFormat.BuiltIn(id).ShouldNotBeNull();

        format.IsDate.ShouldBe(isDate);
        format.Decimals.ShouldBe(decimals);
    }

    [Fact]
    public void BuiltIn_UnknownId_Null() => NumberFormat.BuiltIn(163).ShouldBeNull();
}
