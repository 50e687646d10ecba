namespace Scdl.Budget.Spreadsheets.Internal;

/// <summary>What a cell of a sheet holds, from its type attribute (<c>t</c>) and its children.</summary>
internal enum CellKind
{
    /// <summary>Text: a shared string (<c>s</c>), an inline string (<c>inlineStr</c>) or a formula's text (<c>str</c>).</summary>
    Text = 1,

    /// <summary>A number (<c>n</c>, the default), shown as a date when its style's format is one.</summary>
    Number,

    /// <summary>A logical value (<c>b</c>): 1 or 0.</summary>
    Boolean,

    /// <summary>A spreadsheet error (<c>e</c>): <c>#N/A</c>, <c>#DIV/0!</c>…</summary>
    Error,

    /// <summary>A date written as ISO 8601 text (<c>d</c>, rare outside strict OOXML).</summary>
    IsoDate,

    /// <summary>A formula without a cached value.</summary>
    FormulaWithoutValue,
}
