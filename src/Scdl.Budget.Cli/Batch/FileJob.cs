namespace Scdl.Budget.Cli.Batch;

/// <summary>One input file of a batch, at its place in the order the user gave.</summary>
/// <param name="Index">The 0-based position of the file in the batch.</param>
/// <param name="Path">The path as the file system sees it.</param>
internal sealed record FileJob(int Index, string Path);
