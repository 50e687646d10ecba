using Scdl.Budget.Cli.Commands;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>What the processing of one file of a batch may use: the environment, the user's language and options, where outputs go, the progress bar.</summary>
/// <param name="Environment">The file system and the terminal.</param>
/// <param name="Text">The user's language.</param>
/// <param name="Settings">The options.</param>
/// <param name="Planner">Where the command's output goes (its data file, or its report for validate and summary).</param>
/// <param name="Progress">The progress bar, when one is drawn.</param>
internal sealed record BatchContext(CliEnvironment Environment, CliText Text, BatchSettings Settings, OutputPlanner Planner, ProgressBar? Progress)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, StagedOutputs> _staged = new();

    /// <summary>Gets where reports go: <c>--report</c> for the commands that write a data file, else the output itself. Shares the planner's claims.</summary>
    public OutputPlanner Reports { get; init; } = Planner;

    /// <summary>Gets the files an input's processing writes, moved over their destinations only once it has ended well.</summary>
    public StagedOutputs Staging(FileJob job) => _staged.GetOrAdd(job.Index, _ => new StagedOutputs(Environment.FileSystem));
}
