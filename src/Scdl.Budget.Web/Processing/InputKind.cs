namespace Scdl.Budget.Web.Processing;

/// <summary>What an uploaded file is, from its content type and its name.</summary>
internal enum InputKind
{
    /// <summary>Not known: neither the content type nor the name says.</summary>
    Unknown = 0,

    /// <summary>SCDL CSV, in any dialect the tolerant reader accepts.</summary>
    Csv,

    /// <summary>TOTEM XML (DocumentBudgetaire, CompteFinancierUnique).</summary>
    Totem,

    /// <summary>An Excel <c>.xlsx</c> workbook.</summary>
    Spreadsheet,
}
