using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

public sealed class BadInputTests
{
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    [Theory]
    [InlineData("invalid-idetab-13-digits.totem.xml", FindingCodes.TotemInvalidSiret, 24L, "EnTeteBudget/IdEtab")]
    [InlineData("invalid-natdec-99999.totem.xml", FindingCodes.TotemUnknownStep, 31L, "BlocBudget/NatDec")]
    [InlineData("invalid-no-budget-element.totem.xml", FindingCodes.TotemMissingHeaderElement, 2L, "DocumentBudgetaire/Budget")]
    public void InvalidRealFiles_AreRefusedWithLineAndReason_AndNoOutput(string file, string code, long line, string column)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TestFiles.XmlBytes(file)));

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options));

        error.Code.ShouldBe(code);
        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Message.ShouldStartWith($"Line {line}:", Case.Insensitive);
        fileSystem.AllFiles.ShouldBe([fileSystem.Path.GetFullPath("/in.xml")]);
    }

    [Fact]
    public void TruncatedFile_IsRefused_AndNoOutputIsLeft()
    {
        var bytes = TestFiles.XmlBytes("crach-budget-principal-ca2021.totem.xml");
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(bytes[..(bytes.Length / 2)]));
        fileSystem.AddFile("/out.csv", new MockFileData("previous"));

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options));

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
        error.Line.ShouldBeGreaterThan(1000);
        fileSystem.File.ReadAllText("/out.csv").ShouldBe("previous");
        fileSystem.AllFiles.Count().ShouldBe(2);
    }

    [Fact]
    public void TruncatedAfterTheLines_IsStillDetected()
    {
        var xml = TotemXml.Document(TotemXml.Expense6045);
        var truncated = xml[..xml.LastIndexOf("</Budget>", StringComparison.Ordinal)];

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(TotemXml.Stream(truncated), Options).ToList());

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
    }

    [Fact]
    public void Dtd_IsRefused()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE DocumentBudgetaire [<!ENTITY name "CRACH">]>
            <DocumentBudgetaire><EnTeteDocBudgetaire><LibelleColl V="&name;"/></EnTeteDocBudgetaire></DocumentBudgetaire>
            """;

        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(xml)));

        error.Code.ShouldBe(FindingCodes.TotemDtdRefused);
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void ExternalEntity_IsRefused_AndNothingIsResolved()
    {
        var secret = Path.GetTempFileName();
        try
        {
            File.WriteAllText(secret, "SECRET");
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE DocumentBudgetaire [<!ENTITY x SYSTEM "file://{secret}">]>
                <DocumentBudgetaire><EnTeteDocBudgetaire><LibelleColl V="&x;"/></EnTeteDocBudgetaire></DocumentBudgetaire>
                """;

            var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(xml)));

            error.Code.ShouldBe(FindingCodes.TotemDtdRefused);
            error.Message.ShouldNotContain("SECRET");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void UndeclaredEntity_IsMalformed()
    {
        var xml = TotemXml.Document(TotemXml.Line("""<Nature V="&x;"/><CodRD V="D"/><OpBudg V="0"/>"""));

        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(xml)).ReadLines().ToList());

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
    }

    [Theory]
    [InlineData("BGT_NATDEC,BGT_ANNEE\nbudget primitif,2022\n")]
    [InlineData("")]
    [InlineData("%PDF-1.4\n\u0001\u0002")]
    public void NonXml_IsRefusedAsMalformed(string content)
    {
        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content))));

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
        error.Arguments.ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void InvalidUtf8_IsRefusedAsMalformed()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(TotemXml.Document(TotemXml.Expense6045).Replace("ISO-8859-1", "UTF-8", StringComparison.Ordinal)).ToList();
        bytes.InsertRange(bytes.Count - 40, new byte[] { 0xC3, 0x28 });

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(new MemoryStream([.. bytes]), Options).ToList());

        error.Code.ShouldBe(FindingCodes.TotemMalformedXml);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><Nomenclature Norme="M14"/>""", "Nomenclature")]
    [InlineData("""<?xml version="1.0"?><CompteFinancierUnique><DocumentComptable/></CompteFinancierUnique>""", "CompteFinancierUnique")]
    public void OtherXml_IsNotABudgetDocument(string xml, string root)
    {
        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(xml)));

        error.Code.ShouldBe(FindingCodes.TotemNotBudgetDocument);
        error.Arguments.ShouldContain(root);
    }

    [Fact]
    public void TwoBudgetDocuments_AreRefused()
    {
        var document = TotemXml.Document(TotemXml.Expense6045);
        var body = document[(document.IndexOf("<DocumentBudgetaire", StringComparison.Ordinal))..];
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><CompteFinancierUnique>{body}{body}</CompteFinancierUnique>";

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(TotemXml.Stream(xml), Options).ToList());

        error.Code.ShouldBe(FindingCodes.TotemNotBudgetDocument);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("04")]
    [InlineData("BP")]
    [InlineData("")]
    public void UnknownStep_IsRefused(string natDec)
    {
        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045, natDec: natDec))));

        error.Code.ShouldBe(natDec.Length == 0 ? FindingCodes.TotemMissingHeaderElement : FindingCodes.TotemUnknownStep);
    }

    [Theory]
    [InlineData("22")]
    [InlineData("2022.0")]
    public void InvalidYear_IsRefused(string exer)
    {
        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045, exer: exer))));

        error.Code.ShouldBe(FindingCodes.TotemInvalidYear);
        error.Line.ShouldBe(16);
    }

    [Fact]
    public void UnknownNomenclature_IsRefused_AndNoOutput()
    {
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(TotemXml.Document(TotemXml.Expense6045, nomenclature: "M99-M99_X"), System.Text.Encoding.Latin1));
        var plan = new FakePlan { Known = false };

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", new TotemConversionOptions { PlanSource = plan }));

        error.Code.ShouldBe(FindingCodes.TotemUnknownNomenclature);
        error.Line.ShouldBe(12);
        error.Arguments.ShouldBe(["M99-M99_X", "2022"]);
        plan.Requests.ShouldBe([("M99", "M99_X", 2022)]);
        fileSystem.File.Exists("/out.csv").ShouldBeFalse();
    }

    [Fact]
    public void Messages_SayWhereAndWhy_InFrenchAndEnglish()
    {
        var error = Should.Throw<ScdlFormatException>(() => TotemReader.Create(TestFiles.XmlStream("invalid-natdec-99999.totem.xml")));

        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")).ShouldBe(
            "Line 31: '99999' in BlocBudget/NatDec is not a known budget step: 01 (budget primitif), 02 (décision modificative), 03 (budget supplémentaire), 09 (compte administratif) or 10 (compte financier unique) are expected.");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).ShouldStartWith("Ligne 31 : « 99999 » dans BlocBudget/NatDec n'est pas une étape budgétaire connue");
    }
}
