using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Scdl.Budget.Totem.Internal;

/// <summary>Throws the located exceptions of the TOTEM reader.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void Format(string code, long line, string? column, params string[] arguments) =>
        throw Create(code, line, column, arguments);

    /// <summary>Creates the exception; the arguments, values from the input, are shortened as in findings.</summary>
    public static ScdlFormatException Create(string code, long line, string? column, params string[] arguments) =>
        new(code, line, column, Array.ConvertAll(arguments, Amounts.Shorten));

    public static ScdlFormatException Create(string code, long line, string? column, Exception innerException, params string[] arguments) =>
        new(code, line, column, arguments, innerException);
}
