namespace Scdl.Budget.Fuzzing.Tests;

/// <summary>What the library promises did not hold on an input.</summary>
public sealed class BrokenPromiseException : Exception
{
    public BrokenPromiseException()
    {
    }

    public BrokenPromiseException(string message)
        : base(message)
    {
    }

    public BrokenPromiseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
