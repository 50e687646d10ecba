using System.Globalization;
using System.Text.Json;
using Scdl.Budget.Reports;
using Scdl.Budget.Tests.Validation;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Tests.Reports;

public sealed class ReportTests
{
    private static readonly ReportOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };
    private static readonly ReportOptions English = new() { Culture = CultureInfo.GetCultureInfo("en") };

    internal static string ToText(ValidationReport report, ReportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TextReport.Write(writer, report, options);
        return writer.ToString();
    }

    internal static string ToJson(ValidationReport report, ReportOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = JsonReport.CreateWriter(stream, options))
        {
            JsonReport.Write(writer, report, options);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Text_BocenoBudgetPrimitif_InFrench_IsApproved() =>
        ToText(RealFiles.Validate(RealFiles.BocenoBp2022), French)
            .ShouldMatchApproved(c => c.WithDiscriminator("boceno-bp2022-fr").NoDiff());

    [Fact]
    public void Text_MegalisBudgetPrimitif_InEnglish_IsApproved() =>
        ToText(RealFiles.Validate(RealFiles.MegalisNoHeader), English)
            .ShouldMatchApproved(c => c.WithDiscriminator("megalis-bp2022-en").NoDiff());

    [Fact]
    public void Text_MorbihanWithStepFixed_InFrench_IsApproved() =>
        ToText(RealFiles.ValidateWithStepFixed(RealFiles.MorbihanCa2021), French)
            .ShouldMatchApproved(c => c.WithDiscriminator("morbihan-ca2021-stepfixed-fr").NoDiff());

    [Fact]
    public void Json_MegalisBudgetPrimitif_InFrench_IsApproved() =>
        ToJson(RealFiles.Validate(RealFiles.MegalisNoHeader), French)
            .ShouldMatchApproved(c => c.WithDiscriminator("megalis-bp2022-fr").WithFileExtension("json").NoDiff());

    [Fact]
    public void Json_BocenoCompteAdministratif_InEnglish_IsApproved() =>
        ToJson(RealFiles.Validate(RealFiles.BocenoCa2021), English)
            .ShouldMatchApproved(c => c.WithDiscriminator("boceno-ca2021-en").WithFileExtension("json").NoDiff());

    [Fact]
    public void Json_HasTheFrictionlessShape()
    {
        var report = RealFiles.Validate(RealFiles.BocenoBp2022);

        using var json = JsonDocument.Parse(ToJson(report, English));

        var root = json.RootElement;
        root.GetProperty("valid").GetBoolean().ShouldBeFalse();
        root.GetProperty("stats").GetProperty("rows").GetInt64().ShouldBe(21);
        root.GetProperty("stats").GetProperty("codes").GetProperty("SCDL202").GetInt64().ShouldBe(21);
        root.GetProperty("verdict").GetString().ShouldBe("invalid");
        root.GetProperty("kind").GetString().ShouldBe("validation");
        var first = root.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("code").GetString() == "SCDL202");
        first.GetProperty("rowNumber").GetInt64().ShouldBe(2);
        first.GetProperty("fieldNumber").GetInt32().ShouldBe(1);
        first.GetProperty("fieldName").GetString().ShouldBe("BGT_NATDEC");
        first.GetProperty("cell").GetString().ShouldBe("Budget primitif");
        first.GetProperty("type").GetString().ShouldBe("constraint-error");
        first.GetProperty("note").GetString()!.ShouldStartWith("constraint \"enum\" is \"'budget primitif'");
        first.GetProperty("code").GetString().ShouldBe("SCDL202");
        first.GetProperty("severity").GetString().ShouldBe("error");
        first.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        first.GetProperty("category").GetString().ShouldBe("content");
        first.GetProperty("count").GetInt64().ShouldBe(21);
        first.GetProperty("rowRanges")[0].EnumerateArray().Select(e => e.GetInt64()).ShouldBe([2L, 22L]);
        var last = root.GetProperty("errors")[root.GetProperty("errors").GetArrayLength() - 1];
        last.GetProperty("rowNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        last.GetProperty("type").GetString().ShouldBe("budget-rule");
    }

    [Fact]
    public void Reports_AreDeterministic()
    {
        var first = RealFiles.Validate(RealFiles.MohonCfu2023);
        var second = RealFiles.Validate(RealFiles.MohonCfu2023);

        ToJson(first, French).ShouldBe(ToJson(second, French));
        ToText(first, English).ShouldBe(ToText(second, English));
    }

    [Fact]
    public void Text_ShowsRepeatedFindingsOnce_WithTheirLinesAsRanges()
    {
        var text = ToText(RealFiles.Validate(RealFiles.CrachCa2021), English with { MaxFindingsPerCode = 1 });

        text.ShouldContain("SCDL202 Value not allowed (error): 196 found\n");
        text.ShouldContain("  - lines 2-197: 'Compte administratif' is not an allowed value of BGT_NATDEC");
        text.ShouldContain("  - also at lines ");
    }

    [Fact]
    public void Text_OfAValidFile_SaysSo()
    {
        var report = new BudgetValidator(new BudgetValidationOptions { RuleGroups = ValidationRuleGroups.Schema }).Validate([Lines.Valid()]);

        ToText(report, French).ShouldStartWith("Validation de - selon scdl/budget 0.8.3 : VALIDE — au format standard, et aucune erreur trouvée dans son contenu.\n1 ligne lue : 0 erreur, 0 avertissement, 0 information.\n\nAucun constat.\n");
    }

    [Theory]
    [InlineData(new long[] { 2, 3, 4, 9, 11, 12 }, "2-4, 9, 11-12")]
    [InlineData(new long[] { 5 }, "5")]
    [InlineData(new long[] { }, "")]
    public void Ranges_AreCompact(long[] lines, string expected) =>
        ReportText.Ranges(lines).ShouldBe(expected);

    [Theory]
    [InlineData("1234567.5", "fr-FR", "1\u202F234\u202F567,50")]
    [InlineData("-1234.567", "en", "-1,234.57")]
    [InlineData("0", "fr-FR", "0,00")]
    public void Amounts_AreGroupedForPeople(string amount, string culture, string expected) =>
        ReportText.Amount(decimal.Parse(amount, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void Text_NeutralizesControlCharactersFromTheInput()
    {
        var line = Lines.Valid() with { AuthorityName = "\u001b]0;owned\u0007\u001b[2J", AccountLabel = "=cmd|' /C calc'!A0\u001b[31m" };
        var report = new BudgetValidator().Validate([line]);

        var text = ToText(report, English);

        text.ShouldNotContain("\u001b");
        text.ShouldNotContain("\u0007");
        text.ShouldContain("␛]0;owned␇␛[2J");
        text.Where(c => c < ' ' && c != '\n').ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fr-FR", 0, "0 erreur")]
    [InlineData("fr-FR", 1, "1 erreur")]
    [InlineData("fr-FR", 1273, "1\u202F273 erreurs")]
    [InlineData("en", 0, "0 errors")]
    [InlineData("en", 1, "1 error")]
    [InlineData("en", 1273, "1,273 errors")]
    public void Plural_AgreesWithTheNumber_AndFormatsItTheCulturesWay(string culture, long count, string expected) =>
        ReportText.Plural("Count.Errors", count, CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void Neutralize_MakesEveryControlCharacterVisible()
    {
        TextReport.Neutralize("a\tb\r\nc\u0085d\u202Ee\u007f").ShouldBe("a␉b␍␊c\uFFFDd\uFFFDe␡");
        TextReport.Neutralize("plain é text").ShouldBe("plain é text");
    }

    [Fact]
    public void Text_FrenchCountsAgreeWithTheirNumber()
    {
        var report = new BudgetValidator().Validate([Lines.Valid() with { AccountLabel = string.Empty }]);

        var text = ToText(report, French);

        text.Split('\n')[1].ShouldStartWith("1 ligne lue : ");
        text.ShouldContain(": 1 constat\n");
        text.ShouldNotContain("constat(s)");
        text.ShouldNotContain("1 informations");
    }
}
