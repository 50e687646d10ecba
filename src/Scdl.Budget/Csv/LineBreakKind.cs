namespace Scdl.Budget.Csv;

/// <summary>The line breaks found at the start of a file.</summary>
public enum LineBreakKind
{
    /// <summary>CR LF throughout, as RFC 4180 and the existing converters write.</summary>
    CrLf = 1,

    /// <summary>LF alone throughout (Unix).</summary>
    Lf = 2,

    /// <summary>CR alone throughout (old Mac OS).</summary>
    Cr = 3,

    /// <summary>A mix of CR LF, LF and CR.</summary>
    Mixed = 4,

    /// <summary>No line break was seen: a single line, or none.</summary>
    None = 5,
}
