using Scdl.Budget.Internal;

namespace Scdl.Budget.Tests.Internal;

public sealed class FingerprintTableTests
{
    [Fact]
    public void RemembersEveryFingerprint_AcrossGrowth_WithItsFirstLine()
    {
        // 100,000 checks: gathered with plain comparisons and asserted once (an assertion library call each costs seconds in all).
        var table = new FingerprintTable(limit: 50_000);
        var fingerprints = Enumerable.Range(0, 50_000).Select(i => Fingerprint(i)).ToArray();
        var wrong = new List<string>();

        for (var i = 0; i < fingerprints.Length; i++)
        {
            if (table.TryAdd(fingerprints[i], i + 1, out _))
            {
                wrong.Add($"fingerprint {i} found before it was added");
            }
        }

        table.Count.ShouldBe(50_000);
        for (var i = 0; i < fingerprints.Length; i++)
        {
            if (!table.TryAdd(fingerprints[i], 999_999, out var first) || first != i + 1)
            {
                wrong.Add($"fingerprint {i} not found with its first line {i + 1} (found line {first})");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void StopsAddingAtItsLimit_ButStillFindsWhatItHolds()
    {
        var table = new FingerprintTable(limit: 3);
        for (var i = 0; i < 5; i++)
        {
            table.TryAdd(Fingerprint(i), i + 1, out _).ShouldBeFalse();
        }

        table.Count.ShouldBe(3);
        table.TryAdd(Fingerprint(4), 10, out _).ShouldBeFalse();
        table.TryAdd(Fingerprint(2), 10, out var first).ShouldBeTrue();
        first.ShouldBe(3);
    }

    [Fact]
    public void Zero_IsAFingerprintLikeAnyOther()
    {
        var table = new FingerprintTable(limit: 10);

        table.TryAdd(UInt128.Zero, 7, out _).ShouldBeFalse();
        table.TryAdd(UInt128.Zero, 8, out var first).ShouldBeTrue();
        first.ShouldBe(7);
    }

    [Fact]
    public void Prefetch_ChangesNothing()
    {
        var table = new FingerprintTable(limit: 100);
        table.TryAdd(Fingerprint(1), 1, out _);

        table.Prefetch([Fingerprint(1), Fingerprint(2), UInt128.MaxValue]);

        table.Count.ShouldBe(1);
        table.TryAdd(Fingerprint(1), 5, out var first).ShouldBeTrue();
        first.ShouldBe(1);
        table.TryAdd(Fingerprint(2), 6, out _).ShouldBeFalse();
    }

    [Fact]
    public void AHugeLimit_IsBoundedByWhatTheTableCanHold()
    {
        var table = new FingerprintTable(limit: int.MaxValue);

        table.Limit.ShouldBeLessThan(int.MaxValue);
        table.TryAdd(Fingerprint(1), 1, out _).ShouldBeFalse();
        table.TryAdd(Fingerprint(1), 2, out _).ShouldBeTrue();
    }

    /// <summary>Fingerprints whose low bits (the slot) collide often, to exercise probing.</summary>
    private static UInt128 Fingerprint(int i) => new((ulong)i * 0x9E3779B97F4A7C15UL, (ulong)(i % 64) << 8);
}
