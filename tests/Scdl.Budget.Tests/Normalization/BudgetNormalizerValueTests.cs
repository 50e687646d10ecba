using System.Text;
using Scdl.Budget.Normalization;
using static Scdl.Budget.Tests.Support.Csv;

namespace Scdl.Budget.Tests.Normalization;

/// <summary>Normalisation never changes a value in silence, lists what it does to the file as a whole, and drops blank rows of any dialect.</summary>
public sealed class BudgetNormalizerValueTests
{
    private static (string Output, NormalizationResult Result) Normalize(byte[] input, NormalizationOptions? options = null)
    {
        using var output = new MemoryStream();
        var result = BudgetNormalizer.Normalize(new MemoryStream(input), output, options, leaveOpen: true);
        return (Encoding.UTF8.GetString(output.ToArray()), result);
    }

    private static string RowWithAmount(string amount) => ValidRow.Replace("1500.50", amount, StringComparison.Ordinal);

    [Theory]
    [InlineData("-0.00", "-0.00")]
    [InlineData("\"-0,00\"", "-0.00")]
    [InlineData("-0E-2", "-0.00")]
    [InlineData("1.5E8", "150000000")]
    [InlineData("\"1 234,50\"", "1234.50")]
    public void Normalize_Amounts_KeepTheirSignAndScale(string written, string canonical)
    {
        var (output, result) = Normalize(Encoding.UTF8.GetBytes(Header + "\r\n" + RowWithAmount(written) + "\r\n"));

        output.ShouldBe(Header + "\r\n" + RowWithAmount(canonical) + "\r\n");
        result.Changes.Where(c => c.Column == "BGT_MTPREV").Select(c => c.After).ShouldBe(written == canonical ? [] : [canonical]);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("1e-308")]
    [InlineData("1234567890123456789012345678901234567890")]
    [InlineData("0.123456789012345678901234567890123")]
    public void Normalize_AmountBeyondDecimal_IsKeptAsWritten_AndReported(string amount)
    {
        var (output, result) = Normalize(Encoding.UTF8.GetBytes(Header + "\r\n" + RowWithAmount(amount) + "\r\n"));

        output.ShouldBe(Header + "\r\n" + RowWithAmount(amount) + "\r\n");
        result.ChangeCount.ShouldBe(0);
        result.Findings.CountsByCode.ShouldContainKeyAndValue(FindingCodes.AmountOutOfRange, 1);
    }

    [Fact]
    public void Normalize_Utf16WithByteOrderMark_ListsTheTranscodingAndTheMarkRemoved()
    {
        var input = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\r\n" + ValidRow + "\r\n")).ToArray();

        var (output, result) = Normalize(input);

        output.ShouldBe(Header + "\r\n" + ValidRow + "\r\n");
        result.DialectChanges.ShouldBe(
        [
            new DialectChange(DialectAspect.Encoding, "utf-16", "utf-8"),
            new DialectChange(DialectAspect.ByteOrderMark, "FF FE", string.Empty),
        ]);
        result.Findings.CountsByCode.ShouldContainKeyAndValue(FindingCodes.EncodingNotUtf8, 1);
        result.UnresolvedCount.ShouldBe(0);
    }

    [Fact]
    public void Normalize_Utf8ByteOrderMark_IsRemoved_SayingSo()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\r\n" + ValidRow + "\r\n")).ToArray();

        var (output, result) = Normalize(input);

        output.ShouldBe(Header + "\r\n" + ValidRow + "\r\n");
        result.DialectChanges.ShouldBe([new DialectChange(DialectAspect.ByteOrderMark, "EF BB BF", string.Empty)]);
        result.Findings.CountsByCode.ShouldContainKeyAndValue(FindingCodes.ByteOrderMark, 1);
    }

    [Fact]
    public void Normalize_SemicolonDecimalCommaLf_ListsEachChangeOfDialect()
    {
        var input = Encoding.UTF8.GetBytes(Header.Replace(',', ';') + "\n" + ValidRow.Replace(',', ';').Replace("1500.50", "1500,50", StringComparison.Ordinal) + "\n");

        var (_, result) = Normalize(input);

        result.DialectChanges.Select(c => (c.Aspect, c.Before, c.After)).ShouldBe(
        [
            (DialectAspect.Separator, ";", ","),
            (DialectAspect.DecimalSeparator, ",", "."),
            (DialectAspect.LineBreaks, "LF", "CR LF"),
        ]);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData(',')]
    public void Normalize_EmptyRowsOfAnyDialect_AreDropped_AndASecondNormalisationChangesNothing(char separator)
    {
        var empty = new string(separator, 21);
        var input = Encoding.UTF8.GetBytes(Header.Replace(',', separator) + "\r\n" + empty + "\r\n" + ValidRow.Replace(',', separator) + "\r\n" + empty + "\r\n" + empty + "\r\n");

        var (once, result) = Normalize(input);
        var (twice, second) = Normalize(Encoding.UTF8.GetBytes(once));

        once.ShouldBe(Header + "\r\n" + ValidRow + "\r\n");
        result.LinesWritten.ShouldBe(1);
        result.Findings.CountsByCode.ShouldContainKeyAndValue(FindingCodes.BlankLineSkipped, 3);
        result.Findings.CountsByCode.ShouldNotContainKey(FindingCodes.RequiredValueMissing);
        twice.ShouldBe(once);
        second.ChangeCount.ShouldBe(0);
        second.Findings.Total.ShouldBe(0);
    }

    [Fact]
    public void Normalize_RowWhoseOnlyValuesAreInAnExtraColumn_IsNotWrittenAsABlankRow()
    {
        var input = Encoding.UTF8.GetBytes(Header + ",BGT_ID\r\n" + ValidRow + ",1\r\n" + new string(',', 21) + ",2\r\n");

        var (once, result) = Normalize(input);
        var (twice, _) = Normalize(Encoding.UTF8.GetBytes(once));

        once.ShouldBe(Header + "\r\n" + ValidRow + "\r\n");
        result.LinesWritten.ShouldBe(1);
        result.Findings.CountsByCode.ShouldContainKeyAndValue(FindingCodes.ExtraColumn, 1);
        twice.ShouldBe(once);
    }
}
