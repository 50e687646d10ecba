using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Normalization;
using Scdl.Budget.Reports;
using Scdl.Budget.Totem;
using Scdl.Budget.Validation;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>
/// What the library itself gives for a file, with the options the tool uses (every rule group, the plan de comptes
/// included): the answers of the web application are compared with these, byte for byte.
/// </summary>
internal static class Library
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static BudgetValidationOptions Validation(ColumnConvention convention = ColumnConvention.Schema) =>
        new() { RuleGroups = ValidationRuleGroups.All, ColumnConvention = convention, Analysis = Scdl.Budget.Analysis.AnalysisOptions.Default };

    public static ValidationReport Validate(byte[] csv, string name) =>
        new BudgetValidator(Validation()).Validate(new MemoryStream(csv), name);

    public static string ValidationJson(byte[] csv, string name, CultureInfo culture)
    {
        var report = Validate(csv, name);
        return Json(writer => JsonReport.Write(writer, report, new ReportOptions { Culture = culture }), culture);
    }

    public static byte[] ConvertedCsv(byte[] xml)
    {
        using var csv = new MemoryStream();
        TotemConverter.Convert(new MemoryStream(xml), csv, TotemConversionOptions.Default, leaveOpen: true);
        return csv.ToArray();
    }

    public static byte[] NormalizedCsv(byte[] input)
    {
        using var csv = new MemoryStream();
        BudgetNormalizer.Normalize(new MemoryStream(input), csv, new NormalizationOptions { Reader = BudgetCsvReaderOptions.Tolerant }, leaveOpen: true);
        return csv.ToArray();
    }

    public static string Json(Action<System.Text.Json.Utf8JsonWriter> write, CultureInfo culture)
    {
        using var buffer = new MemoryStream();
        using (var writer = JsonReport.CreateWriter(buffer, new ReportOptions { Culture = culture }))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
