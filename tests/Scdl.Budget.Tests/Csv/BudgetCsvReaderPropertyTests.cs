using FsCheck;
using FsCheck.Fluent;

namespace Scdl.Budget.Tests.Csv;

public sealed class BudgetCsvReaderPropertyTests
{
    /// <summary>Whatever text the cells hold, the reader yields one record per row (data or blank), each a line or findings: it never throws.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Read_ArbitraryCellText_NeverThrowsAndAccountsForEveryRow() =>
        Prop.ForAll(
            Arb.From(ArbMap.Default.GeneratorFor<NonNull<string>[]>().Select(a => a.Select(s => s.Get.Replace('\0', ' ')).ToArray())),
            Arb.From(Gen.Choose(1, 5)),
            (cells, rows) =>
            {
                var row = string.Join(',', Enumerable.Range(0, 22).Select(i => Quote(i < cells.Length ? cells[i] : string.Empty)));
                var text = Support.Csv.Header + "\n" + string.Join("\n", Enumerable.Repeat(row, rows)) + "\n";
                var records = Support.Csv.Read(text);
                var rowRecords = records.Where(r => r.Kind is RecordKind.Data or RecordKind.Blank).ToList();
                return rowRecords.Count == rows && rowRecords.All(r => r.Line != null || r.Findings.Count > 0);
            });

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
