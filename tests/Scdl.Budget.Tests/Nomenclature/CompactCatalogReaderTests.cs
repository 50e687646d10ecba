using Scdl.Budget.Nomenclature;

namespace Scdl.Budget.Tests.Nomenclature;

public sealed class CompactCatalogReaderTests
{
    [Fact]
    public void ReadPlan_AnyOrder_GivesThePlansWritten()
    {
        var reader = CompactCatalogReader.Open(Compact(PlanFixtures.Catalog));

        reader.PlanIds.ShouldBe(PlanFixtures.Catalog.Nomenclatures);
        for (var i = reader.PlanIds.Count - 1; i >= 0; i--)
        {
            var plan = reader.ReadPlan(i);
            plan.Id.ShouldBe(reader.PlanIds[i]);
            BuiltInCatalogTests.Describe(plan).ShouldBe(BuiltInCatalogTests.Describe(PlanFixtures.Catalog.GetPlan(plan.Id)!), plan.Id.ToString());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Open_CompressedOrStored_GivesTheSamePlans(bool seekable)
    {
        using var stored = new MemoryStream();
        CompactCatalog.Write([.. PlanFixtures.Catalog.Nomenclatures.Select(id => PlanFixtures.Catalog.GetPlan(id)!)], stored, compress: false);
        var compressed = Compact(PlanFixtures.Catalog).ToArray();
        stored.ToArray().AsSpan(8).SequenceEqual(Decompress(compressed)).ShouldBeTrue("the stored form is the compressed form's payload");

        var reader = CompactCatalogReader.Open(seekable ? new MemoryStream(stored.ToArray()) : new ForwardOnlyStream(stored.ToArray()));

        reader.PlanIds.ShouldBe(PlanFixtures.Catalog.Nomenclatures);
        for (var i = 0; i < reader.PlanIds.Count; i++)
        {
            BuiltInCatalogTests.Describe(reader.ReadPlan(i)).ShouldBe(BuiltInCatalogTests.Describe(PlanFixtures.Catalog.GetPlan(reader.PlanIds[i])!));
        }
    }

    [Fact]
    public void Open_TruncatedStoredPayload_ThrowsAtOnce()
    {
        using var stored = new MemoryStream();
        CompactCatalog.Write([.. PlanFixtures.Catalog.Nomenclatures.Select(id => PlanFixtures.Catalog.GetPlan(id)!)], stored, compress: false);
        var bytes = stored.ToArray();

        foreach (var cut in new[] { HeaderLength + 1, bytes.Length / 3, bytes.Length - 3 })
        {
            Should.Throw<ScdlFormatException>(() => CompactCatalogReader.Open(new MemoryStream(bytes, 0, cut)), $"cut at {cut}")
                .Code.ShouldBe(FindingCodes.UnreadablePlan);
        }
    }

    [Fact]
    public void ReadPlan_TwoPlansOfOneNomenclature_ShareTheRecordsTheyHaveInCommon()
    {
        var reader = CompactCatalogReader.Open(Compact(PlanFixtures.Catalog));
        var ids = reader.PlanIds.ToList();

        var plan2021 = reader.ReadPlan(ids.IndexOf(new NomenclatureId(2021, "M4", "M43_D")));
        var plan2022 = reader.ReadPlan(ids.IndexOf(new NomenclatureId(2022, "M4", "M43_D")));

        var shared = plan2022.Accounts.Count(a => plan2021.Accounts.Any(b => ReferenceEquals(a, b)));
        shared.ShouldBeGreaterThan(plan2022.Accounts.Count / 2, "an account unchanged from one year to the next is one object");
    }

    [Fact]
    public void LoadCompact_PlansBuiltOnDemand_AnswerAsTheCatalogueWritten()
    {
        var catalog = PlanCatalog.LoadCompact(Compact(PlanFixtures.Catalog));

        catalog.Nomenclatures.ShouldBe(PlanFixtures.Catalog.Nomenclatures);
        catalog.For(2022, "M4-M43_D").FindAccount("6518")!.Source.Year.ShouldBe(2021);
    }

    [Fact]
    public void Has_EveryCodeOfEveryKind_AgreesWithThePlan()
    {
        var reader = CompactCatalogReader.Open(Compact(PlanFixtures.Catalog));
        var codes = PlanFixtures.Catalog.Nomenclatures.Select(id => PlanFixtures.Catalog.GetPlan(id)!)
            .SelectMany(p => p.Chapters.Select(c => c.Code).Concat(p.Accounts.Select(a => a.Code)).Concat(p.FunctionReferences.Select(r => r.Code)))
            .Append("6518").Append("not a code").Append(string.Empty).Distinct(StringComparer.Ordinal).ToList();

        for (var i = 0; i < reader.PlanIds.Count; i++)
        {
            var plan = PlanFixtures.Catalog.GetPlan(reader.PlanIds[i])!;
            foreach (var code in codes)
            {
                var key = reader.FindCode(code);
                reader.Has(i, PlanCodeKind.Account, key).ShouldBe(plan.FindAccount(code) is not null, $"{plan.Id} account {code}");
                reader.Has(i, PlanCodeKind.Chapter, key).ShouldBe(plan.FindChapter(code) is not null, $"{plan.Id} chapter {code}");
                reader.Has(i, PlanCodeKind.FunctionChapter, key).ShouldBe(plan.FindFunctionChapter(code) is not null, $"{plan.Id} function chapter {code}");
                reader.Has(i, PlanCodeKind.FunctionAccount, key).ShouldBe(plan.FindFunctionAccount(code) is not null, $"{plan.Id} function account {code}");
                reader.Has(i, PlanCodeKind.FunctionReference, key).ShouldBe(plan.FindFunctionReference(code) is not null, $"{plan.Id} reference {code}");
            }
        }

        reader.FindCode("not a code").ShouldBe(-1);
    }

    [Fact]
    public void Find_EveryCodeOfEveryKind_IsTheRecordThePlanAnswersWith()
    {
        var reader = CompactCatalogReader.Open(Compact(PlanFixtures.Catalog));
        var codes = PlanFixtures.Catalog.Nomenclatures.Select(id => PlanFixtures.Catalog.GetPlan(id)!)
            .SelectMany(p => p.Chapters.Select(c => c.Code).Concat(p.Accounts.Select(a => a.Code)).Concat(p.FunctionReferences.Select(r => r.Code)))
            .Append("6518").Append("not a code").Distinct(StringComparer.Ordinal).ToList();

        // Found first, before any plan is built; then each plan is built and must hold the very same records.
        var found = new List<(int Plan, string Code, object?[] Records)>();
        for (var i = 0; i < reader.PlanIds.Count; i++)
        {
            foreach (var code in codes)
            {
                var key = reader.FindCode(code);
                found.Add((i, code, [.. Enum.GetValues<PlanCodeKind>().Select(kind => reader.Find(i, kind, key))]));
            }
        }

        foreach (var (i, code, records) in found)
        {
            var plan = reader.ReadPlan(i);
            object?[] expected = [plan.FindChapter(code), plan.FindAccount(code), plan.FindFunctionChapter(code), plan.FindFunctionAccount(code), plan.FindFunctionReference(code)];
            for (var kind = 0; kind < expected.Length; kind++)
            {
                ReferenceEquals(records[kind], expected[kind]).ShouldBeTrue($"{plan.Id} {(PlanCodeKind)kind} {code}");
            }
        }
    }

    [Fact]
    public void Open_TruncatedPayload_ThrowsAtOnce()
    {
        using var whole = new MemoryStream();
        PlanFixtures.Catalog.WriteCompact(whole);
        var payload = Decompress(whole.ToArray());

        foreach (var cut in new[] { 1, payload.Length / 3, payload.Length - 3 })
        {
            var damaged = Recompress(payload.AsSpan(0, cut));
            Should.Throw<ScdlFormatException>(() => CompactCatalogReader.Open(new MemoryStream(damaged)), $"cut at {cut}")
                .Code.ShouldBe(FindingCodes.UnreadablePlan);
        }
    }

    private static MemoryStream Compact(PlanCatalog catalog)
    {
        var stream = new MemoryStream();
        catalog.WriteCompact(stream);
        stream.Position = 0;
        return stream;
    }

    private const int HeaderLength = 8;

    private static byte[] Decompress(byte[] compact)
    {
        using var output = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(compact, HeaderLength, compact.Length - HeaderLength), System.IO.Compression.CompressionMode.Decompress))
        {
            brotli.CopyTo(output);
        }

        return output.ToArray();
    }

    private static byte[] Recompress(ReadOnlySpan<byte> payload)
    {
        using var output = new MemoryStream();
        output.Write("SCDLPDC\u0001"u8);
        using (var brotli = new System.IO.Compression.BrotliStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(payload);
        }

        return output.ToArray();
    }

    /// <summary>A stream that cannot seek, as a network stream: the stored form is then copied as it comes.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
