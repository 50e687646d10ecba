using System.Xml;

namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>The settings every part of a workbook is read with: no DTD, no resolver, comments and instructions skipped.</summary>
internal static class PartXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReaderSettings AsyncSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        Async = true,
    };
}
