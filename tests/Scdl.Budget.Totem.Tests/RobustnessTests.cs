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
