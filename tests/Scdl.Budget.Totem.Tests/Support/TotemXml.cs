using System.Text;

namespace Scdl.Budget.Totem.Tests.Support;

/// <summary>Builds small TOTEM documents for tests.</summary>
internal static class TotemXml
{
    public const string Crach = "21560046100085";

    public static string Document(string lines, string natDec = "01", string exer = "2022", string idEtab = Crach, string nomenclature = "M14-M14_COM_500_3500", string extraHeader = "") =>
        $"""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
          <VersionSchema V="100"/>
          <EnTeteDocBudgetaire>
            <LibelleColl V="CRACH"/>
            <IdColl V="{Crach}"/>
          </EnTeteDocBudgetaire>
          <Budget>
            <EnTeteBudget>
              <LibelleEtab V="LOTISSEMENT LE BOCENO"/>
              <IdEtab V="{idEtab}"/>
              <Nomenclature V="{nomenclature}"/>
            </EnTeteBudget>
            <BlocBudget>
              <NatDec V="{natDec}"/>
              <Exer V="{exer}"/>
              <NatFonc V="1"/>
              <CodTypBud V="A"/>
              <IdEtabPal V="21560046100010"/>{extraHeader}
            </BlocBudget>
            <InformationsGenerales>
              <Information Code="PopTot" V="3 446"/>
            </InformationsGenerales>
        {lines}
          </Budget>
        </DocumentBudgetaire>
        """;

    public static string Line(string inner, string attributes = "") => $"    <LigneBudget{attributes}>{inner}</LigneBudget>";

    public static string Expense6045 => Line("""<Nature V="6045"/><ContNat V="011"/><ArtSpe V="false"/><CodRD V="D"/><MtBudgPrec V="40000.00"/><MtPropNouv V="15000.00"/><MtPrev V="15000.00"/><CredOuv V="15000.00"/><OpBudg V="0"/><MtSup V="40000.00" Code="BudgetHorsRAR"/><CaracSup V="F" Code="Section"/>""");

    public static MemoryStream Stream(string xml) => new(Encoding.Latin1.GetBytes(xml), writable: false);
}
