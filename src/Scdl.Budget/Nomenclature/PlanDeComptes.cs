using System.IO.Abstractions;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Represents one plan de comptes (nomenclature budgétaire) of one year: its nature chapters and accounts, its
/// functional chapters and accounts, and its functional references, as published in <c>planDeCompte.xml</c>.
/// </summary>
/// <remarks>
/// A plan answers for its own year only. To look codes up with the fallback to other years of the same
/// nomenclature, use a <see cref="PlanLookup"/> from a <see cref="PlanCatalog"/>. Instances are immutable and
/// safe to share between threads.
/// </remarks>
public sealed class PlanDeComptes
{
    internal const string OperationChapterPrefix = "45";

    private Dictionary<string, PlanChapter>? chapterIndex;
    private Dictionary<string, PlanAccount>? accountIndex;
    private Dictionary<string, PlanChapter>? functionChapterIndex;
    private Dictionary<string, PlanAccount>? functionAccountIndex;
    private Dictionary<string, FunctionReference>? functionReferenceIndex;

    internal PlanDeComptes(
        NomenclatureId id,
        PlanChapter[] chapters,
        PlanAccount[] accounts,
        PlanChapter[] functionChapters,
        PlanAccount[] functionAccounts,
        FunctionReference[] functionReferences)
    {
        Id = id;
        Chapters = chapters;
        Accounts = accounts;
        FunctionChapters = functionChapters;
        FunctionAccounts = functionAccounts;
        FunctionReferences = functionReferences;
    }

    /// <summary>Gets the year, norme and déclinaison of the plan.</summary>
    public NomenclatureId Id { get; }

    /// <summary>Gets the nature chapters (<c>Nature/Chapitres/Chapitre</c>), in the plan's order.</summary>
    public IReadOnlyList<PlanChapter> Chapters { get; }

    /// <summary>Gets the nature accounts (<c>Nature/Comptes//Compte</c>), the whole tree in document order (a parent before its children).</summary>
    public IReadOnlyList<PlanAccount> Accounts { get; }

    /// <summary>Gets the functional chapters (<c>Fonction/Chapitres/Chapitre</c>).</summary>
    public IReadOnlyList<PlanChapter> FunctionChapters { get; }

    /// <summary>Gets the functional accounts (<c>Fonction/Comptes//Compte</c>), in document order.</summary>
    public IReadOnlyList<PlanAccount> FunctionAccounts { get; }

    /// <summary>Gets the functional references (<c>Fonction/RefFonctionnelles//RefFonc</c>), in document order.</summary>
    public IReadOnlyList<FunctionReference> FunctionReferences { get; }

    // Each index is built on its first lookup: a plan consulted only for its accounts never indexes its references.
    private Dictionary<string, PlanChapter> ChapterIndex => LazyInitializer.EnsureInitialized(ref chapterIndex, () => ToMap(Chapters, c => c.Code));

    private Dictionary<string, PlanAccount> AccountIndex => LazyInitializer.EnsureInitialized(ref accountIndex, () => ToMap(Accounts, a => a.Code));

    private Dictionary<string, PlanChapter> FunctionChapterIndex =>
        LazyInitializer.EnsureInitialized(ref functionChapterIndex, () => ToMap(FunctionChapters, c => c.Code));

    private Dictionary<string, PlanAccount> FunctionAccountIndex =>
        LazyInitializer.EnsureInitialized(ref functionAccountIndex, () => ToMap(FunctionAccounts, a => a.Code));

    private Dictionary<string, FunctionReference> FunctionReferenceIndex =>
        LazyInitializer.EnsureInitialized(ref functionReferenceIndex, () => ToMap(FunctionReferences, r => r.Code));

    /// <summary>Reads a plan from a <c>planDeCompte.xml</c> stream (ISO-8859-1 or UTF-8, as its declaration says).</summary>
    /// <param name="stream">The XML; read to the end, left open.</param>
    /// <param name="id">
    /// The identity of the plan, or <see langword="null"/> to take it from the attributes <c>Exer</c>, <c>Norme</c>
    /// and <c>Declinaison</c> of the root element (some official files carry stale attributes: the directory
    /// layout is the better source when there is one).
    /// </param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The XML is malformed, has a DTD, or is not a plan de comptes (code <c>SCDL400</c>).</exception>
    public static PlanDeComptes Load(Stream stream, NomenclatureId? id = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return PlanXmlReader.Read(stream, id, null);
    }

    /// <summary>Reads a plan from a <c>planDeCompte.xml</c> file.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the file.</param>
    /// <param name="id">The identity of the plan, or <see langword="null"/> to take it from the file's root attributes.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileSystem"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The file is not a readable plan de comptes (code <c>SCDL400</c>).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static PlanDeComptes Load(IFileSystem fileSystem, string path, NomenclatureId? id = null)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = fileSystem.File.OpenRead(path);
        return PlanXmlReader.Read(stream, id, path);
    }

    /// <summary>Finds a nature chapter by its exact code.</summary>
    /// <param name="code">The chapter code, such as <c>011</c>.</param>
    /// <returns>The chapter, or <see langword="null"/> when this plan has no such chapter.</returns>
    public PlanChapter? FindChapter(string code) => Find(ChapterIndex, code);

    /// <summary>
    /// Finds the operation chapter a code starts with: the longest chapter code beginning with <c>45</c> that is
    /// a prefix of <paramref name="code"/>. TOTEM writes the chapter of a third-party operation as the chapter
    /// followed by the operation number (<c>4581001</c> is chapter <c>4581</c>, <c>4544128</c> is <c>45441</c>).
    /// </summary>
    /// <param name="code">The code, such as <c>4581001</c>.</param>
    /// <returns>The chapter, or <see langword="null"/> when no operation chapter is a proper prefix of the code.</returns>
    public PlanChapter? FindOperationChapter(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!code.StartsWith(OperationChapterPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        for (var length = code.Length - 1; length >= OperationChapterPrefix.Length + 1; length--)
        {
            if (ChapterIndex.TryGetValue(code[..length], out var chapter))
            {
                return chapter;
            }
        }

        return null;
    }

    /// <summary>Finds a nature account by its code, deleted accounts included.</summary>
    /// <param name="code">The account code, such as <c>6064</c>.</param>
    /// <returns>The account, or <see langword="null"/> when this plan has no such account.</returns>
    public PlanAccount? FindAccount(string code) => Find(AccountIndex, code);

    /// <summary>Finds a functional reference (<c>RefFonc</c>) by its code.</summary>
    /// <param name="code">The function code, such as <c>822</c>.</param>
    /// <returns>The reference, or <see langword="null"/> when this plan has no such reference.</returns>
    public FunctionReference? FindFunctionReference(string code) => Find(FunctionReferenceIndex, code);

    /// <summary>Finds a functional chapter by its code.</summary>
    /// <param name="code">The chapter code, such as <c>930</c>.</param>
    /// <returns>The chapter, or <see langword="null"/>.</returns>
    public PlanChapter? FindFunctionChapter(string code) => Find(FunctionChapterIndex, code);

    /// <summary>Finds a functional account by its code.</summary>
    /// <param name="code">The account code, such as <c>90020</c>.</param>
    /// <returns>The account, or <see langword="null"/>.</returns>
    public PlanAccount? FindFunctionAccount(string code) => Find(FunctionAccountIndex, code);

    /// <inheritdoc/>
    public override string ToString() => "Plan de comptes " + Id.ToString();

    private static T? Find<T>(Dictionary<string, T> map, string code)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(code);
        return map.GetValueOrDefault(code.Trim());
    }

    private static Dictionary<string, T> ToMap<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            // A code listed twice keeps its first entry, as XPath's first match would.
            map.TryAdd(key(item), item);
        }

        return map;
    }
}
