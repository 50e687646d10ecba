# Source of src/Scdl.Budget.Cli/Resources/CliText{,.fr}.resx: (key, English, French). Run: python3 tools/cli_strings.py
S = [
 ("Root.Description", "Convert, validate, normalise and summarise French local-authority budget open data (SCDL scdl/budget 0.8.x). Exit codes: 0 no error, 1 errors found, 2 unreadable input or wrong usage.", "Convertir, valider, normaliser et résumer les données budgétaires des collectivités (SCDL scdl/budget 0.8.x). Codes de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 entrée illisible ou commande mal formée."),
 ("Option.Lang", "Language of messages and reports: fr or en (default: the system's).", "Langue des messages et rapports : fr ou en (par défaut : celle du système)."),
 ("Option.Format", "Report format: text, json or html.", "Format du rapport : text, json ou html."),
 ("Option.Quiet", "Print nothing but problems with files; the exit code tells the result.", "N'afficher que les problèmes de fichiers ; le code de sortie donne le résultat."),
 ("Option.Force", "Allow writing over an existing output file (never over an input).", "Autoriser l'écrasement d'un fichier de sortie existant (jamais d'une entrée)."),
 ("Option.Parallel", "Files processed at the same time (default: up to 4, by processor count).", "Nombre de fichiers traités en même temps (par défaut : jusqu'à 4, selon les processeurs)."),
 ("Option.Parallel.Invalid", "--parallel must be 0 or more.", "--parallel doit valoir 0 ou plus."),
 ("Option.SchemaVersion", "Version of scdl/budget to check against.", "Version de scdl/budget à vérifier."),
 ("Option.Convention", "Which column holds the account: schema (BGT_CONTNAT = account, as the schema says) or totem (BGT_CONTNAT = chapter, as the TOTEM converters write).", "Colonne qui porte le compte : schema (BGT_CONTNAT = compte, selon le schéma) ou totem (BGT_CONTNAT = chapitre, comme les convertisseurs TOTEM)."),
 ("Option.MaxFindings", "Most findings listed per file (all are counted).", "Nombre maximal de constats listés par fichier (tous sont comptés)."),
 ("Validate.Description", "Check SCDL Budget CSV files against scdl/budget and say what is wrong, where, and how to fix it.", "Vérifier des fichiers CSV SCDL Budget selon scdl/budget et dire ce qui ne va pas, où, et comment corriger."),
 ("Validate.Inputs", "CSV files, or directories of .csv files.", "Fichiers CSV, ou dossiers de fichiers .csv."),
 ("Validate.Output", "Write the report to this file (one input) or directory (several), instead of the screen.", "Écrire le rapport dans ce fichier (une entrée) ou ce dossier (plusieurs), au lieu de l'écran."),
 ("Convert.Description", "Convert TOTEM XML budget documents (DocumentBudgetaire, CompteFinancierUnique) to SCDL Budget CSV, validating what is written.", "Convertir des documents budgétaires TOTEM XML (DocumentBudgetaire, CompteFinancierUnique) en CSV SCDL Budget, en validant ce qui est écrit."),
 ("Normalize.Description", "Rewrite any readable SCDL Budget CSV as a canonical file, listing every change.", "Réécrire tout CSV SCDL Budget lisible en fichier canonique, en listant chaque modification."),
 ("Summary.Description", "Show the totals per section, direction and real/order kind, by chapter, and the balance checks.", "Afficher les totaux par section, sens et type réel/ordre, par chapitre, et les contrôles d'équilibre."),
 ("Explain.Description", "Say what a finding code means and how to fix it; without a code, list every code.", "Dire ce que signifie un code de constat et comment corriger ; sans code, lister tous les codes."),
 ("Explain.Code", "A finding code, such as SCDL202.", "Un code de constat, par exemple SCDL202."),
 ("Explain.Unknown", "Unknown code: {0}. Run 'scdl-budget explain' for the list of codes.", "Code inconnu : {0}. Lancez « scdl-budget explain » pour la liste des codes."),
 ("Explain.Severity", "Severity: {0}", "Gravité : {0}"),
 ("Explain.Frictionless", "Frictionless / Validata type: {0}", "Type frictionless / Validata : {0}"),
 ("Explain.Fix", "How to fix it:", "Comment corriger :"),
 ("Explain.SeeAlso", "More in docs/findings.md.", "Plus de détails dans docs/findings.md."),
 ("Severity.Error", "error", "erreur"),
 ("Severity.Warning", "warning", "avertissement"),
 ("Severity.Info", "information", "information"),
 ("Input.NotFound", "{0}: no such file or directory.", "{0} : fichier ou dossier introuvable."),
 ("Input.EmptyDirectory", "{0}: no {1} file in this directory.", "{0} : aucun fichier {1} dans ce dossier."),
 ("Failure.Line", "scdl-budget: {0}: {1}", "scdl-budget : {0} : {1}"),
 ("Failure.Xml", "not well-formed XML at line {0}: {1}", "XML mal formé à la ligne {0} : {1}"),
 ("Failure.IO", "cannot read or write: {0}", "lecture ou écriture impossible : {0}"),
 ("Failure.Unexpected", "unexpected error ({0}): {1}", "erreur inattendue ({0}) : {1}"),
 ("Output.WouldOverwriteInput", "refused: the output {0} is an input file; choose another --output.", "refusé : la sortie {0} est un fichier d'entrée ; choisissez un autre --output."),
 ("Output.AlreadyWritten", "refused: the output {0} is already written for {1}.", "refusé : la sortie {0} est déjà écrite pour {1}."),
 ("Output.Exists", "refused: {0} already exists; add --force to replace it.", "refusé : {0} existe déjà ; ajoutez --force pour le remplacer."),
 ("Output.IsDirectory", "refused: {0} is a directory.", "refusé : {0} est un dossier."),
 ("Usage.HtmlNeedsOutput", "An HTML report is one page per file: with several files, give --output DIR.", "Un rapport HTML fait une page par fichier : avec plusieurs fichiers, indiquez --output DOSSIER."),
 ("NotAvailable", "The '{0}' command is not available in this build yet: the library feature it wraps has not been merged. See docs/cli.md.", "La commande « {0} » n'est pas encore disponible dans cette version : la fonction de la bibliothèque qu'elle utilise n'est pas encore intégrée. Voir docs/cli.md."),
 ("Progress.Line", "[{0}] {1}/{2} files, {3} failed, {4} lines", "[{0}] {1}/{2} fichiers, {3} en échec, {4} lignes"),
 ("Summary.Unreadable", "not processed: {0}", "non traité : {0}"),
 ("Summary.Counts", "{0} lines, {1} errors, {2} warnings", "{0} lignes, {1} erreurs, {2} avertissements"),
 ("Summary.Written", "→ {0}", "→ {0}"),
 ("Summary.Total", "{0} files: {1} without errors, {2} with errors, {3} not processed", "{0} fichiers : {1} sans erreur, {2} avec erreurs, {3} non traités"),
 ("Report.Valid", "VALID", "VALIDE"),
 ("Report.Invalid", "NOT VALID", "NON VALIDE"),
 ("Report.Counts", "{0} lines read: {1} errors, {2} warnings, {3} information", "{0} lignes lues : {1} erreurs, {2} avertissements, {3} informations"),
 ("Report.Times", "{0} times", "{0} fois"),
 ("Report.Line", "line {0}: ", "ligne {0} : "),
 ("Report.WholeFile", "whole file: ", "tout le fichier : "),
 ("Report.More", "… and {0} more", "… et {0} autres"),
 ("Report.Fix", "Fix:", "Correction :"),
]

if __name__ == "__main__":
    import os
    from xml.sax.saxutils import escape
    root = os.path.join(os.path.dirname(__file__), "..", "src", "Scdl.Budget.Cli", "Resources")
    head = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype">\n    <value>text/microsoft-resx</value>\n  </resheader>\n  <resheader name="version">\n    <value>2.0</value>\n  </resheader>\n  <resheader name="reader">\n    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>\n  </resheader>\n  <resheader name="writer">\n    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>\n  </resheader>\n'
    for name, idx in (("CliText.resx", 1), ("CliText.fr.resx", 2)):
        body = "".join(f'  <data name="{k[0]}" xml:space="preserve">\n    <value>{escape(k[idx])}</value>\n  </data>\n' for k in S)
        with open(os.path.join(root, name), "w", encoding="utf-8") as f:
            f.write(head + body + "</root>\n")
