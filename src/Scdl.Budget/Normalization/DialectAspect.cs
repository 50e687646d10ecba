namespace Scdl.Budget.Normalization;

/// <summary>Names the part of a file's dialect that a <see cref="DialectChange"/> changed.</summary>
public enum DialectAspect
{
    /// <summary>The encoding: transcoded to UTF-8 (from Windows-1252, UTF-16…).</summary>
    Encoding = 1,

    /// <summary>The byte order mark at the start of the file: removed.</summary>
    ByteOrderMark = 2,

    /// <summary>The field separator: replaced by a comma.</summary>
    Separator = 3,

    /// <summary>The decimal separator of amounts: replaced by a dot.</summary>
    DecimalSeparator = 4,

    /// <summary>The line breaks: written CR LF (or LF) throughout.</summary>
    LineBreaks = 5,
}
