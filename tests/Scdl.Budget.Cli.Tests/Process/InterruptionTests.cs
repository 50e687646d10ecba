using System.Text.RegularExpressions;
using Scdl.Budget.Cli.Tests.Support;

namespace Scdl.Budget.Cli.Tests.Process;

/// <summary>
/// The built tool, started as a real process on a large generated TOTEM file and sent real signals in the middle of
/// the conversion: it stops cleanly (destination as it was, no temporary file, exit 130, one line), and what a
/// killed run leaves is named after it and removed by the next run.
/// </summary>
public sealed partial class InterruptionTests : IDisposable
{
    private const string Interrupted = "scdl-budget: interrupted. Files being processed were left as they were, without temporary files; files already finished are complete.\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("scdl-interrupt-").FullName;

    public InterruptionTests()
    {
        // 105,000 budget lines (the 21 of a real document, 5,000 times), about 40 MB: seconds of work to interrupt.
        var source = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "crach-lotissement-boceno-bp2022.totem.xml"));
        var text = System.Text.Encoding.Latin1.GetString(source);
        var first = text.IndexOf("<LigneBudget>", StringComparison.Ordinal);
        var last = text.LastIndexOf("</LigneBudget>", StringComparison.Ordinal) + "</LigneBudget>".Length;
        using var output = File.Create(Path.Combine(_directory, "big.totem.xml"));
        output.Write(System.Text.Encoding.Latin1.GetBytes(text[..first]));
        var lines = System.Text.Encoding.Latin1.GetBytes(text[first..last]);
        for (var i = 0; i < 5_000; i++)
        {
            output.Write(lines);
        }

        output.Write(System.Text.Encoding.Latin1.GetBytes(text[last..]));
        Directory.CreateDirectory(Path.Combine(_directory, "out"));
        File.WriteAllText(Destination, "an earlier conversion\n");
    }

    private string Destination => Path.Combine(_directory, "out", "big.csv");

    [UnixFact]
    public Task CtrlC_DuringConvert_LeavesTheDestinationAndNoTemporaryFile_Exits130() => InterruptAsync("INT");

    [UnixFact]
    public Task Sigterm_DuringConvert_LeavesTheDestinationAndNoTemporaryFile_Exits130() => InterruptAsync("TERM");

    [UnixFact]
    public async Task KilledRun_LeavesATemporaryFileNamedAfterIt_WhichTheNextRunRemoves()
    {
        int killed;
        using (var tool = ToolProcess.Start(_directory, "convert", "big.totem.xml", "-o", "out/big.csv", "--force", "--quiet", "--lang", "en"))
        {
            killed = tool.Id;
            await WaitForTemporaryFileAsync();
            await tool.SignalAsync("KILL");
            await tool.WaitAsync(TimeSpan.FromMinutes(1));
        }

        var left = Temporaries();
        left.ShouldNotBeEmpty("kill -9 leaves what was being written");
        left.ShouldAllBe(name => name.Contains($".big.csv.scdl-{killed}-", StringComparison.Ordinal), "named after the destination and the process");

        using var next = ToolProcess.Start(_directory, "convert", "big.totem.xml", "-o", "out/big.csv", "--force", "--quiet", "--lang", "en");
        var (exitCode, _, error) = await next.WaitAsync(TimeSpan.FromMinutes(2));

        exitCode.ShouldBe(0, error);
        foreach (var name in left)
        {
            error.ShouldContain($"scdl-budget: removed {Path.Combine(_directory, "out", name)}, a temporary file left by an interrupted run.");
        }

        Temporaries().ShouldBeEmpty();
        File.ReadAllText(Destination).ShouldStartWith("BGT_NATDEC,");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task InterruptAsync(string signal)
    {
        using var tool = ToolProcess.Start(_directory, "convert", "big.totem.xml", "-o", "out/big.csv", "--force", "--lang", "en");
        await WaitForTemporaryFileAsync();

        await tool.SignalAsync(signal);
        var (exitCode, output, error) = await tool.WaitAsync(TimeSpan.FromMinutes(1));

        exitCode.ShouldBe(130, error);
        error.ShouldBe(Interrupted);
        output.ShouldBeEmpty();
        File.ReadAllText(Destination).ShouldBe("an earlier conversion\n");
        Temporaries().ShouldBeEmpty();
        Directory.GetFiles(_directory).Select(Path.GetFileName).ShouldBe(["big.totem.xml"]);
    }

    /// <summary>Waits until the conversion writes, so that the signal comes in the middle of it.</summary>
    private async Task WaitForTemporaryFileAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (Temporaries().Count == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the conversion never started writing");
            await Task.Delay(5);
        }
    }

    private List<string> Temporaries() =>
        [.. Directory.GetFiles(Path.Combine(_directory, "out")).Select(p => Path.GetFileName(p)!).Where(n => Temporary().IsMatch(n))];

    [GeneratedRegex(@"^\..*\.tmp$")]
    private static partial Regex Temporary();
}
