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

        for (var i = 0; i < 10_000; i++)
        {
            var text = "2156004610" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            cache.Get(Encoding.UTF8.GetBytes(text)).ShouldBe(text);
        }

        cache.SlotCount.ShouldBe(0);
    }

    [Fact]
    public void AThousandValuesThatComeBack_GrowTheCache_AndAreShared()
    {
        var cache = new RecentValueCache();
        var codes = Enumerable.Range(0, 1_000).Select(i => "6" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = 0;

        for (var round = 0; round < 8; round++)
        {
            foreach (var code in codes)
            {
                var text = cache.Get(Encoding.UTF8.GetBytes(code));
                text.ShouldBe(code);
                shared += seen.TryGetValue(code, out var before) && ReferenceEquals(before, text) ? 1 : 0;
                seen[code] = text;
            }
        }

        cache.SlotCount.ShouldBe(2_048);
        shared.ShouldBeGreaterThan(3_500);
    }

    [Fact]
    public void AFewValuesThatComeBack_KeepTheSmallCache()
    {
        var cache = new RecentValueCache();

        for (var i = 0; i < 10_000; i++)
        {
            cache.Get(i % 3 == 0 ? "fonctionnement"u8 : "investissement"u8);
        }

        cache.SlotCount.ShouldBe(128);
    }

    [Fact]
    public void InvalidUtf8_Throws()
    {
        var cache = new RecentValueCache();

        Should.Throw<DecoderFallbackException>(() => cache.Get([0x41, 0xC3, 0x28]));
    }
}
