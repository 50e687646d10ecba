using System.Globalization;
using Scdl.Budget.Csv;
using Scdl.Budget.Spreadsheets.Tests.Support;
using Scdl.Budget.Tests.Support;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>Properties: lines survive a workbook exactly; any decimal a spreadsheet can hold reads back as its own text.</summary>
public sealed class PropertyTests
{
    [FsCheck.Xunit.Property(MaxTest = 25)]
    public bool ReadOfWorkbook_ReturnsTheLinesWrittenToIt(int seed, bool totemConvention)
    {
        var convention = totemConvention ? ColumnConvention.TotemConverters : ColumnConvention.Schema;
        var lines = SampleLines.Generate(seed, 20).ToList();
        var csv = new StringWriter();
        using (var writer = BudgetCsvWriter.Create(csv, new BudgetCsvWriterOptions { ColumnConvention = convention, LineEnding = LineEnding.Lf }))
        {
            foreach (var line in lines)
            {
                writer.Write(line);
            }
        }

        var records = Read(new MemoryStream(Workbooks.FromCsv(csv.ToString())), new SpreadsheetReaderOptions { ColumnConvention = convention })
            .Where(r => r.Line is not null).ToList();

        return records.Select(r => r.Line).SequenceEqual(lines)
            && records.Zip(lines).All(p => ToCsv(p.First.Line!) == ToCsv(p.Second)) // the scale of amounts too
            && records.SelectMany(r => r.Findings).All(f => f.Code is FindingCodes.SpreadsheetNumberCell or FindingCodes.SpreadsheetNumberInTextColumn or FindingCodes.InvalidLength);
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool AmountOf15SignificantDigits_ReadsBackExactly(int seed)
    {
        var random = new Random(seed);
        var scale = random.Next(0, 7);
        var value = (random.Next(2) == 0 ? -1 : 1) * (decimal)random.NextInt64(0, 1_000_000_000_000_000) / (decimal)Math.Pow(10, scale);
        var stored = value.ToString("0.############################", CultureInfo.InvariantCulture); // as Excel stores it
        var format = scale == 0 ? null : "0." + new string('0', scale);

        var record = Read(Workbook(Row(("BGT_MTPREV", XCell.Number(stored, format))))).Single(r => r.Line is not null);

        return ToCsv(record.Line!).Split(',')[18] == value.ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
