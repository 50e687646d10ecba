using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Scdl.Budget.Extensions.DependencyInjection.Tests.Support;

/// <summary>A logger provider that keeps every entry, with its structured values, for the tests to read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public LogEntry The(string eventName) => Entries.Single(e => e.EventName == eventName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : [];
            owner._entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, eventId.Name, formatter(state, exception), values, exception));
        }
    }
}

public sealed record LogEntry(
    string Category, LogLevel Level, int EventId, string? EventName, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
