<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FactWording</name>
    <message>
        <source>central authority to central authority</source>
        <translation>d’autorité centrale à autorité centrale</translation>
    </message>
    <message>
        <source>diplomatic channel</source>
        <translation>voie diplomatique</translation>
    </message>
    <message>
        <source>INTERPOL (urgent cases)</source>
        <translation>INTERPOL (cas urgents)</translation>
    </message>
    <message>
        <source>directly between judicial authorities</source>
        <translation>directement entre autorités judiciaires</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non exigée</translation>
    </message>
    <message>
        <source>Required for coercive measures only</source>
        <translation>Exigée pour les seules mesures coercitives</translation>
    </message>
    <message>
        <source>Required for every measure</source>
        <translation>Exigée pour toute mesure</translation>
    </message>
    <message>
        <source>No certification needed</source>
        <translation>Aucune certification exigée</translation>
    </message>
    <message>
        <source>Certified translation</source>
        <translation>Traduction certifiée</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>Traduction assermentée</translation>
    </message>
    <message>
        <source>No evidence of guilt required</source>
        <translation>Aucune preuve de culpabilité exigée</translation>
    </message>
    <message>
        <source>Record of the case</source>
        <translation>Dossier de l’affaire (record of the case)</translation>
    </message>
    <message>
        <source>Reasonable grounds</source>
        <translation>Motifs raisonnables</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Motif probable (probable cause)</translation>
    </message>
    <message>
        <source>Prima facie case</source>
        <translation>Charges suffisantes à première vue (prima facie)</translation>
    </message>
    <message>
        <source>the death penalty will not be imposed or carried out</source>
        <translation>la peine de mort ne sera ni prononcée ni exécutée</translation>
    </message>
    <message>
        <source>a fair trial</source>
        <translation>un procès équitable</translation>
    </message>
    <message>
        <source>no life imprisonment without review</source>
        <translation>pas de réclusion à perpétuité sans réexamen</translation>
    </message>
    <message>
        <source>no torture or ill-treatment</source>
        <translation>ni torture ni mauvais traitements</translation>
    </message>
    <message>
        <source>Apostille</source>
        <translation>Apostille</translation>
    </message>
    <message>
        <source>Consular legalisation</source>
        <translation>Légalisation consulaire</translation>
    </message>
    <message>
        <source>Any measure</source>
        <translation>Toute mesure</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Perquisition et saisie</translation>
    </message>
    <message>
        <source>Production of records</source>
        <translation>Production de documents</translation>
    </message>
    <message>
        <source>Content data</source>
        <translation>Données de contenu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium to high</source>
        <translation>moyenne à élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>medium to low</source>
        <translation>moyenne à faible</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>e.g. FR</source>
        <translation>p. ex. FR</translation>
    </message>
</context>
<context>
    <name>LegalBasisDialog</name>
    <message>
        <source>Corruption</source>
        <translation>Corruption</translation>
    </message>
    <message>
        <source>Money laundering</source>
        <translation>Blanchiment d’argent</translation>
    </message>
    <message>
        <source>Drug trafficking</source>
        <translation>Trafic de stupéfiants</translation>
    </message>
    <message>
        <source>Organized crime</source>
        <translation>Criminalité organisée</translation>
    </message>
    <message>
        <source>Cybercrime</source>
        <translation>Cybercriminalité</translation>
    </message>
    <message>
        <source>Electronic evidence of any offence</source>
        <translation>Preuve électronique de toute infraction</translation>
    </message>
    <message>
        <source>Other serious crime</source>
        <translation>Autre infraction grave</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MLA case files (*.%1);;All files (*)</source>
        <translation>Dossiers d’entraide (*.%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StatePackPanel</name>
    <message>
        <source>Central authority (MLA)</source>
        <translation>Autorité centrale (entraide)</translation>
    </message>
    <message>
        <source>Extradition authority</source>
        <translation>Autorité d’extradition</translation>
    </message>
    <message>
        <source>Authority under the UN conventions</source>
        <translation>Autorité désignée au titre des conventions des Nations Unies</translation>
    </message>
    <message>
        <source>Accepted languages</source>
        <translation>Langues acceptées</translation>
    </message>
    <message>
        <source>Translation certification</source>
        <translation>Certification des traductions</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Voies de transmission</translation>
    </message>
    <message>
        <source>Dual criminality</source>
        <translation>Double incrimination</translation>
    </message>
    <message>
        <source>Evidentiary thresholds</source>
        <translation>Seuils de preuve</translation>
    </message>
    <message>
        <source>Evidence for extradition</source>
        <translation>Preuves requises pour l’extradition</translation>
    </message>
    <message>
        <source>Extradition needs a treaty</source>
        <translation>L’extradition exige un traité</translation>
    </message>
    <message>
        <source>UN conventions accepted as treaty</source>
        <translation>Conventions des Nations Unies acceptées comme base conventionnelle</translation>
    </message>
    <message>
        <source>Extradites its nationals</source>
        <translation>Extrade ses ressortissants</translation>
    </message>
    <message>
        <source>Assurances required</source>
        <translation>Garanties exigées</translation>
    </message>
    <message>
        <source>Legalisation</source>
        <translation>Légalisation</translation>
    </message>
    <message>
        <source>Formal requirements</source>
        <translation>Exigences de forme</translation>
    </message>
    <message>
        <source>Special rules</source>
        <translation>Règles particulières</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Confiscation</translation>
    </message>
    <message>
        <source>Processing advice</source>
        <translation>Conseils de traitement</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>A case groups the requests of one domestic proceeding.</source>
        <translation>Une affaire regroupe les demandes d’une même procédure nationale.</translation>
    </message>
    <message>
        <source>e.g. EC-2026-0142</source>
        <translation>p. ex. EC-2026-0142</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer l’affaire</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Créer la demande</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The file has no signature.</source>
        <translation>Le fichier ne porte aucune signature.</translation>
    </message>
    <message>
        <source>At least one signature is NOT valid.</source>
        <translation>Au moins une signature n’est PAS valide.</translation>
    </message>
    <message>
        <source>The signatures are valid, but the file was changed or extended after the last one.</source>
        <translation>Les signatures sont valides, mais le fichier a été modifié ou complété après la dernière.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid; the last one covers the whole file.</source>
        <translation>
            <numerusform>%n signature, valide ; elle couvre tout le fichier.</numerusform>
            <numerusform>%n signatures, toutes valides ; la dernière couvre tout le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with a TRAINING certificate: it proves nothing outside training.</source>
        <translation>Faite avec un certificat de FORMATION : elle ne prouve rien hors formation.</translation>
    </message>
    <message>
        <source>Whether the signers&apos; certificates are trusted was not checked: choose File ▸ Set Trust Anchors Folder.</source>
        <translation>La confiance dans les certificats des signataires n’a pas été vérifiée : choisissez Fichier ▸ Dossier des certificats de confiance.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Drafting, validating and exporting requests for mutual legal assistance.</source>
        <translation>Rédaction, contrôle et export des demandes d’entraide judiciaire.</translation>
    </message>
    <message>
        <source>The case file to open instead of the default one. A file that does not exist yet is created with the fictional demo case.</source>
        <translation>Le fichier d’affaires à ouvrir au lieu du fichier par défaut. Un fichier qui n’existe pas encore est créé avec l’affaire fictive de démonstration.</translation>
    </message>
    <message>
        <source>Cannot create case file</source>
        <translation>Impossible de créer le fichier d’affaires</translation>
    </message>
    <message>
        <source>The case file %1 could not be created.

%2</source>
        <translation>Le fichier d’affaires %1 n’a pas pu être créé.

%2</translation>
    </message>
    <message>
        <source>The language of the interface: %1.</source>
        <translation>La langue de l’interface : %1.</translation>
    </message>
</context>
<context>
    <name>mla::ui::CaseTreeModel</name>
    <message>
        <source>Untitled case</source>
        <translation>Affaire sans titre</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)</source>
        <translation>Affaire %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>mla::ui::ExportPage</name>
    <message>
        <source>Preview and export</source>
        <translation>Aperçu et export</translation>
    </message>
    <message>
        <source>The letter of request as it will be printed. Save it as PDF/A or DOCX, or sign it; the case file keeps a record of every saved copy.</source>
        <translation>La demande telle qu’elle sera imprimée. Enregistrez-la en PDF/A ou en DOCX, ou signez-la ; le fichier d’affaires garde la trace de chaque copie enregistrée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>PDF/A</source>
        <translation>PDF/A</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Latin transcription of names</source>
        <translation>Transcription latine des noms</translation>
    </message>
    <message>
        <source>Prints a transcription beside names written in another script; the name itself always prints as typed.</source>
        <translation>Imprime une transcription à côté des noms écrits dans une autre écriture ; le nom lui-même est toujours imprimé tel que saisi.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Side by side with:</source>
        <translation>En regard de :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compose the letter again from the current values.</source>
        <translation>Recomposer la demande à partir des valeurs actuelles.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Sign and save PDF…</source>
        <translation>Signer et enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Sign the PDF/A letter with your certificate (PAdES) and save it as a new file.</source>
        <translation>Signer la demande PDF/A avec votre certificat (PAdES) et l’enregistrer dans un nouveau fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n page</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking finding</source>
        <translation>
            <numerusform>%n constat bloquant</numerusform>
            <numerusform>%n constats bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking findings</source>
        <translation>
            <numerusform>%n constat bloquant</numerusform>
            <numerusform>%n constats bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>This request still has %1. You can save the PDF as a draft, but the request is not ready to be sent.</source>
        <translation>Cette demande présente encore %1. Vous pouvez enregistrer le PDF comme projet, mais la demande n’est pas prête à être envoyée.</translation>
    </message>
    <message>
        <source>&amp;Save draft…</source>
        <translation>Enregistrer le &amp;projet…</translation>
    </message>
    <message>
        <source>%1 free-text fields are written in another language and print as typed: translate them into %2 before sending (the app never translates what you wrote).</source>
        <translation>%1 champs de texte libre sont rédigés dans une autre langue et seront imprimés tels quels : traduisez-les en %2 avant l’envoi (l’application ne traduit jamais ce que vous avez écrit).</translation>
    </message>
    <message>
        <source>The letter could not be composed: %1</source>
        <translation>La demande n’a pas pu être composée : %1</translation>
    </message>
    <message>
        <source>The PDF could not be rendered: %1</source>
        <translation>Le PDF n’a pas pu être produit : %1</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>Save signed PDF</source>
        <translation>Enregistrer le PDF signé</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signing and saving the letter…</source>
        <translation>Signature et enregistrement de la demande…</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>Enregistrement de la demande…</translation>
    </message>
    <message>
        <source>The letter could not be saved:
%1</source>
        <translation>La demande n’a pas pu être enregistrée :
%1</translation>
    </message>
    <message>
        <source>The letter was saved, but it could not be recorded in the case file:
%1</source>
        <translation>La demande a été enregistrée, mais elle n’a pas pu être consignée dans le fichier d’affaires :
%1</translation>
    </message>
    <message>
        <source>Saved as a draft to %1</source>
        <translation>Enregistrée comme projet dans %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source> — signed by %1</source>
        <translation> — signée par %1</translation>
    </message>
    <message>
        <source> (TRAINING certificate)</source>
        <translation> (certificat de FORMATION)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
</context>
<context>
    <name>mla::ui::FindingsPanel</name>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>%p % complete</source>
        <translation>Complète à %p %</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocking findings must be resolved before the request is sent. Warnings point at content that central authorities commonly expect.</source>
        <translation>Les constats bloquants doivent être levés avant l’envoi de la demande. Les avertissements signalent des éléments que les autorités centrales attendent habituellement.</translation>
    </message>
    <message>
        <source>%1 of %2 applicable checks are met.</source>
        <translation>%1 des %2 contrôles applicables sont satisfaits.</translation>
    </message>
    <message>
        <source>The request cannot be checked: %1</source>
        <translation>La demande ne peut pas être contrôlée : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Requested state: %1</source>
        <translation>État requis : %1</translation>
    </message>
    <message>
        <source>To be verified: this rule has not yet been checked against the legal source.</source>
        <translation>À vérifier : cette règle n’a pas encore été confrontée à sa source juridique.</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Click to go to the field.</source>
        <translation>Cliquez pour aller au champ.</translation>
    </message>
    <message>
        <source>No findings: the request meets every requirement of the templates that apply to it.</source>
        <translation>Aucun constat : la demande remplit toutes les exigences des modèles qui s’y appliquent.</translation>
    </message>
</context>
<context>
    <name>mla::ui::LegalBasisDialog</name>
    <message>
        <source>Legal basis assistant</source>
        <translation>Assistant de base juridique</translation>
    </message>
    <message>
        <source>Instruments that can serve as the legal basis between the two states, from the treaty-status table. Check party status and reservations before relying on one.</source>
        <translation>Instruments pouvant servir de base juridique entre les deux États, d’après la table de l’état des traités. Vérifiez la qualité de partie et les réserves avant de vous fonder sur l’un d’eux.</translation>
    </message>
    <message>
        <source>Requesting state (ISO code):</source>
        <translation>État requérant (code ISO) :</translation>
    </message>
    <message>
        <source>Requested state (ISO code):</source>
        <translation>État requis (code ISO) :</translation>
    </message>
    <message>
        <source>Offences:</source>
        <translation>Infractions :</translation>
    </message>
    <message>
        <source>Use this instrument</source>
        <translation>Utiliser cet instrument</translation>
    </message>
    <message>
        <source>The treaty data could not be loaded: %1</source>
        <translation>Les données sur les traités n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Enter the ISO codes of both states (for example DE and FR).</source>
        <translation>Saisissez les codes ISO des deux États (par exemple DE et FR).</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>both states are parties</source>
        <translation>les deux États sont parties</translation>
    </message>
    <message>
        <source>party status unknown</source>
        <translation>qualité de partie inconnue</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Treaty status as of %1.</source>
        <translation>État des traités au %1.</translation>
    </message>
    <message>
        <source>Use %1 as the legal basis</source>
        <translation>Utiliser %1 comme base juridique</translation>
    </message>
</context>
<context>
    <name>mla::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Case File…</source>
        <translation>&amp;Nouveau fichier d’affaires…</translation>
    </message>
    <message>
        <source>&amp;Open Case File…</source>
        <translation>&amp;Ouvrir un fichier d’affaires…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Verify Signed PDF…</source>
        <translation>&amp;Vérifier un PDF signé…</translation>
    </message>
    <message>
        <source>Set &amp;Trust Anchors Folder…</source>
        <translation>Dossier des &amp;certificats de confiance…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>New &amp;Case…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation>Nouvelle &amp;demande</translation>
    </message>
    <message>
        <source>Add a request (MLA, extradition, confiscation, transfer) to the selected case.</source>
        <translation>Ajouter une demande (entraide, extradition, confiscation, transmission) à l’affaire sélectionnée.</translation>
    </message>
    <message>
        <source>Re&amp;name Request…</source>
        <translation>Re&amp;nommer la demande…</translation>
    </message>
    <message>
        <source>&amp;Delete Request…</source>
        <translation>&amp;Supprimer la demande…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About MLA Request Writer</source>
        <translation>À &amp;propos de MLA Request Writer</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 n’a pas pu être ouvert.

%2</translation>
    </message>
    <message>
        <source>%1 remains open.</source>
        <translation>%1 reste ouvert.</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>Impossible d’ouvrir le fichier d’affaires</translation>
    </message>
    <message>
        <source>The case file was upgraded; the previous version was kept in %1.</source>
        <translation>Le fichier d’affaires a été mis à niveau ; la version précédente a été conservée dans %1.</translation>
    </message>
    <message>
        <source>Cannot open request</source>
        <translation>Impossible d’ouvrir la demande</translation>
    </message>
    <message>
        <source>The request could not be opened.

%1</source>
        <translation>La demande n’a pas pu être ouverte.

%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau fichier d’affaires</translation>
    </message>
    <message>
        <source>cases.%1</source>
        <translation>affaires.%1</translation>
    </message>
    <message>
        <source>Cannot create case file</source>
        <translation>Impossible de créer le fichier d’affaires</translation>
    </message>
    <message>
        <source>The case file %1 could not be created.

%2</source>
        <translation>Le fichier d’affaires %1 n’a pas pu être créé.

%2</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un fichier d’affaires</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>The case could not be created.

%1</source>
        <translation>L’affaire n’a pas pu être créée.

%1</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Select the case the request belongs to first.</source>
        <translation>Sélectionnez d’abord l’affaire à laquelle la demande appartient.</translation>
    </message>
    <message>
        <source>The request could not be created.

%1</source>
        <translation>La demande n’a pas pu être créée.

%1</translation>
    </message>
    <message>
        <source>Verify signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder of trusted certificates (PEM)</source>
        <translation>Dossier des certificats de confiance (PEM)</translation>
    </message>
    <message>
        <source>Rename request</source>
        <translation>Renommer la demande</translation>
    </message>
    <message>
        <source>Title of the request:</source>
        <translation>Titre de la demande :</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Demande sans titre</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Delete the request “%1” and everything entered in it?

This cannot be undone.</source>
        <translation>Supprimer la demande « %1 » et tout ce qui y a été saisi ?

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>The request could not be deleted.

%1</source>
        <translation>La demande n’a pas pu être supprimée.

%1</translation>
    </message>
    <message>
        <source>About MLA Request Writer</source>
        <translation>À propos de MLA Request Writer</translation>
    </message>
    <message>
        <source>MLA Request Writer %1

Drafting, validating and exporting requests for mutual legal assistance in criminal matters.

This program is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>MLA Request Writer %1

Rédaction, contrôle et export des demandes d’entraide judiciaire en matière pénale.

Ce programme est un logiciel libre, distribué sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Every change is saved automatically</source>
        <translation>Chaque modification est enregistrée automatiquement</translation>
    </message>
    <message>
        <source>Select a request in the list on the left,
or create one with Case ▸ New Request.</source>
        <translation>Sélectionnez une demande dans la liste de gauche,
ou créez-en une avec Affaire ▸ Nouvelle demande.</translation>
    </message>
    <message>
        <source>No case file is open.
Open one with File ▸ Open Case File, or create one with File ▸ New Case File.</source>
        <translation>Aucun fichier d’affaires n’est ouvert.
Ouvrez-en un avec Fichier ▸ Ouvrir un fichier d’affaires, ou créez-en un avec Fichier ▸ Nouveau fichier d’affaires.</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Toutes les modifications sont enregistrées (%1)</translation>
    </message>
    <message>
        <source>Every change is written to %1 at once.</source>
        <translation>Chaque modification est écrite immédiatement dans %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>%1: the interface changes to this language the next time you start MLA Request Writer.</source>
        <translation>%1 : l’interface passera à cette langue au prochain démarrage de MLA Request Writer.</translation>
    </message>
    <message>
        <source>The letter is still being saved. Wait until it is done.</source>
        <translation>La lettre est en cours d’enregistrement. Attendez la fin de l’opération.</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>These fields could not be saved to the case file: %1.

%2

Close the request anyway? What you typed in them will be lost.</source>
        <translation>Ces champs n’ont pas pu être enregistrés dans le dossier : %1.

%2

Fermer quand même la demande ? Ce que vous y avez saisi sera perdu.</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Not saved (%1): %2</source>
        <translation>Non enregistré (%1) : %2</translation>
    </message>
    <message>
        <source>&amp;Export Letter…</source>
        <translation>&amp;Exporter la lettre…</translation>
    </message>
    <message>
        <source>Go to the preview and save the letter as PDF or DOCX.</source>
        <translation>Aller à l’aperçu et enregistrer la lettre en PDF ou DOCX.</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
</context>
<context>
    <name>mla::ui::RequestEditor</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>%1. Preview and export</source>
        <translation>%1. Aperçu et export</translation>
    </message>
    <message>
        <source>See the letter as it will be printed and save it as a PDF.</source>
        <translation>Voir la demande telle qu’elle sera imprimée et l’enregistrer en PDF.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>No requirement template applies to requests of type %1.</source>
        <translation>Aucun modèle d’exigences ne s’applique aux demandes de type %1.</translation>
    </message>
    <message>
        <source>Suggest a legal basis…</source>
        <translation>Proposer une base juridique…</translation>
    </message>
    <message>
        <source>Find the conventions both states are party to for this request.</source>
        <translation>Trouver les conventions auxquelles les deux États sont parties pour cette demande.</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Aucune entrée pour l’instant.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No entries yet. Use “Add %1” below.</source>
        <translation>Aucune entrée pour l’instant. Utilisez « Ajouter : %1 » ci-dessous.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mla::ui::SignDialog</name>
    <message>
        <source>Sign the request</source>
        <translation>Signer la demande</translation>
    </message>
    <message>
        <source>The signed PDF is written to a new file; the unsigned letter is not changed. The passphrase is used once and not stored.</source>
        <translation>Le PDF signé est écrit dans un nouveau fichier ; la demande non signée n’est pas modifiée. La phrase secrète sert une seule fois et n’est pas conservée.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>Certificats PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Certificate (PKCS#12):</source>
        <translation>Certificat (PKCS#12) :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>The certificate&apos;s name</source>
        <translation>Le nom du certificat</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <source>I am the author of this request</source>
        <translation>Je suis l’auteur de cette demande</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Show a signature block on the last page</source>
        <translation>Afficher un cartouche de signature sur la dernière page</translation>
    </message>
    <message>
        <source>PAdES (ETSI.CAdES.detached)</source>
        <translation>PAdES (ETSI.CAdES.detached)</translation>
    </message>
    <message>
        <source>Older readers (adbe.pkcs7.detached)</source>
        <translation>Lecteurs anciens (adbe.pkcs7.detached)</translation>
    </message>
    <message>
        <source>Signature format:</source>
        <translation>Format de signature :</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Signer et enregistrer…</translation>
    </message>
</context>
<context>
    <name>mla::ui::StatePackPanel</name>
    <message>
        <source>Fact</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What the app knows</source>
        <translation>Ce que l’application sait</translation>
    </message>
    <message>
        <source>Choose the requested state to see what the app knows about its requirements.</source>
        <translation>Choisissez l’État requis pour voir ce que l’application sait de ses exigences.</translation>
    </message>
    <message>
        <source>%1 (%2): state pack, confidence %3, as of %4</source>
        <translation>%1 (%2) : fiche pays, fiabilité %3, au %4</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2): no pack of its own; the UN conventions&apos; default rules apply, completed with what the state notified to the depositary.</source>
        <translation>%1 (%2) : pas de fiche propre ; les règles par défaut des conventions des Nations Unies s’appliquent, complétées par ce que l’État a notifié au dépositaire.</translation>
    </message>
    <message>
        <source> — to be verified</source>
        <translation> — à vérifier</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>mla::ui::VerificationDialog</name>
    <message>
        <source>Signatures of %1</source>
        <translation>Signatures de %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>TRAINING certificate: not a real signature</source>
        <translation>Certificat de FORMATION : ce n’est pas une vraie signature</translation>
    </message>
    <message>
        <source>Claimed time</source>
        <translation>Heure déclarée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Covers the whole file</source>
        <translation>Couvre tout le fichier</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Modifié après la signature</translation>
    </message>
    <message>
        <source>Digest matches</source>
        <translation>L’empreinte correspond</translation>
    </message>
    <message>
        <source>Signature verifies</source>
        <translation>La signature se vérifie</translation>
    </message>
    <message>
        <source>Certificate valid at that time</source>
        <translation>Certificat valide à ce moment</translation>
    </message>
    <message>
        <source>not checked (no trust anchors configured)</source>
        <translation>non vérifié (aucun certificat de confiance configuré)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>pas de confiance : %1</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
</TS>
