using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Tests.Support;

namespace Scdl.Budget.Tests.Csv;

public sealed class BudgetCsvRoundTripTests
{
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool ReadOfWrite_ReturnsTheSameLines(int seed, bool totemConvention, bool lf)
    {
        var lines = SampleLines.Generate(seed, 25).ToList();
        var convention = totemConvention ? ColumnConvention.TotemConverters : ColumnConvention.Schema;
        var text = Support.Csv.Write(lines, new BudgetCsvWriterOptions { ColumnConvention = convention, LineEnding = lf ? LineEnding.Lf : LineEnding.CrLf });

        var records = Support.Csv.Read(text, new BudgetCsvReaderOptions { ColumnConvention = convention });

        return records.Count == lines.Count
            && records.All(r => r.Line is not null && r.Findings.All(f => f.Code == FindingCodes.InvalidLength))
            && records.Select(r => r.Line).SequenceEqual(lines)
            && records.Zip(lines).All(p => SameScale(p.First.Line!, p.Second));
    }

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool WriteOfRead_CanonicalFile_IsByteIdentical(int seed)
    {
        var canonical = Support.Csv.Write(SampleLines.Generate(seed, 30));
        var again = Support.Csv.Write(Support.Csv.Read(canonical).Select(r => r.Line!));
        return canonical == again;
    }

    [Fact]
    public void Read_UnderFrenchCulture_GivesTheSameLinesAsInvariant()
    {
        var text = Support.Csv.Write(SampleLines.Generate(42, 200));
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Support.Csv.Read(text).Select(r => r.Line).ToList());
        var french = WithCulture(CultureInfo.GetCultureInfo("fr-FR"), () => Support.Csv.Read(text).Select(r => r.Line).ToList());
        var frenchWritten = WithCulture(CultureInfo.GetCultureInfo("fr-FR"), () => Support.Csv.Write(invariant!));

        french.ShouldBe(invariant);
        frenchWritten.ShouldBe(text);
    }

    [Fact]
    public void Write_AmountScale_IsKept()
    {
        var line = Support.Csv.Read(Support.Csv.Header + "\n" + Support.Csv.ValidRow.Replace("1500.50", "100.50", StringComparison.Ordinal))[0].Line!;
        line.MontantVote.ShouldBe(100.50m);
        line.MontantVote!.Value.Scale.ShouldBe((byte)2);
        Support.Csv.Write([line]).ShouldContain(",100.50,");
    }

    private static bool SameScale(BudgetLine a, BudgetLine b) =>
        Scale(a.Realisations) == Scale(b.Realisations) && Scale(a.MontantVote) == Scale(b.MontantVote)
        && Scale(a.RestesARealiser) == Scale(b.RestesARealiser) && Scale(a.CreditsOuverts) == Scale(b.CreditsOuverts);

    private static string? Scale(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
