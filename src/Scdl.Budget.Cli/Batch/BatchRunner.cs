using System.Xml;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli.Batch;

/// <summary>
/// Processes the files of a batch in parallel with a bounded number at a time. A file that fails (unreadable,
/// refused output, unexpected error) becomes a failed outcome; the others go on. Outcomes come back in input order.
/// </summary>
internal static class BatchRunner
{
    public static async Task<IReadOnlyList<FileOutcome>> RunAsync(
        IReadOnlyList<FileJob> jobs,
        int parallelism,
        Func<FileJob, CancellationToken, Task<FileOutcome>> process,
        CliText text,
        ProgressBar? progress,
        CancellationToken cancellationToken)
    {
        var outcomes = new FileOutcome[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(jobs, options, async (job, ct) =>
        {
            FileOutcome outcome;
            try
            {
                outcome = await process(job, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                outcome = FileOutcome.Failed(job.Path, Describe(exception, text, job.Path));
            }

            outcomes[job.Index] = outcome;
            progress?.FileDone(outcome.ExitCode != ExitCodes.Success);
        }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Says in the user's language why a file could not be processed (the failure line names the file before it).</summary>
    public static string Describe(Exception exception, CliText text, string input) => exception switch
    {
        ScdlFormatException format => format.GetMessage(text.Culture),
        XmlException xml => text.Format("Failure.Xml", xml.LineNumber, xml.Message),
        FileNotFoundException notFound when notFound.FileName is null || string.Equals(notFound.FileName, input, StringComparison.Ordinal) => text["Input.Missing"],
        FileNotFoundException notFound => text.Format("Input.NotFound", notFound.FileName),
        IOException or UnauthorizedAccessException => text.Format("Failure.IO", exception.Message),
        _ => text.Format("Failure.Unexpected", exception.GetType().Name, exception.Message),
    };
}
