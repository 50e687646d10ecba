using System.Globalization;
using System.IO.Abstractions;

namespace Scdl.Budget.Cli;

/// <summary>
/// Everything a command touches outside itself: the file system and the text streams, plus what is known about the
/// terminal. Only <see cref="Program"/> builds one from the real process; tests build one in memory.
/// </summary>
internal sealed record CliEnvironment
{
    public required IFileSystem FileSystem { get; init; }

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Gets a value indicating whether standard output is a terminal (colours are then allowed).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard error is a terminal (a progress bar is then drawn on it).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether colours are wanted at all (false when <c>NO_COLOR</c> is set).</summary>
    public bool ColorsAllowed { get; init; } = true;

    /// <summary>Gets the culture of messages when <c>--lang</c> is not given.</summary>
    public CultureInfo DefaultCulture { get; init; } = CultureInfo.CurrentUICulture;

    /// <summary>Gets the default number of files processed at the same time.</summary>
    public int DefaultParallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Gets the width at which help is wrapped.</summary>
    public int HelpWidth { get; init; } = 100;

    /// <summary>Gets the interval between two redraws of the progress bar.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(100);
}
