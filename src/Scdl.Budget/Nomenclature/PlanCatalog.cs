using System.Globalization;
using System.IO.Abstractions;

namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Holds plans de comptes of several years and nomenclatures, and gives a <see cref="PlanLookup"/> for any of
/// them. <see cref="BuiltIn"/> has every official plan from 2013 to 2024 with no download; a caller can also use
/// their own directory (<see cref="FromDirectory(IFileSystem, string)"/>), a single file or a compact catalogue.
/// </summary>
/// <example>
/// <code>
/// var lookup = PlanCatalog.BuiltIn.For(2022, "M4-M43_D");
/// var account = lookup.FindAccount("6518");            // "Autres", from the 2021 plan: account.IsFromOtherYear
/// var chapter = lookup.FindChapterOfAccount("6518", FlowDirection.Depense, OperationKind.Reel);
/// // chapter.Value.Code == "65", chapter.Value.Section == BudgetSection.Fonctionnement
/// </code>
/// </example>
/// <remarks>Plans are read on first use and then kept; instances are thread-safe.</remarks>
public sealed class PlanCatalog
{
    /// <summary>The name of a plan file in the official layout <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c>.</summary>
    public const string PlanFileName = "planDeCompte.xml";

    internal const string BuiltInResourceName = "Scdl.Budget.Nomenclature.plans-de-comptes.bin";

    private static readonly Lazy<PlanCatalog> BuiltInCatalog = new(LoadBuiltIn);

    private readonly Dictionary<NomenclatureId, Lazy<PlanDeComptes>> plans;
    private readonly CompactCatalogReader? compact;
    private readonly Dictionary<NomenclatureId, int>? compactIndex;

    private PlanCatalog(Dictionary<NomenclatureId, Lazy<PlanDeComptes>> plans, CompactCatalogReader? compact = null, Dictionary<NomenclatureId, int>? compactIndex = null)
    {
        this.plans = plans;
        this.compact = compact;
        this.compactIndex = compactIndex;
        Nomenclatures = [.. plans.Keys
            .OrderBy(id => id.Norme, StringComparer.Ordinal)
            .ThenBy(id => id.Declinaison, StringComparer.Ordinal)
            .ThenBy(id => id.Year)];
    }

    /// <summary>
    /// Gets the catalogue built into the library: the 215 official plans of 2013–2024 (M14, M4x, M52, M57, M61,
    /// M71 and their déclinaisons), embedded in a compact form; each plan is decoded on its first use. See <c>docs/nomenclature.md</c>.
    /// </summary>
    public static PlanCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Gets the plans of the catalogue, ordered by norme, déclinaison and year.</summary>
    public IReadOnlyList<NomenclatureId> Nomenclatures { get; }

    /// <summary>Creates a catalogue of the given plans.</summary>
    /// <param name="plans">The plans; for two plans with the same identity, the first is kept.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is <see langword="null"/>.</exception>
    public static PlanCatalog FromPlans(IEnumerable<PlanDeComptes> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var map = new Dictionary<NomenclatureId, Lazy<PlanDeComptes>>();
        foreach (var plan in plans)
        {
            ArgumentNullException.ThrowIfNull(plan, nameof(plans));
            map.TryAdd(plan.Id, new Lazy<PlanDeComptes>(plan));
        }

        return new PlanCatalog(map);
    }

    /// <summary>Creates a catalogue of one <c>planDeCompte.xml</c> file, identified by its root attributes.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="path">The path of the plan file.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The file is not a readable plan de comptes (code <c>SCDL400</c>).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PlanCatalog FromFile(IFileSystem fileSystem, string path) => FromPlans([PlanDeComptes.Load(fileSystem, path)]);

    /// <summary>
    /// Creates a catalogue of a directory laid out as the official site and the converters expect:
    /// <c>{Exer}/{Norme}/{Declinaison}/planDeCompte.xml</c>. The identity of each plan comes from its place in the
    /// directory (some official files carry stale root attributes). Files are read on first use.
    /// </summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="root">The directory holding one sub-directory per year.</param>
    /// <returns>The catalogue; empty when the directory has no plan in that layout.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="root"/> does not exist.</exception>
    /// <remarks>A plan that turns out unreadable throws <see cref="ScdlFormatException"/> when first used.</remarks>
    public static PlanCatalog FromDirectory(IFileSystem fileSystem, string root)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(root);
        var map = new Dictionary<NomenclatureId, Lazy<PlanDeComptes>>();
        foreach (var yearDirectory in fileSystem.Directory.EnumerateDirectories(root))
        {
            if (!int.TryParse(fileSystem.Path.GetFileName(yearDirectory), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }

            foreach (var normeDirectory in fileSystem.Directory.EnumerateDirectories(yearDirectory))
            {
                foreach (var declinaisonDirectory in fileSystem.Directory.EnumerateDirectories(normeDirectory))
                {
                    var file = fileSystem.Path.Combine(declinaisonDirectory, PlanFileName);
                    var norme = fileSystem.Path.GetFileName(normeDirectory);
                    var declinaison = fileSystem.Path.GetFileName(declinaisonDirectory);
                    if (!fileSystem.File.Exists(file) || string.IsNullOrWhiteSpace(norme) || string.IsNullOrWhiteSpace(declinaison))
                    {
                        continue;
                    }

                    var id = new NomenclatureId(year, norme, declinaison);
                    map.TryAdd(id, new Lazy<PlanDeComptes>(() => PlanDeComptes.Load(fileSystem, file, id)));
                }
            }
        }

        return new PlanCatalog(map);
    }

    /// <summary>
    /// Reads a catalogue written by <see cref="WriteCompact(Stream)"/> (the form the built-in catalogue is embedded
    /// in, or its stored form, which the built-in one uses). The bytes are read (decompressed when compressed) and
    /// checked at once; each plan is built on its first use.
    /// </summary>
    /// <param name="stream">The compact catalogue; read to its end, left open.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">The stream is not a compact catalogue (code <c>SCDL400</c>).</exception>
    public static PlanCatalog LoadCompact(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = CompactCatalogReader.Open(stream);
        var map = new Dictionary<NomenclatureId, Lazy<PlanDeComptes>>();
        var indices = new Dictionary<NomenclatureId, int>();
        for (var i = 0; i < reader.PlanIds.Count; i++)
        {
            var index = i;
            if (map.TryAdd(reader.PlanIds[i], new Lazy<PlanDeComptes>(() => reader.ReadPlan(index))))
            {
                indices.Add(reader.PlanIds[i], i);
            }
        }

        return new PlanCatalog(map, reader, indices);
    }

    /// <summary>
    /// Writes every plan of the catalogue in the compact form (Brotli-compressed, each distinct label and account
    /// stored once). The bytes depend only on the plans, so regenerating from the same plans gives the same file.
    /// This is how the built-in catalogue is made (tool <c>tools/Scdl.Budget.CatalogBuilder</c>).
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ScdlFormatException">A plan of the catalogue is not readable.</exception>
    public void WriteCompact(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CompactCatalog.Write([.. Nomenclatures.Select(id => plans[id].Value)], stream);
    }

    /// <summary>Gets the plan of exactly this year, norme and déclinaison.</summary>
    /// <param name="id">The plan wanted.</param>
    /// <returns>The plan, or <see langword="null"/> when the catalogue does not have it.</returns>
    /// <exception cref="ScdlFormatException">The plan's file is not readable.</exception>
    public PlanDeComptes? GetPlan(NomenclatureId id) => plans.TryGetValue(id, out var plan) ? plan.Value : null;

    /// <summary>Gets a lookup for a nomenclature and year, falling back to the nearest years of the same nomenclature.</summary>
    /// <param name="id">The year, norme and déclinaison.</param>
    /// <returns>The lookup; it answers nothing when the catalogue has no plan of that norme and déclinaison (see <see cref="PlanLookup.HasPlans"/>).</returns>
    public PlanLookup For(NomenclatureId id) => new(this, id);

    /// <summary>Gets a lookup for a nomenclature and year.</summary>
    /// <param name="year">The budget year, such as 2022.</param>
    /// <param name="norme">The norme, such as <c>M14</c>.</param>
    /// <param name="declinaison">The déclinaison, such as <c>M14_COM_500_3500</c>.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentException"><paramref name="norme"/> or <paramref name="declinaison"/> is null or blank.</exception>
    public PlanLookup For(int year, string norme, string declinaison) => For(new NomenclatureId(year, norme, declinaison));

    /// <summary>Gets a lookup for a year and a nomenclature written as TOTEM does (<c>M14-M14_COM_500_3500</c>).</summary>
    /// <param name="year">The budget year (TOTEM <c>Exer</c>).</param>
    /// <param name="nomenclature">The TOTEM <c>Nomenclature</c> value, <c>Norme-Declinaison</c>.</param>
    /// <returns>The lookup.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomenclature"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="nomenclature"/> is not <c>Norme-Declinaison</c>.</exception>
    public PlanLookup For(int year, string nomenclature) => For(NomenclatureId.Parse(year, nomenclature));

    /// <summary>
    /// Gets the key <see cref="MayHave(int, PlanCodeKind, int)"/> takes for a code: for a compact
    /// catalogue, the code's place among its strings (-1 when no plan has it); otherwise 0 (no filter).
    /// </summary>
    internal int CodeKey(string code) => compact?.FindCode(code) ?? 0;

    /// <summary>
    /// Tells whether a plan (by <see cref="CompactIndexOf(NomenclatureId)"/>) may have a code of a kind, without building the plan when the catalogue is compact
    /// (elsewhere, always <see langword="true"/>: the plan itself answers). A <see langword="false"/> is certain.
    /// </summary>
    internal bool MayHave(int compactIndex, PlanCodeKind kind, int codeKey) => compact is null || compactIndex < 0 || compact.Has(compactIndex, kind, codeKey);

    /// <summary>
    /// Finds a code's record in a plan of the compact catalogue without building the plan (see
    /// <see cref="CompactCatalogReader.Find(int, PlanCodeKind, int)"/>): what the plan would answer, the same object.
    /// </summary>
    /// <param name="compactIndex">The plan, by <see cref="CompactIndexOf(NomenclatureId)"/>; not -1.</param>
    /// <param name="kind">The list to look in.</param>
    /// <param name="codeKey">The code, by <see cref="CodeKey(string)"/>.</param>
    /// <returns>The record, or <see langword="null"/> when the plan does not have the code.</returns>
    internal object? FindCompact(int compactIndex, PlanCodeKind kind, int codeKey) => compact!.Find(compactIndex, kind, codeKey);

    /// <summary>Gets the index of a plan in the compact catalogue, for <see cref="MayHave(int, PlanCodeKind, int)"/>; -1 otherwise.</summary>
    internal int CompactIndexOf(NomenclatureId id) => compactIndex is not null && compactIndex.TryGetValue(id, out var index) ? index : -1;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Plan catalogue ({plans.Count} plans)");

    private static PlanCatalog LoadBuiltIn()
    {
        using var stream = typeof(PlanCatalog).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException("The built-in catalogue of plans de comptes is missing from the assembly.");
        return LoadCompact(stream);
    }
}
