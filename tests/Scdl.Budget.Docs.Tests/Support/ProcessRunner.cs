using System.Diagnostics;
using System.Text;

namespace Scdl.Budget.Docs.Tests.Support;

/// <summary>The end of a process: its exit code and what it printed.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Out, string Error)
{
    public override string ToString() => $"{Command} → exit {ExitCode}\n{Out}\n{Error}";
}

/// <summary>
/// Runs a command to its end, or kills it (and its children) after a time-out. Builds run without build servers or
/// node reuse, so that no process outlives the test, and without the MSBuild variables of the test run itself.
/// </summary>
internal static class ProcessRunner
{
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = fileName + " " + string.Join(' ', arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + command);
        process.StandardInput.Close();
        var output = new StringBuilder();
        var error = new StringBuilder();
        var readOut = Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false)));
        var readError = Task.Run(async () => error.Append(await process.StandardError.ReadToEndAsync().ConfigureAwait(false)));
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not end in time:\n{output}\n{error}", exception);
        }

        await Task.WhenAll(readOut, readError).ConfigureAwait(false);
        return new ProcessResult(command, process.ExitCode, output.ToString(), error.ToString());
    }
}
