// dotnet run -c Release --project ClosedXmlReader -- /tmp/sheet-100k.xlsx (see ../Program.cs)
using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;

var watch = Stopwatch.StartNew();
long cells = 0, chars = 0;
using (var workbook = new XLWorkbook(args[0]))
{
    foreach (var row in workbook.Worksheet(1).RowsUsed())
    {
        foreach (var cell in row.CellsUsed())
        {
            cells++;
            chars += cell.GetString().Length;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"closedxml: {cells} cells, {chars} chars in {watch.Elapsed.TotalSeconds:F2} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
