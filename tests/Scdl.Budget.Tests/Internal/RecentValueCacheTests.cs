using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Scdl.Budget.Internal;

namespace Scdl.Budget.Tests.Internal;

public sealed class RecentValueCacheTests
{
    [Fact]
    public void AValueThatComesBack_IsTheSameInstance()
    {
        var cache = new RecentValueCache();

        var first = cache.Get("Charges à caractère général"u8);
        cache.Get("Eau et assainissement"u8);
        var again = cache.Get("Charges à caractère général"u8);

        again.ShouldBe("Charges à caractère général");
        ReferenceEquals(first, again).ShouldBeTrue();
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property AlwaysGivesTheDecodedText_WhateverCollidesOrRepeats()
    {
        var values = Gen.Elements("011", "012", "65", "6574", "Eau", "Électricité", "", "a\"b", new string('x', 95), new string('é', 60), "CRACH", "21560046100085");
        return Prop.ForAll(Arb.From(Gen.ArrayOf(values, 2_000).Zip(ArbMap.Default.GeneratorFor<string[]>(), (common, random) => common.Concat(random.Where(r => r is not null && string.Equals(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(r)), r, StringComparison.Ordinal))).ToArray())), list =>
        {
            var cache = new RecentValueCache();
            return list.All(value => string.Equals(cache.Get(Encoding.UTF8.GetBytes(value)), value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void ValuesThatNeverComeBack_TurnTheCacheOff_AndStillDecode()
    {
        var cache = new RecentValueCache();

        for (var i = 0; i < 5_000; i++)
        {
            var text = "2156004610" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            cache.Get(Encoding.UTF8.GetBytes(text)).ShouldBe(text);
        }
    }

    [Fact]
    public void InvalidUtf8_Throws()
    {
        var cache = new RecentValueCache();

        Should.Throw<DecoderFallbackException>(() => cache.Get([0x41, 0xC3, 0x28]));
    }
}
