using Scdl.Budget.Internal;

namespace Scdl.Budget.Tests.Internal;

public sealed class KeptTextTests
{
    [Fact]
    public void Of_ATextUpToTheLimit_IsKeptAsItIs()
    {
        var text = new string('a', KeptText.MaxLength);

        ReferenceEquals(KeptText.Of(text), text).ShouldBeTrue();
        KeptText.Of(string.Empty).ShouldBe(string.Empty);
    }

    [Fact]
    public void Of_ALongerText_IsCutToTheLimit_AndEndsWithAnEllipsis()
    {
        var text = "Charges à caractère général " + new string('x', 1024 * 1024);

        var kept = KeptText.Of(text);

        kept.Length.ShouldBe(KeptText.MaxLength);
        kept.ShouldStartWith("Charges à caractère général xx");
        kept.ShouldEndWith("…");
    }
}
