namespace Scdl.Budget.Totem;

/// <summary>
/// Bounds what the TOTEM reader accepts, so that hostile input (a huge attribute, an endless document) is refused
/// with <see cref="ScdlFormatException"/> instead of filling memory. The defaults are far above any real TOTEM file.
/// </summary>
public sealed record TotemReaderOptions
{
    /// <summary>Gets the default options: 1 MiB per value, 256 MiB per document.</summary>
    public static TotemReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest XML item accepted, in bytes of the input (UTF-16 code units for UTF-16 input): a tag with its
    /// attributes and the text that follows it up to the next <c>&lt;</c> (so any attribute value or text), a comment,
    /// a CDATA section or a processing instruction. A longer one is refused (<see cref="FindingCodes.TotemValueTooLarge"/>)
    /// before the XML parser buffers it, which bounds the memory a value can take. Defaults to 1 MiB, the record limit of the CSV reader
    /// (<see cref="Csv.BudgetCsvReaderOptions.MaxRecordSize"/>): a longer value could not be written to a readable
    /// CSV anyway. Real TOTEM values are a few hundred bytes at most.
    /// </summary>
    public int MaxValueSize { get; init; } = 1 << 20;

    /// <summary>
    /// Gets the largest document accepted, in bytes; a longer input is refused
    /// (<see cref="FindingCodes.TotemDocumentTooLarge"/>). Memory does not grow with the document (it is read in one
    /// pass); this bounds the time a hostile input can take. Defaults to 256 MiB, about 50 times the largest real
    /// TOTEM files (a département's compte administratif is a few MiB).
    /// </summary>
    public long MaxDocumentSize { get; init; } = 256L << 20;

    /// <summary>Gives the options to use: <paramref name="options"/>, checked, or the defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    internal static TotemReaderOptions Checked(TotemReaderOptions? options)
    {
        if (options is null)
        {
            return Default;
        }

        if (options.MaxValueSize <= 0 || options.MaxDocumentSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "MaxValueSize and MaxDocumentSize must be positive.");
        }

        return options;
    }
}
