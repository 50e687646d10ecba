namespace Scdl.Budget.Analysis;

/// <summary>How a definition row picks lines among those of its section, direction and kind.</summary>
internal enum DefinitionMatch
{
    /// <summary>Every line.</summary>
    All = 0,

    /// <summary>The lines of the chapters listed (exact codes).</summary>
    Chapter = 1,

    /// <summary>The lines whose account code starts with one of the prefixes listed.</summary>
    Account = 2,
}
