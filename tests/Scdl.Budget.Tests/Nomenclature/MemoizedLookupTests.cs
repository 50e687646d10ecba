using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class MemoizedLookupTests
{
    private static readonly string[] Codes = ["6518", "6064", "65", "011", "4581001", "930", "01", "822", "nope", ""];

    [Fact]
    public void Answers_AreThoseOfThePlanLookup_FirstAndSecondTime()
    {
        var lookup = PlanFixtures.Catalog.For(2022, "M4-M43_D");
        var memoized = new MemoizedLookup(lookup);

        for (var round = 0; round < 2; round++)
        {
            foreach (var code in Codes)
            {
                Describe(memoized.FindAccount(code)).ShouldBe(Describe(lookup.FindAccount(code)), code);
                Describe(memoized.FindChapter(code)).ShouldBe(Describe(lookup.FindChapter(code)), code);
                memoized.FindFunction(code).Label.ShouldBe(lookup.GetFunctionLabel(code), code);
            }
        }

        memoized.PlanText.ShouldBe(lookup.Requested.ToString());
    }

    [Fact]
    public void FindAccount_SameCodeTwice_GivesTheSameAnswerWithoutSearchingAgain()
    {
        var memoized = new MemoizedLookup(PlanFixtures.Catalog.For(2022, "M4-M43_D"));

        memoized.FindAccount("6518").ShouldBeSameAs(memoized.FindAccount("6518"));
    }

    [Fact]
    public void FindAccount_MoreCodesThanRemembered_StillAnswersEveryCode()
    {
        var lookup = PlanFixtures.Catalog.For(2022, "M4-M43_D");
        var memoized = new MemoizedLookup(lookup);

        for (var i = 0; i < MemoizedLookup.MaxCodes + 10; i++)
        {
            memoized.FindAccount("x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBeNull();
        }

        memoized.FindAccount("6518")!.Value.Label.ShouldBe(lookup.FindAccount("6518")!.Value.Label);
    }

    private static string Describe<T>(PlanMatch<T>? match)
        where T : class => match is null ? "none" : $"{match.Value} from {match.Source} prefix {match.IsPrefixMatch}";
}
