using System.Diagnostics;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>The memory of this process: its working set and its managed heap, now or at their peak over a period.</summary>
internal sealed record Memory(long WorkingSet, long ManagedHeap)
{
    public static Memory Now()
    {
        using var process = Process.GetCurrentProcess();
        return new Memory(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }

    /// <summary>Samples the memory on a timer until stopped, keeping the peaks.</summary>
    public sealed class Sampler : IDisposable
    {
        private readonly Timer _timer;
        private readonly Lock _gate = new();
        private Memory _peak;

        public Sampler(TimeSpan period)
        {
            _peak = Now();
            _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, period);
        }

        public Memory Stop()
        {
            _timer.Dispose();
            Sample();
            lock (_gate)
            {
                return _peak;
            }
        }

        public void Dispose() => _timer.Dispose();

        private void Sample()
        {
            var now = Now();
            lock (_gate)
            {
                _peak = new Memory(Math.Max(_peak.WorkingSet, now.WorkingSet), Math.Max(_peak.ManagedHeap, now.ManagedHeap));
            }
        }
    }
}
