using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

/// <summary>A TOTEM amount written <c>-0.00</c> keeps its sign and scale all the way to the CSV, as docs/totem.md says (decimal keeps the sign; its ToString drops it).</summary>
public sealed class NegativeZeroTests
{
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    [Fact]
    public void Convert_NegativeZeroAmounts_KeepTheirSignAndScale()
    {
        var line = TotemXml.Line("""<Nature V="6045"/><ContNat V="011"/><ArtSpe V="false"/><CodRD V="D"/><MtPrev V="-0.00"/><CredOuv V="-0.0"/><MtReal V="0.00"/><OpBudg V="0"/><CaracSup V="F" Code="Section"/>""");
        using var csv = new MemoryStream();

        TotemConverter.Convert(TotemXml.Stream(TotemXml.Document(line, natDec: "09")), csv, Options, leaveOpen: true);

        var text = Encoding.UTF8.GetString(csv.ToArray());
        var row = text.Split("\r\n")[1].Split(',');
        row[^3].ShouldBe("-0.0", "BGT_CREDOUV");
        row[^4].ShouldBe("-0.00", "BGT_MTPREV");
        row[^8].ShouldBe("0.00", "BGT_MTREAL");
        var records = BudgetCsv.Read(new MemoryStream(csv.ToArray())).ToList();
        records.Select(r => string.Join(";", r.Findings)).ShouldBe([string.Empty], text);
        var read = records[0].Line!;
        decimal.IsNegative(read.MontantVote!.Value).ShouldBeTrue();
        read.MontantVote.Value.Scale.ShouldBe((byte)2);
    }
}
