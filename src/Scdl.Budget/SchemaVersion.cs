using System.Diagnostics.CodeAnalysis;

namespace Scdl.Budget;

/// <summary>
/// Identifies a published version of the scdl/budget schema. 0.8.1, 0.8.2 and 0.8.3 have identical fields
/// and differ only in metadata; 0.8.3 is the latest.
/// </summary>
public sealed class SchemaVersion : IEquatable<SchemaVersion>
{
    private SchemaVersion(string text) => Text = text;

    /// <summary>Gets scdl/budget 0.8.1 (2020-05-18).</summary>
    public static SchemaVersion Version081 { get; } = new("0.8.1");

    /// <summary>Gets scdl/budget 0.8.2 (2023-09-28, metadata only).</summary>
    public static SchemaVersion Version082 { get; } = new("0.8.2");

    /// <summary>Gets scdl/budget 0.8.3 (2023-09-28, metadata only), the latest.</summary>
    public static SchemaVersion Version083 { get; } = new("0.8.3");

    /// <summary>Gets the latest version known to this library: 0.8.3.</summary>
    public static SchemaVersion Latest => Version083;

    /// <summary>Gets every version known to this library, oldest first.</summary>
    public static IReadOnlyList<SchemaVersion> All { get; } = [Version081, Version082, Version083];

    /// <summary>Gets the version number, such as <c>0.8.3</c>.</summary>
    public string Text { get; }

    /// <summary>Parses a version number such as <c>0.8.3</c>.</summary>
    /// <param name="text">The version number.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The version is not one this library knows.</exception>
    public static SchemaVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"Unknown scdl/budget schema version '{text}': known versions are 0.8.1, 0.8.2 and 0.8.3.");
    }

    /// <summary>Tries to parse a version number such as <c>0.8.3</c>.</summary>
    /// <param name="text">The version number.</param>
    /// <param name="version">The version, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the version is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SchemaVersion? version)
    {
        version = All.FirstOrDefault(v => string.Equals(v.Text, text?.Trim(), StringComparison.Ordinal));
        return version is not null;
    }

    /// <inheritdoc/>
    public bool Equals(SchemaVersion? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SchemaVersion);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
