using Scdl.Budget.Spreadsheets.Internal;

namespace Scdl.Budget.Spreadsheets.Tests.Internal;

public sealed class XStringTests
{
    [Theory]
    [InlineData("abc_x000D_def", "abc\rdef")]
    [InlineData("_x005F_x000D_", "_x000D_")]
    [InlineData("no escape _x12_ here", "no escape _x12_ here")]
    [InlineData("_x0041__x0042_", "AB")]
    public void XString_Decode_Escapes(string text, string expected) => XString.Decode(text).ShouldBe(expected);
}
