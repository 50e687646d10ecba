namespace Scdl.Budget.Cli.Batch;

/// <summary>What happened to one input file: its exit code, its counts, and why it failed when it did.</summary>
internal sealed record FileOutcome
{
    public required string Input { get; init; }

    /// <summary>Gets the exit code this file alone would give (see <see cref="ExitCodes"/>).</summary>
    public required int ExitCode { get; init; }

    public long Lines { get; init; }

    public long Errors { get; init; }

    public long Warnings { get; init; }

    /// <summary>Gets the file written for this input (converted or normalised CSV, or report), if any.</summary>
    public string? Written { get; init; }

    /// <summary>Gets why the file could not be processed, in the user's language; <see langword="null"/> when it was.</summary>
    public string? Failure { get; init; }

    /// <summary>Gets the text or HTML report of this file, rendered for standard output; <see langword="null"/> when it went to a file or is not wanted.</summary>
    public string? Report { get; init; }

    /// <summary>Gets what writes the JSON report of this file into the batch's JSON document; <see langword="null"/> when it went to a file or is not wanted.</summary>
    public Action<System.Text.Json.Utf8JsonWriter>? JsonReport { get; init; }

    public static FileOutcome Failed(string input, string reason) =>
        new() { Input = input, ExitCode = ExitCodes.UnreadableOrUsage, Failure = reason };
}
