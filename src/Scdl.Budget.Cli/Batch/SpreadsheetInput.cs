using System.IO.Abstractions;
using Scdl.Budget.Spreadsheets;

namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// Tells a workbook from a CSV file (the rule of <c>docs/cli.md</c>, Inputs): a file is read as a workbook when its name
/// ends in <c>.xlsx</c> or when its first bytes are those of a ZIP package or of an OLE compound document, whatever its
/// name. The spreadsheet reader then says in its own words what is not a readable <c>.xlsx</c> (an <c>.ods</c>, an
/// Excel 97-2003 <c>.xls</c>, an encrypted or damaged workbook, a zip bomb); every other file is read as CSV text.
/// </summary>
internal static class SpreadsheetInput
{
    /// <summary>The extension of the workbooks a directory stands for, and of the files read as workbooks whatever they hold.</summary>
    public const string Extension = ".xlsx";

    /// <summary>The prefix of the owner files a spreadsheet program leaves beside a workbook it has open (<c>~$budget.xlsx</c>): never inputs.</summary>
    public const string OwnerFilePrefix = "~$";

    /// <summary>Gets a value indicating whether the file is to be read as a workbook.</summary>
    /// <remarks>A file that cannot be opened is not: reading it as CSV then fails with the usual message.</remarks>
    public static bool IsWorkbook(IFileSystem fileSystem, string path)
    {
        if (path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<byte> head = stackalloc byte[8];
        try
        {
            using var stream = fileSystem.File.OpenRead(path);
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return BudgetSpreadsheet.HasSpreadsheetSignature(head[..read]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
