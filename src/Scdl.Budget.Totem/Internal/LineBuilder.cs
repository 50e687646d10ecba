namespace Scdl.Budget.Totem.Internal;

/// <summary>The values of one <c>LigneBudget</c> being read (the first of each element wins).</summary>
internal sealed class LineBuilder
{
#pragma warning disable SA1401, CA1051 // Plain mutable bag, private to the reader.
    public string? Nature;
    public string? ContNat;
    public string? ChapitreNature;
    public string? Fonction;
    public string? Operation;
    public string? OpeCpteTiers;
    public string? LibCpte;
    public string? CodRD;
    public string? OpBudg;
    public string? TypOpBudg;
    public string? ArtSpe;
    public string? Section;
    public string? MtReal;
    public string? MtBudgPrec;
    public string? MtRARPrec;
    public string? MtPropNouv;
    public string? MtPrev;
    public string? CredOuv;
    public string? MtRAR3112;
#pragma warning restore SA1401, CA1051

    public LineBuilder(long lineNumber, TotemHeader header, string? parent) => Start(lineNumber, header, parent);

    public long LineNumber { get; private set; }

    public TotemHeader Header { get; private set; } = null!;

    public string? Parent { get; private set; }

    /// <summary>Starts a line; a builder is reused from one line to the next, so that reading allocates only the lines.</summary>
    public LineBuilder Start(long lineNumber, TotemHeader header, string? parent)
    {
        LineNumber = lineNumber;
        Header = header;
        Parent = parent;
        Nature = ContNat = ChapitreNature = Fonction = Operation = OpeCpteTiers = LibCpte = null;
        CodRD = OpBudg = TypOpBudg = ArtSpe = Section = null;
        MtReal = MtBudgPrec = MtRARPrec = MtPropNouv = MtPrev = CredOuv = MtRAR3112 = null;
        return this;
    }

    public TotemLine Build() => new()
    {
        LineNumber = LineNumber,
        Header = Header,
        Parent = Parent,
        Nature = Nature,
        ContNat = ContNat,
        ChapitreNature = ChapitreNature,
        Fonction = Fonction,
        Operation = Operation,
        OpeCpteTiers = OpeCpteTiers,
        LibCpte = LibCpte,
        CodRD = CodRD,
        OpBudg = OpBudg,
        TypOpBudg = TypOpBudg,
        ArtSpe = ArtSpe,
        Section = Section,
        MtReal = MtReal,
        MtBudgPrec = MtBudgPrec,
        MtRARPrec = MtRARPrec,
        MtPropNouv = MtPropNouv,
        MtPrev = MtPrev,
        CredOuv = CredOuv,
        MtRAR3112 = MtRAR3112,
    };
}
