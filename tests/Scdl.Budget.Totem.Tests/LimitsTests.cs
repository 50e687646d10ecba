using System.Globalization;
using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Scdl.Budget.Csv;
using Scdl.Budget.Totem.Internal;
using Scdl.Budget.Totem.Tests.Support;

namespace Scdl.Budget.Totem.Tests;

/// <summary>
/// Issue 12, "memory": hostile documents of bounded size. What the reader accepts is bounded (a value, the document,
/// the nesting), a refusal is the documented exception at the right line and leaves no destination file, and every
/// line written fits what a CSV reader reads back.
/// </summary>
public sealed class LimitsTests
{
    private static readonly TotemConversionOptions Options = new() { PlanSource = new FakePlan() };

    private static TotemConversionOptions Limits(int value = 1 << 20, long document = 256L << 20) =>
        Options with { Reader = new TotemReaderOptions { MaxValueSize = value, MaxDocumentSize = document } };

    private static string WithAuthorityName(string name) =>
        TotemXml.Document(TotemXml.Expense6045).Replace("""<LibelleColl V="CRACH"/>""", $"""<LibelleColl V="{name}"/>""", StringComparison.Ordinal);

    private static ScdlFormatException Refused(string xml, TotemConversionOptions options, Encoding? encoding = null) =>
        Should.Throw<ScdlFormatException>(() => TotemConverter.Read(new MemoryStream((encoding ?? Encoding.Latin1).GetBytes(xml)), options).ToList());

    [Fact]
    public void ValueLongerThanTheDefaultLimit_IsRefusedAtItsLine_AndNoFileIsWritten()
    {
        // 2 MiB in one attribute: a real value is a few hundred bytes.
        var xml = WithAuthorityName(new string('A', 2 << 20));
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(Encoding.Latin1.GetBytes(xml)));
        fileSystem.AddFile("/out.csv", new MockFileData("previous"));

        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options));

        error.Code.ShouldBe(FindingCodes.TotemValueTooLarge);
        error.Line.ShouldBe(5);
        error.Arguments.ShouldBe(["1048576"]);
        error.Message.Length.ShouldBeLessThan(400);
        fileSystem.File.ReadAllText("/out.csv").ShouldBe("previous");
        fileSystem.AllFiles.Count().ShouldBe(2);
    }

    [Theory]
    [InlineData("value", FindingCodes.TotemValueTooLarge)]
    [InlineData("document", FindingCodes.TotemDocumentTooLarge)]
    [InlineData("nesting", FindingCodes.TotemNestedTooDeep)]
    public async Task HostileDocuments_LeaveNoFile_SyncOrAsync(string kind, string code)
    {
        var xml = kind switch
        {
            "value" => WithAuthorityName(new string('A', 10_000)),
            "document" => TotemXml.Document(string.Join("\n", Enumerable.Repeat(TotemXml.Expense6045, 500))),
            _ => TotemXml.Document(TotemXml.Expense6045).Replace("<InformationsGenerales>", "<InformationsGenerales>" + string.Concat(Enumerable.Repeat("<a>", 70)) + string.Concat(Enumerable.Repeat("</a>", 70)), StringComparison.Ordinal),
        };
        var options = Limits(value: 4096, document: 50_000);
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(Encoding.Latin1.GetBytes(xml)));
        fileSystem.AddFile("/out.csv", new MockFileData("previous"));

        Should.Throw<ScdlFormatException>(() => TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", options)).Code.ShouldBe(code);
        (await Should.ThrowAsync<ScdlFormatException>(() => TotemConverter.ConvertFileAsync(fileSystem, "/in.xml", "/out.csv", options))).Code.ShouldBe(code);

        fileSystem.File.ReadAllText("/out.csv").ShouldBe("previous");
        fileSystem.AllFiles.Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void TheLimit_IsOnATagWithTheTextAfterIt(int length, bool accepted)
    {
        // <LibelleColl V="…"/> is 19 characters around the value, then a line break and 4 spaces before <IdColl.
        var xml = WithAuthorityName(new string('A', length - 19 - 5));
        var options = Limits(value: 1000);

        if (accepted)
        {
            TotemConverter.Read(TotemXml.Stream(xml), options).ShouldContain(r => r.Line != null);
        }
        else
        {
            Refused(xml, options).Code.ShouldBe(FindingCodes.TotemValueTooLarge);
        }
    }

    [Theory]
    [InlineData("text", "<InformationsGenerales>{0}</InformationsGenerales>")]
    [InlineData("comment", "<!-- {0} -->")]
    [InlineData("cdata", "<InformationsGenerales><![CDATA[{0}]]></InformationsGenerales>")]
    [InlineData("instruction", "<?editor {0}?>")]
    [InlineData("double-quoted >", """<Information Code="X" V="{0}"/>""")]
    [InlineData("single-quoted >", "<Information Code='X' V='{0}'/>")]
    public void EveryKindOfItem_IsBounded(string kind, string template)
    {
        // Quoted values full of '>' prove that a '>' inside quotes does not end the item.
        var filler = kind.EndsWith('>') ? string.Concat(Enumerable.Repeat("a>b", 2000)) : new string('x', 6000);
        var xml = TotemXml.Document(TotemXml.Expense6045).Replace("<InformationsGenerales>", string.Format(CultureInfo.InvariantCulture, template, filler) + "\n<InformationsGenerales>", StringComparison.Ordinal);

        var error = Refused(xml, Limits(value: 4096));

        error.Code.ShouldBe(FindingCodes.TotemValueTooLarge, kind);
        error.Line.ShouldBe(21, kind);
    }

    [Fact]
    public void ItemsJustUnderTheLimit_AreRead_WhateverTheirKind()
    {
        var filler = new string('x', 3000);
        var extra = $"<!-- {filler} --><?editor {filler}?><Information Code='X' V='{filler}'/>";
        var xml = TotemXml.Document(TotemXml.Expense6045).Replace("<InformationsGenerales>", "<InformationsGenerales>" + extra, StringComparison.Ordinal);

        TotemConverter.Read(TotemXml.Stream(xml), Limits(value: 4096)).Count(r => r.Line != null).ShouldBe(1);
    }

    [Fact]
    public void DocumentLargerThanTheLimit_IsRefused()
    {
        var xml = TotemXml.Document(string.Join("\n", Enumerable.Repeat(TotemXml.Expense6045, 200)));

        var error = Refused(xml, Limits(document: 20_000));

        error.Code.ShouldBe(FindingCodes.TotemDocumentTooLarge);
        error.Arguments.ShouldBe(["20000"]);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100));
        var xml = TotemXml.Document(TotemXml.Expense6045).Replace("<InformationsGenerales>", "<InformationsGenerales>" + deep, StringComparison.Ordinal);

        var error = Refused(xml, Options);

        error.Code.ShouldBe(FindingCodes.TotemNestedTooDeep);
        error.Arguments.ShouldBe(["64"]);
    }

    [Fact]
    public void Utf16Input_IsReadAndBounded()
    {
        var document = TotemXml.Document(TotemXml.Expense6045).Replace("ISO-8859-1", "UTF-16", StringComparison.Ordinal);
        var unicode = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. unicode.GetPreamble(), .. unicode.GetBytes(document)];

        TotemConverter.Read(new MemoryStream(bytes), Options).ShouldContain(r => r.Line != null && r.Line.AccountCode == "6045");
        var huge = WithAuthorityName(new string('A', 5000)).Replace("ISO-8859-1", "UTF-16", StringComparison.Ordinal);
        byte[] hostile = [.. unicode.GetPreamble(), .. unicode.GetBytes(huge)];
        Should.Throw<ScdlFormatException>(() => TotemConverter.Read(new MemoryStream(hostile), Limits(value: 4096)).ToList()).Code.ShouldBe(FindingCodes.TotemValueTooLarge);
    }

    [Fact]
    public void InputReadOneByteAtATime_GivesTheSameRecords_AndTheSameRefusal()
    {
        var xml = TotemXml.Document(TotemXml.Expense6045 + "\n" + TotemXml.Line("""<Nature V="6411"/><LibCpte V='a "quoted" > label'/><CodRD V="D"/><OpBudg V="0"/>"""));
        var whole = TotemConverter.Read(TotemXml.Stream(xml), Options).ToList();

        var trickled = TotemConverter.Read(new TrickleStream(Encoding.Latin1.GetBytes(xml)), Options).ToList();

        trickled.Select(r => (r.Line, r.LineNumber, r.Findings.Count)).ShouldBe(whole.Select(r => (r.Line, r.LineNumber, r.Findings.Count)));
        var error = Should.Throw<ScdlFormatException>(() => TotemConverter.Read(new TrickleStream(Encoding.Latin1.GetBytes(WithAuthorityName(new string('A', 5000)))), Limits(value: 4096)).ToList());
        error.Code.ShouldBe(FindingCodes.TotemValueTooLarge);
        error.Line.ShouldBe(5);
    }

    [Fact]
    public void LinesWhoseRecordWouldPassTheCsvReadersLimit_AreFindings_NotOutput()
    {
        // Each name is under the value limit, but BGT_NOM "LibelleColl - LibelleEtab" makes every record pass 1 MiB.
        var half = new string('N', 600_000);
        var xml = WithAuthorityName(half).Replace("""<LibelleEtab V="LOTISSEMENT LE BOCENO"/>""", $"""<LibelleEtab V="{half}"/>""", StringComparison.Ordinal);
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(Encoding.Latin1.GetBytes(xml)));

        var result = TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options with { NameSource = AuthorityNameSource.AuthorityAndBudget });

        result.LinesRead.ShouldBe(1);
        result.LinesWritten.ShouldBe(0);
        result.IsValid.ShouldBeFalse();
        var finding = result.Findings.Kept.ShouldHaveSingleItem();
        finding.Code.ShouldBe(FindingCodes.TotemRecordTooLarge);
        finding.Location.ShouldBe(new SourceLocation(24, "EnTeteDocBudgetaire/LibelleColl"));
        finding.Value!.Length.ShouldBe(Finding.MaxValueLength);
        long.Parse(finding.Arguments[0], CultureInfo.InvariantCulture).ShouldBeGreaterThan(1_200_000);
        finding.Arguments[1].ShouldBe("1048576");
        finding.GetMessage(CultureInfo.GetCultureInfo("fr-FR")).Length.ShouldBeLessThan(400);
        BudgetCsv.Read(fileSystem, "/out.csv").ShouldNotContain(r => r.Kind == RecordKind.Data);
    }

    [Fact]
    public void LongButReadableLines_AreWritten_AndReadBackByTheStrictReader()
    {
        var xml = WithAuthorityName(new string('N', 900_000));
        var fileSystem = new MockFileSystem();
        fileSystem.AddFile("/in.xml", new MockFileData(Encoding.Latin1.GetBytes(xml)));

        var result = TotemConverter.ConvertFile(fileSystem, "/in.xml", "/out.csv", Options);

        result.LinesWritten.ShouldBe(1);
        var record = BudgetCsv.Read(fileSystem, "/out.csv").ShouldHaveSingleItem();
        record.Line!.AuthorityName.Length.ShouldBe(900_000);
    }

    [Fact]
    public void LongValuesFromTheInput_AreShortenedInMessages()
    {
        var label = new string('L', 100_000);
        var record = TotemConverter.Read(TotemXml.Stream(TotemXml.Document(TotemXml.Line($"""<Nature V="6999"/><LibCpte V="{label}"/><CodRD V="D"/><OpBudg V="0"/><ContNat V="011"/>"""))), Options)
            .Single(r => r.Line is not null);

        var finding = record.Findings.Single(f => f.Code == FindingCodes.TotemAccountLabelFromLine);
        finding.Arguments.ShouldAllBe(a => a.Length <= Finding.MaxValueLength);
        finding.GetMessage(CultureInfo.GetCultureInfo("en")).Length.ShouldBeLessThan(300);
        var error = Refused(TotemXml.Document(TotemXml.Expense6045, idEtab: new string('9', 100_000)), Options);
        error.Code.ShouldBe(FindingCodes.TotemInvalidSiret);
        error.Message.Length.ShouldBeLessThan(300);
    }

    [Fact]
    public void InvalidLimits_AreRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)), new TotemReaderOptions { MaxValueSize = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => TotemReader.Create(TotemXml.Stream(TotemXml.Document(TotemXml.Expense6045)), new TotemReaderOptions { MaxDocumentSize = -1 }));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void RecordSizeBound_IsNeverBelowTheRecordWritten(FsCheck.NonNull<string> name, FsCheck.NonNull<string> label, decimal amount, bool negative)
    {
        var line = new BudgetLine
        {
            Step = BudgetStep.CompteFinancierUnique,
            Year = 2022,
            Siret = Siret.Parse(TotemXml.Crach),
            AuthorityName = name.Get.Length == 0 ? "N" : name.Get,
            AccountCode = "6045",
            AccountLabel = label.Get.Length == 0 ? "L" : label.Get,
            ChapterCode = "011",
            ChapterLabel = "Charges à caractère général",
            Operation = label.Get,
            Section = BudgetSection.Fonctionnement,
            OperationKind = OperationKind.Reel,
            Direction = FlowDirection.Depense,
            MontantVote = negative ? -amount : amount,
            Realisations = decimal.MinValue,
            SpecializedArticle = SpecializedArticle.NonSpecialise,
        };
        using var csv = new MemoryStream();
        BudgetCsv.Write([line], csv, new BudgetCsvWriterOptions { CfuPolicy = CfuPolicy.Literal }, leaveOpen: true);
        using var headerOnly = new MemoryStream();
        BudgetCsv.Write([], headerOnly, leaveOpen: true);
        var header = headerOnly.Length;

        RecordSize.Exceeds(line, 0, out var bound).ShouldBeTrue();

        bound.ShouldBeGreaterThanOrEqualTo(csv.Length - header);
    }

    /// <summary>Gives its bytes one at a time, so that every item spans several reads.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
