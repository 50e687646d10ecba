using System.Security;
using FsCheck;
using FsCheck.Fluent;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

public sealed class RobustnessTests
{
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    private static readonly string[] Elements = ["Nature", "ContNat", "CodRD", "OpBudg", "TypOpBudg", "ArtSpe", "MtPrev", "MtReal", "Fonction", "Operation", "LibCpte", "ChapitreNature"];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void AnyValueInAnyLineElement_GivesALineOrFindings_NeverACrash(NonNull<string> value, PositiveInt which)
    {
        var element = Elements[which.Get % Elements.Length];
        var text = SecurityElement.Escape(new string([.. value.Get.Where(c => c >= ' ' && c < '\uD800' && c != '\uFFFE')]));
        var inner = $"""<Nature V="6045"/><CodRD V="D"/><OpBudg V="0"/><{element} V="{text}"/>""";

        var xml = TotemXml.Document(TotemXml.Line(inner)).Replace("ISO-8859-1", "UTF-8", StringComparison.Ordinal);
        var records = TotemConverter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), Options);

        var record = Should.NotThrow(() => records.ToList()).ShouldHaveSingleItem();
        (record.Line is not null || record.Findings.Any(f => f.Severity == FindingSeverity.Error)).ShouldBeTrue();
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void AnyBytes_AreConvertedOrRefusedWithAFormatException(byte[] bytes)
    {
        try
        {
            _ = TotemConverter.Read(new MemoryStream(bytes), Options).ToList();
        }
        catch (ScdlFormatException e)
        {
            e.Code.ShouldStartWith("SCDL5");
        }
    }

    private static readonly string[] Fragments =
    [
        "<LigneBudget><Nature V=\"6045\"/><CodRD V=\"D\"/><OpBudg V=\"0\"/></LigneBudget>", "</Budget>", "<Budget>", "<!--", "-->",
        "<![CDATA[", "]]>", "<?x ", "?>", "\"", "'", ">", "<", "&amp;", "&x;", "<DocumentBudgetaire>", "<EMPRUNT><CodTypEmpr V=\"01\"/>",
        "<MtCapitalRestDu_31_12 V=\"NaN\"/>", "\u00e9", "\u0000", "\uFFFD",
    ];

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public void MutationsOfARealFile_AreConvertedOrRefusedWithTheDocumentedException_SyncAndAsync(PositiveInt seed)
    {
        // Issue 12: cut, duplicated, or with hostile fragments inserted, a real file gives records or one ScdlFormatException.
        var random = new Random(seed.Get);
        var text = System.Text.Encoding.Latin1.GetString(TestFiles.XmlBytes("crach-lotissement-boceno-bp2022.totem.xml"));
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(text.Length);
            text = random.Next(3) switch
            {
                0 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
                1 => text.Remove(at, Math.Min(random.Next(1, 200), text.Length - at)),
                _ => text.Insert(at, text.Substring(random.Next(text.Length - 300), 300)),
            };
        }

        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        var options = Options with { Reader = new TotemReaderOptions { MaxValueSize = 4096 } };
        var synchronous = Outcome(() => TotemConverter.Read(new MemoryStream(bytes), options).ToList());
        var asynchronous = Outcome(() => ReadAllAsync(bytes, options).GetAwaiter().GetResult());

        // The parser is given the same input whichever way it reads: the same records, or the same refusal at the same line.
        asynchronous.ShouldBe(synchronous);
    }

    private static async Task<List<BudgetRecord>> ReadAllAsync(byte[] bytes, TotemConversionOptions options)
    {
        var records = new List<BudgetRecord>();
        await foreach (var record in TotemConverter.ReadAsync(new MemoryStream(bytes), options))
        {
            records.Add(record);
        }

        return records;
    }

    private static string Outcome(Func<List<BudgetRecord>> read)
    {
        try
        {
            var records = read();
            records.ShouldAllBe(r => r.Line != null || r.Findings.Count > 0);
            return string.Join("\n", records.Select(r => $"{r.LineNumber} {r.Line?.AccountCode} {string.Join(",", r.Findings.Select(f => f.Code))}"));
        }
        catch (ScdlFormatException e)
        {
            e.Code.ShouldStartWith("SCDL5");
            return $"{e.Code} at {e.Line}";
        }
    }

    [Fact]
    public void AnyPrefixOfARealFile_IsRefusedWithItsLine_NeverACrash()
    {
        var bytes = TestFiles.XmlBytes("crach-lotissement-boceno-bp2022.totem.xml");
        for (var length = 0; length < bytes.Length - 30; length += 997)
        {
            var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(new MemoryStream(bytes[..length]), Options).ToList());
            error.Code.ShouldBeOneOf(FindingCodes.TotemMalformedXml, FindingCodes.TotemMissingHeaderElement);
        }
    }

    [Fact]
    public void UnknownEncodingDeclaration_IsRefusedAsMalformed()
    {
        var xml = TotemXml.Document(TotemXml.Expense6045).Replace("ISO-8859-1", "klingon", StringComparison.Ordinal);

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(TotemXml.Stream(xml), Options).ToList());

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
        error.Line.ShouldBe(1);
    }
}
