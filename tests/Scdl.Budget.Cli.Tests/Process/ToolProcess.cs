using System.Diagnostics;
using System.Text;

namespace Scdl.Budget.Cli.Tests.Process;

/// <summary>The built tool run as a real process (<c>dotnet scdl-budget.dll</c>), for what only a process has: signals.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly Task _reading;

    private ToolProcess(System.Diagnostics.Process process)
    {
        _process = process;
        _reading = Task.WhenAll(
            Task.Run(async () => _out.Append(await process.StandardOutput.ReadToEndAsync())),
            Task.Run(async () => _error.Append(await process.StandardError.ReadToEndAsync())));
    }

    public int Id => _process.Id;

    public static ToolProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scdl-budget.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ToolProcess(System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("The tool did not start."));
    }

    /// <summary>Sends a signal (INT, TERM, KILL) with the system's <c>kill</c>, as a shell or a service manager does.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<(int ExitCode, string Out, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException exception)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("The tool did not end in time: " + _error, exception);
        }

        await _reading;
        return (_process.ExitCode, _out.ToString(), _error.ToString());
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
