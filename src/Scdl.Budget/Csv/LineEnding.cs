namespace Scdl.Budget.Csv;

/// <summary>The line ending a writer puts after each record.</summary>
public enum LineEnding
{
    /// <summary>CR LF, what RFC 4180 specifies and what the existing converters write (the default).</summary>
    CrLf = 1,

    /// <summary>LF alone, the Unix convention.</summary>
    Lf = 2,
}
