using System.Xml;

namespace Scdl.Budget.Totem.Internal;

/// <summary>The element and attribute names of TOTEM, atomized in one reader's name table so that names compare by reference.</summary>
internal sealed class TotemNames
{
    public TotemNames(XmlNameTable table)
    {
        DocumentBudgetaire = table.Add("DocumentBudgetaire");
        CompteFinancierUnique = table.Add("CompteFinancierUnique");
        VersionSchema = table.Add("VersionSchema");
        EnTeteDocBudgetaire = table.Add("EnTeteDocBudgetaire");
        LibelleColl = table.Add("LibelleColl");
        IdColl = table.Add("IdColl");
        Budget = table.Add("Budget");
        EnTeteBudget = table.Add("EnTeteBudget");
        LibelleEtab = table.Add("LibelleEtab");
        IdEtab = table.Add("IdEtab");
        Nomenclature = table.Add("Nomenclature");
        BlocBudget = table.Add("BlocBudget");
        NatDec = table.Add("NatDec");
        Exer = table.Add("Exer");
        NatFonc = table.Add("NatFonc");
        CodTypBud = table.Add("CodTypBud");
        IdEtabPal = table.Add("IdEtabPal");
        LigneBudget = table.Add("LigneBudget");
        Nature = table.Add("Nature");
        ContNat = table.Add("ContNat");
        ChapitreNature = table.Add("ChapitreNature");
        Fonction = table.Add("Fonction");
        Operation = table.Add("Operation");
        LibCpte = table.Add("LibCpte");
        CodRD = table.Add("CodRD");
        OpBudg = table.Add("OpBudg");
        TypOpBudg = table.Add("TypOpBudg");
        ArtSpe = table.Add("ArtSpe");
        CaracSup = table.Add("CaracSup");
        MtReal = table.Add("MtReal");
        MtBudgPrec = table.Add("MtBudgPrec");
        MtRARPrec = table.Add("MtRARPrec");
        MtPropNouv = table.Add("MtPropNouv");
        MtPrev = table.Add("MtPrev");
        CredOuv = table.Add("CredOuv");
        MtRAR3112 = table.Add("MtRAR3112");
        OpeCpteTiers = table.Add("OpeCpteTiers");
        Annexes = table.Add("Annexes");
        DataEmprunt = table.Add("DATA_EMPRUNT");
        Emprunt = table.Add("EMPRUNT");
        CodTypEmpr = table.Add("CodTypEmpr");
        MtCapitalRestDu0101 = table.Add("MtCapitalRestDu_01_01");
        MtCapitalRestDu3112 = table.Add("MtCapitalRestDu_31_12");
        Calculated = table.Add("calculated");
        V = table.Add("V");
        Code = table.Add("Code");
    }

    public string DocumentBudgetaire { get; }

    public string CompteFinancierUnique { get; }

    public string VersionSchema { get; }

    public string EnTeteDocBudgetaire { get; }

    public string LibelleColl { get; }

    public string IdColl { get; }

    public string Budget { get; }

    public string EnTeteBudget { get; }

    public string LibelleEtab { get; }

    public string IdEtab { get; }

    public string Nomenclature { get; }

    public string BlocBudget { get; }

    public string NatDec { get; }

    public string Exer { get; }

    public string NatFonc { get; }

    public string CodTypBud { get; }

    public string IdEtabPal { get; }

    public string LigneBudget { get; }

    public string Nature { get; }

    public string ContNat { get; }

    public string ChapitreNature { get; }

    public string Fonction { get; }

    public string Operation { get; }

    public string LibCpte { get; }

    public string CodRD { get; }

    public string OpBudg { get; }

    public string TypOpBudg { get; }

    public string ArtSpe { get; }

    public string CaracSup { get; }

    public string MtReal { get; }

    public string MtBudgPrec { get; }

    public string MtRARPrec { get; }

    public string MtPropNouv { get; }

    public string MtPrev { get; }

    public string CredOuv { get; }

    public string MtRAR3112 { get; }

    public string OpeCpteTiers { get; }

    public string Annexes { get; }

    public string DataEmprunt { get; }

    public string Emprunt { get; }

    public string CodTypEmpr { get; }

    public string MtCapitalRestDu0101 { get; }

    public string MtCapitalRestDu3112 { get; }

    public string Calculated { get; }

    public string V { get; }

    public string Code { get; }
}
