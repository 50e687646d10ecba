
namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Draws <c>[#####-----] 3/10 files, 1 failed, 12,345 lines</c> on standard error, redrawn in place. Built only when
/// standard error is a terminal and <c>--quiet</c> is not given: piped or redirected output never gets it.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 24;
    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly CliText _text;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private int _done;
    private int _failed;
    private long _lines;
    private int _lastLength;
    private bool _disposed;

    public ProgressBar(TextWriter writer, int total, CliText text, TimeSpan interval)
    {
        _writer = writer;
        _total = total;
        _text = text;
        // The first drawing waits a little, so that short runs never flash a bar.
        _timer = new Timer(_ => Draw(), null, interval * 5, interval);
    }

    public void FileDone(bool failed)
    {
        Interlocked.Increment(ref _done);
        if (failed)
        {
            Interlocked.Increment(ref _failed);
        }
    }

    public void AddLines(long count) => Interlocked.Add(ref _lines, count);

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer.Dispose();
            if (_lastLength > 0)
            {
                _writer.Write('\r' + new string(' ', _lastLength) + '\r');
                _writer.Flush();
            }
        }
    }

    internal string Render()
    {
        var done = Volatile.Read(ref _done);
        var filled = _total == 0 ? Width : (int)((long)Width * done / _total);
        var bar = new string('#', filled) + new string('-', Width - filled);
        return string.Format(
            _text.Culture,
            _text["Progress.Line"],
            bar,
            done,
            _total,
            Volatile.Read(ref _failed),
            Volatile.Read(ref _lines).ToString("N0", _text.Culture));
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var line = Render();
            var padding = Math.Max(0, _lastLength - line.Length);
            _writer.Write('\r' + line + new string(' ', padding));
            _writer.Flush();
            _lastLength = line.Length;
        }
    }
}
