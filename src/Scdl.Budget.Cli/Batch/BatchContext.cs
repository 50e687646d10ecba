using Scdl.Budget.Cli.Commands;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>What the processing of one file of a batch may use: the environment, the user's language and options, where outputs go, the progress bar.</summary>
internal sealed record BatchContext(CliEnvironment Environment, CliText Text, BatchSettings Settings, OutputPlanner Planner, ProgressBar? Progress);
