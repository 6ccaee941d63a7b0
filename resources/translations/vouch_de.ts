<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/PdfPreviewLoader.cpp" line="+24"/>
        <source>The PDF preview cannot be shown: %1 could not be loaded (%2). Reinstall Vouch.</source>
        <translation>Die PDF-Vorschau kann nicht angezeigt werden: %1 konnte nicht geladen werden (%2). Installieren Sie Vouch neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF preview cannot be shown: %1 has no %2. Reinstall Vouch.</source>
        <translation>Die PDF-Vorschau kann nicht angezeigt werden: %1 enthält kein %2. Installieren Sie Vouch neu.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+22"/>
        <source>About Vouch</source>
        <translation>Über Vouch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouch %1</source>
        <translation>Vouch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache-2.0</source>
        <translation>Lizenz: Apache-2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;Vouch %1&lt;/h2&gt;&lt;p&gt;Readiness assessments for generative-AI workloads in regulated settings.&lt;/p&gt;&lt;p&gt;Informational only; not legal advice.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vouch %1&lt;/h2&gt;&lt;p&gt;Bereitschaftsbewertungen für Workloads mit generativer KI in regulierten Umgebungen.&lt;/p&gt;&lt;p&gt;Nur zur Information; keine Rechtsberatung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>vouch::ui::ActionPlanEditor</name>
    <message>
        <location filename="../../ui/wizard/ActionPlanEditor.cpp" line="+34"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A&amp;dd Action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Action</source>
        <translation>Maßnahme en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No finding needs an action</source>
        <translation>Kein Befund erfordert eine Maßnahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding in the list above to plan an action for it</source>
        <translation>Wählen Sie oben in der Liste einen Befund aus, um dafür eine Maßnahme zu planen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected finding is for information only and needs no action; select another one</source>
        <translation>Der ausgewählte Befund dient nur zur Information und erfordert keine Maßnahme; wählen Sie einen anderen aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an action for “%1”</source>
        <translation>Eine Maßnahme für „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Finding of action %1</source>
        <translation>Befund der Maßnahme %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (no longer raised)</source>
        <translation>%1 (nicht mehr ausgelöst)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due date of action %1</source>
        <translation>Fälligkeitsdatum der Maßnahme %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status of action %1</source>
        <translation>Status der Maßnahme %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not saved until it has a what and an owner</source>
        <translation>Wird erst gespeichert, wenn beschrieben ist, was zu tun ist und wer verantwortlich ist</translation>
    </message>
</context>
<context>
    <name>vouch::ui::AssessmentWizard</name>
    <message>
        <location filename="../../ui/wizard/AssessmentWizard.cpp" line="+45"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; the draft is kept</source>
        <translation>Assistenten schließen; der Entwurf bleibt erhalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New Assessment — Vouch</source>
        <translation>Neue Bewertung — Vouch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>%1 — Vouch</source>
        <translation>%1 — Vouch</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Answered on questionnaire %1; version %2 ships with Vouch.</source>
        <translation>Beantwortet mit Fragebogen %1; Vouch liefert Version %2 aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update to %1…</source>
        <translation>&amp;Auf %1 aktualisieren…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This assessment was changed elsewhere while you were editing it.

%1

Your edits are still in this window; nothing has been overwritten.</source>
        <translation>Diese Bewertung wurde an anderer Stelle geändert, während Sie sie bearbeitet haben.

%1

Ihre Änderungen sind noch in diesem Fenster; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed Elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save My Edits on Top</source>
        <translation>Meine Änderungen darüber speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard My Edits</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved elsewhere</source>
        <translation>An anderer Stelle gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your edits</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>changed elsewhere; your edits are kept here until you decide</source>
        <translation>an anderer Stelle geändert; Ihre Änderungen bleiben hier, bis Sie entscheiden</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Give the assessment a title first: evidence is stored with it.</source>
        <translation>Geben Sie der Bewertung zuerst einen Titel: Nachweise werden mit ihr gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 - actions.csv</source>
        <comment>file name</comment>
        <translation>%1 - Maßnahmen.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Export Action Plan</source>
        <translation>Maßnahmenplan exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action plan written to %1</source>
        <translation>Maßnahmenplan nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed; this revision can no longer change.</source>
        <translation>Unterzeichnet; diese Revision kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Without Signing?</source>
        <translation>Ohne Unterschrift schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment has not been signed. It stays in the library as a draft. Close the wizard anyway?</source>
        <translation>Diese Bewertung wurde nicht unterzeichnet. Sie bleibt als Entwurf in der Bibliothek. Den Assistenten trotzdem schließen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close Without Saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest edits could not be saved: %1

Close the wizard and lose them?</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1

Den Assistenten schließen und sie verlieren?</translation>
    </message>
</context>
<context>
    <name>vouch::ui::BulkJob</name>
    <message>
        <location filename="../../ui/BulkJob.cpp" line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the rest was not touched.</source>
        <translation>Abgebrochen; der Rest blieb unberührt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed:</source>
        <translation>%1 fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>vouch::ui::ChoiceAnswerWidget</name>
    <message>
        <location filename="../../ui/questions/ChoiceAnswerWidget.cpp" line="+18"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>vouch::ui::CountersignDialog</name>
    <message>
        <location filename="../../ui/CountersignDialog.cpp" line="+48"/>
        <source>Countersign as Approver — Vouch</source>
        <translation>Als Freigeber gegenzeichnen — Vouch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approver&apos;s &amp;identity:</source>
        <translation>&amp;Identität des Freigebers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Countersign</source>
        <translation>&amp;Gegenzeichnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Signatures you countersign&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signaturen, die Sie gegenzeichnen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this package</source>
        <translation>dieses Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are approving %1 of this assessment as it was signed: its answers, findings and the signatures below.</source>
        <translation>Sie geben %1 dieser Bewertung so frei, wie sie unterzeichnet wurde: ihre Antworten, Befunde und die Signaturen unten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signer</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed as</source>
        <translation>Unterzeichnet als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed at (UTC)</source>
        <translation>Unterzeichnet am (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no signer identity on this computer yet: create one with Tools &gt; Signer Identities first.</source>
        <translation>Auf diesem Computer gibt es noch keine Unterzeichner-Identität: Legen Sie zuerst eine unter Extras &gt; Unterzeichner-Identitäten an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key %1 already signed this as %2 (%3): the approver signs with a key of their own. Choose another identity.</source>
        <translation>Schlüssel %1 hat dies bereits als %2 unterschrieben (%3): Die freigebende Person unterschreibt mit einem eigenen Schlüssel. Wählen Sie eine andere Identität.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::DateAnswerWidget</name>
    <message>
        <location filename="../../ui/questions/DateAnswerWidget.cpp" line="+30"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date: %1</source>
        <translation>Datum leeren: %1</translation>
    </message>
</context>
<context>
    <name>vouch::ui::FindingText</name>
    <message>
        <location filename="../../ui/FindingText.cpp" line="+28"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raised by these answers:</source>
        <translation>Ausgelöst durch diese Antworten:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>vouch::ui::IntroPage</name>
    <message>
        <location filename="../../ui/wizard/IntroPage.cpp" line="+20"/>
        <source>About this assessment</source>
        <translation>Über diese Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, version %2. Name the workload and the people responsible; only the title is required.</source>
        <translation>%1, Version %2. Nennen Sie den Workload und die Verantwortlichen; nur der Titel ist Pflicht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Discharge summary drafting assistant</source>
        <translation>z. B. Assistent für Entlassbriefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workload</source>
        <translation>Wor&amp;kload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system or deployment assessed</source>
        <translation>Das bewertete System oder Deployment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business owner</source>
        <translation>Fach&amp;verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Bewerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>An assessment needs a title.</source>
        <translation>Eine Bewertung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 has reached its limit of %2 characters; more is not taken.</source>
        <translation>%1 hat die Grenze von %2 Zeichen erreicht; weitere Zeichen werden nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::LibraryModel</name>
    <message>
        <location filename="../../ui/library/LibraryModel.cpp" line="+52"/>
        <source>Every signature is valid and its key is in your trust list</source>
        <translation>Jede Signatur ist gültig und ihr Schlüssel steht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signature is valid, but its key is not in your trust list: check the key id with the signer</source>
        <translation>Eine Signatur ist gültig, aber ihr Schlüssel steht nicht in Ihrer Vertrauensliste: Prüfen Sie die Schlüssel-ID mit der unterzeichnenden Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature uses the name or e-mail of a trusted signer with another key: do not rely on it</source>
        <translation>Eine Signatur verwendet den Namen oder die E-Mail-Adresse einer vertrauenswürdigen unterzeichnenden Person mit einem anderen Schlüssel: Verlassen Sie sich nicht darauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A signature does not verify: do not rely on it</source>
        <translation>Eine Signatur ist ungültig: Verlassen Sie sich nicht darauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look-alike signer</source>
        <translation>Doppelgänger-Signatur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Draft revision %1 is not signed yet; signed revision %2 decides until it is.</source>
        <translation>Die Entwurfsrevision %1 ist noch nicht unterzeichnet; bis dahin gilt die unterzeichnete Revision %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received copy, %1</source>
        <translation>Empfangene Kopie, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsigned</source>
        <translation>nicht unterzeichnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed rev. %1 (%2) · draft rev. %3 in progress</source>
        <translation>Unterzeichnet: Rev. %1 (%2) · Entwurf Rev. %3 in Arbeit</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Review overdue since %1: start a new revision</source>
        <translation>Prüfung seit %1 überfällig: Beginnen Sie eine neue Revision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An action of the plan was due on %1 and is not done</source>
        <translation>Eine Maßnahme des Plans war am %1 fällig und ist nicht erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A received copy of assessment %1, kept as received: never a revision of it, never changed or signed here.</source>
        <translation>Eine empfangene Kopie der Bewertung %1, so aufbewahrt, wie sie empfangen wurde: nie eine Revision davon, hier nie geändert oder unterzeichnet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Received copy of %1</source>
        <translation>Empfangene Kopie von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action due</source>
        <translation>Maßnahme fällig</translation>
    </message>
</context>
<context>
    <name>vouch::ui::LibraryView</name>
    <message>
        <location filename="../../ui/library/LibraryView.cpp" line="+76"/>
        <source>Search title, workload, organisation (Ctrl+F)</source>
        <translation>Titel, Workload, Organisation durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tiers</source>
        <translation>Alle Risikostufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by tier</source>
        <translation>Nach Risikostufe filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All verdicts</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>Mit Auflagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by verdict</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review o&amp;verdue</source>
        <translation>&amp;Prüfung überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions overd&amp;ue</source>
        <translation>&amp;Maßnahmen überfällig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&lt;h3&gt;The library could not be read&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Bibliothek konnte nicht gelesen werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No assessments yet&lt;/h3&gt;&lt;p&gt;Start with &lt;b&gt;New Assessment&lt;/b&gt; (Ctrl+N): a wizard walks you through the deployment, the data, the use case and the shared-responsibility controls, and Vouch derives the risk tier and the findings.&lt;/p&gt;&lt;p&gt;Received a signed assessment? Use &lt;b&gt;Import Packages&lt;/b&gt; (Ctrl+I) or drop the .vouch file onto this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Bewertungen&lt;/h3&gt;&lt;p&gt;Beginnen Sie mit &lt;b&gt;Neue Bewertung&lt;/b&gt; (Strg+N): Ein Assistent führt Sie durch das Deployment, die Daten, den Anwendungsfall und die Kontrollen der geteilten Verantwortung, und Vouch leitet die Risikostufe und die Befunde ab.&lt;/p&gt;&lt;p&gt;Sie haben eine unterzeichnete Bewertung erhalten? Verwenden Sie &lt;b&gt;Pakete importieren&lt;/b&gt; (Strg+I) oder ziehen Sie die .vouch-Datei auf dieses Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;No assessment matches&lt;/h3&gt;&lt;p&gt;Change the search or the filters to see more.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Bewertung passt&lt;/h3&gt;&lt;p&gt;Ändern Sie die Suche oder die Filter, um mehr zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+56"/>
        <source>assessment</source>
        <comment>default file name</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;h3&gt;The library could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing in it was changed. Received packages can still be opened for review (Ctrl+O).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die Bibliothek konnte nicht geöffnet werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Darin wurde nichts geändert. Erhaltene Pakete können weiterhin zur Prüfung geöffnet werden (Strg+O).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vouch — %1</source>
        <translation>Vouch — %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Assessment...</source>
        <translation>&amp;Neue Bewertung...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Package for Review...</source>
        <translation>Paket zur &amp;Prüfung öffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Packages...</source>
        <translation>Pakete &amp;importieren...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Pac&amp;kage...</source>
        <translation>Paket e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF Sign-off...</source>
        <translation>P&amp;DF-Freigabe exportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;All Listed</source>
        <translation>&amp;Alle gelisteten exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As &amp;PDF Sign-offs...</source>
        <translation>Als &amp;PDF-Freigaben...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Pac&amp;kages...</source>
        <translation>Als Pa&amp;kete...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse Questionnaire...</source>
        <translation>&amp;Fragebogen ansehen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open for &amp;Review</source>
        <translation>Zur &amp;Prüfung öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue Draft</source>
        <translation>Entwurf &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Re&amp;vision</source>
        <translation>Neue Re&amp;vision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countersign as &amp;Approver...</source>
        <translation>Als &amp;Freigeber gegenzeichnen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review what the assessor signed, then add the approver&apos;s signature</source>
        <translation>Prüfen Sie, was der Bewerter unterzeichnet hat, und fügen Sie dann die Signatur des Freigebers hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as New Assessment</source>
        <translation>Als neue Bewertung &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Update to the Current Questionnaire...</source>
        <translation>Auf den aktuellen Fragebogen &amp;umstellen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete Draft...</source>
        <translation>Entwurf &amp;löschen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signer Identities...</source>
        <translation>&amp;Unterzeichner-Identitäten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trusted Signers...</source>
        <translation>&amp;Vertrauenswürdige Unterzeichner...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Vouch</source>
        <translation>Ü&amp;ber Vouch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Other officers&apos; changes are not shown as they happen: %1. Vouch keeps trying to reconnect.</source>
        <translation>Änderungen anderer Beauftragter werden nicht sofort angezeigt: %1. Vouch versucht weiter, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected: other officers&apos; changes are shown as they happen again.</source>
        <translation>Wieder verbunden: Änderungen anderer Beauftragter werden wieder sofort angezeigt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Settings saved; the library and language change when Vouch next starts.</source>
        <translation>Einstellungen gespeichert; Bibliothek und Sprache wechseln beim nächsten Start von Vouch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New Assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>No questionnaire was found next to Vouch.</source>
        <translation>Neben Vouch wurde kein Fragebogen gefunden.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Open Assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Countersigned as approver and saved in the library.</source>
        <translation>Als Freigeber gegengezeichnet und in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicated as the draft “%1”.</source>
        <translation>Als Entwurf „%1“ dupliziert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Update to the Current Questionnaire</source>
        <translation>Auf den aktuellen Fragebogen umstellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Already on questionnaire %1 %2; nothing changed.</source>
        <translation>Bereits auf Fragebogen %1 %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Someone saved this assessment since the report was made; nothing was changed. Update it again to see the new report.</source>
        <translation>Jemand hat diese Bewertung gespeichert, seit der Bericht erstellt wurde; nichts wurde geändert. Stellen Sie sie erneut um, um den neuen Bericht zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated to questionnaire %1 %2 as draft revision %3.</source>
        <translation>Auf Fragebogen %1 %2 umgestellt, als Entwurfsrevision %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard the unsigned changes to “%1”? The signed revision stays.</source>
        <translation>Die nicht unterzeichneten Änderungen an „%1“ verwerfen? Die unterzeichnete Revision bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the draft “%1”? It was never signed; it will be gone.</source>
        <translation>Den Entwurf „%1“ löschen? Er wurde nie unterzeichnet; er ist danach verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Delete Draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF sign-off of %1 written to %2</source>
        <translation>PDF-Freigabe von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package of %1 written to %2</source>
        <translation>Paket von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>revision %1 (an unsigned draft)</source>
        <translation>Revision %1 (ein nicht unterzeichneter Entwurf)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>revision %1 (signed, %n signature(s))</source>
        <translation>
            <numerusform>Revision %1 (unterzeichnet, %n Signatur)</numerusform>
            <numerusform>Revision %1 (unterzeichnet, %n Signaturen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the newer draft revision %1 is not in it</source>
        <translation>; der neuere Entwurf, Revision %1, ist nicht enthalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>Export Package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+82"/>
        <location line="+118"/>
        <source>Vouch packages (*.vouch)</source>
        <translation>Vouch-Pakete (*.vouch)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Countersigned %1 as approver; send the file back or import it.</source>
        <translation>%1 als Freigeber gegengezeichnet; senden Sie die Datei zurück oder importieren Sie sie.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing packages</source>
        <translation>Pakete werden importiert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep as a Received Copy?</source>
        <translation>Als empfangene Kopie aufbewahren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not imported:
%2

You can keep it as a separate received copy: it is marked as received, shows its signatures as they stand, and never becomes a revision of the assessment it copies.</source>
        <translation>%1 wurde nicht importiert:
%2

Sie können die Datei als separate empfangene Kopie aufbewahren: Sie wird als empfangen gekennzeichnet, zeigt ihre Signaturen so, wie sie sind, und wird nie zu einer Revision der Bewertung, die sie kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep as Received Copy</source>
        <translation>Als empfangene &amp;Kopie aufbewahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do &amp;Not Import</source>
        <translation>&amp;Nicht importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Keep as a Received Copy</source>
        <translation>Als empfangene Kopie aufbewahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept %1 as a received copy; it is never a revision of the assessment it copies.</source>
        <translation>%1 als empfangene Kopie aufbewahrt; sie wird nie zu einer Revision der Bewertung, die sie kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the library as a received copy already; nothing changed.</source>
        <translation>%1 ist bereits als empfangene Kopie in der Bibliothek; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting PDF sign-offs</source>
        <translation>PDF-Freigaben werden exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting packages</source>
        <translation>Pakete werden exportiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export All</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export All Into</source>
        <translation>Alle exportieren nach</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Package</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reviewing %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Package for Review</source>
        <translation>Paket zur Prüfung öffnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+93"/>
        <source>Import Packages</source>
        <translation>Pakete importieren</translation>
    </message>
</context>
<context>
    <name>vouch::ui::MatrixAnswerWidget</name>
    <message>
        <location filename="../../ui/questions/MatrixAnswerWidget.cpp" line="+51"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence note</source>
        <translation>Nachweisnotiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach evidence to the selected row...</source>
        <translation>Nachweis an die ausgewählte Zeile anhängen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or drop files onto a row</source>
        <translation>Oder Dateien auf eine Zeile ziehen</translation>
    </message>
</context>
<context>
    <name>vouch::ui::MigrationReportDialog</name>
    <message>
        <location filename="../../ui/MigrationReportDialog.cpp" line="+39"/>
        <source>Update to Questionnaire %1</source>
        <translation>Auf Fragebogen %1 umstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answers move from questionnaire %1 %2 to %3 %4 as a new draft revision; the revision it starts from stays as it is.</source>
        <translation>Die Antworten wechseln von Fragebogen %1 %2 zu %3 %4 als neue Entwurfsrevision; die Ausgangsrevision bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Tier:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Verdict:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Risikostufe:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Ergebnis:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;New findings:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Neue Befunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Findings no longer raised:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht mehr ausgelöste Befunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After or reason</source>
        <translation>Nachher oder Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, was %2</source>
        <translation>%1, vorher %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To answer</source>
        <translation>Zu beantworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped action</source>
        <translation>Entfallene Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The finding no longer exists</source>
        <translation>Der Befund existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped evidence</source>
        <translation>Entfallener Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question no longer exists</source>
        <translation>Die Frage existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as New Draft</source>
        <translation>Als neuen Entwurf &amp;speichern</translation>
    </message>
</context>
<context>
    <name>vouch::ui::PackageReviewDialog</name>
    <message>
        <location filename="../../ui/PackageReviewDialog.cpp" line="+118"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received copy of assessment %1, kept as received: it is never a revision of that assessment and is not changed or signed here.</source>
        <translation>Empfangene Kopie der Bewertung %1, so aufbewahrt, wie sie empfangen wurde: nie eine Revision dieser Bewertung, hier weder geändert noch unterzeichnet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>D&amp;ecision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action &amp;Plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export P&amp;DF...</source>
        <translation>P&amp;DF exportieren...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue &amp;Draft</source>
        <translation>&amp;Entwurf fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New &amp;Revision</source>
        <translation>Neue &amp;Revision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Update to the Current Questionnaire...</source>
        <translation>Auf den aktuellen Fragebogen &amp;umstellen...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Countersigning: waiting for the assessor&apos;s signature.</source>
        <translation>Gegenzeichnen: Die Signatur des Bewerters fehlt noch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already approved.</source>
        <translation>Bereits freigegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already approved by %1 on %2.</source>
        <translation>Bereits freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot countersign: a signature is invalid or from a look-alike signer, or the contents do not match.</source>
        <translation>Gegenzeichnen nicht möglich: Eine Signatur ist ungültig oder stammt von einer Doppelgänger-Signatur, oder der Inhalt stimmt nicht überein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;ountersign Revision %1 as Approver...</source>
        <translation>Revision %1 als Freigeber &amp;gegenzeichnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountersign as Approver...</source>
        <translation>Als Freigeber &amp;gegenzeichnen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Countersigning signs revision %1, the sign-off in force; draft revision %2 stays as it is.</source>
        <translation>Die Gegenzeichnung unterzeichnet Revision %1, die geltende Freigabe; der Entwurf Revision %2 bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF sign-off is countersigned through its package: import the PDF, then countersign the assessment in the library.</source>
        <translation>Eine PDF-Freigabe wird über ihr Paket gegengezeichnet: Importieren Sie das PDF und zeichnen Sie die Bewertung dann in der Bibliothek gegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A received copy is not countersigned: it stays as it was received.</source>
        <translation>Eine empfangene Kopie wird nicht gegengezeichnet: Sie bleibt, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review the assessor&apos;s signature, the verdict and the findings, then sign as approver</source>
        <translation>Prüfen Sie die Signatur des Bewerters, das Ergebnis und die Befunde, und unterzeichnen Sie dann als Freigeber</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Countersign</source>
        <translation>Gegenzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed revision %1 cannot be read; nothing was signed.</source>
        <translation>Die unterzeichnete Revision %1 kann nicht gelesen werden; nichts wurde unterzeichnet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The contents cannot be read, so there is no decision to show. The banner above says why.</source>
        <translation>Der Inhalt kann nicht gelesen werden, daher gibt es keine Entscheidung anzuzeigen. Das Banner oben nennt den Grund.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed revision %1 is the decision in force; draft revision %2 is in progress and not signed yet.</source>
        <translation>Die unterzeichnete Revision %1 ist die geltende Entscheidung; der Entwurf Revision %2 ist in Arbeit und noch nicht unterzeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed revision %1 is the decision in force.</source>
        <translation>Die unterzeichnete Revision %1 ist die geltende Entscheidung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft revision %1: nobody has signed it yet.</source>
        <translation>Entwurf Revision %1: noch von niemandem unterzeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision this package carries.</source>
        <translation>Die Entscheidung, die dieses Paket enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This package is not signed.</source>
        <translation>Dieses Paket ist nicht unterzeichnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tier: %1</source>
        <translation>Risikostufe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier: %1 (level %2 of %3)</source>
        <translation>Risikostufe: %1 (Stufe %2 von %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Signatures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signaturen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nobody has signed it yet.</source>
        <translation>Noch von niemandem unterzeichnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blocking findings</source>
        <translation>Blockierende Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: nothing blocks the go-live.</source>
        <translation>Keine: nichts blockiert den Produktivstart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2, fällig %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: every action of the plan is done.</source>
        <translation>Keine: jede Maßnahme des Plans ist erledigt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Next review:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nächste Überprüfung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Next review:&lt;/b&gt; set when it is signed</source>
        <translation>&lt;b&gt;Nächste Überprüfung:&lt;/b&gt; wird beim Unterzeichnen festgelegt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The review was due on %1 and is overdue.</source>
        <translation>Die Überprüfung war am %1 fällig und ist überfällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A remediation action was due on %1 and is not done.</source>
        <translation>Eine Abhilfemaßnahme war am %1 fällig und ist nicht erledigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due for re-review</source>
        <translation>Erneute Prüfung fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of the questionnaire&apos;s sources are more than 12 months old (oldest: %1, as of %2). The vendor facts behind the questions may have changed: check them when you update the questionnaire. This does not make the assessment due.</source>
        <translation>
            <numerusform>%n Quelle des Fragebogens ist älter als 12 Monate (älteste: %1, Stand %2). Die Herstellerangaben hinter den Fragen können sich geändert haben: Prüfen Sie sie, wenn Sie den Fragebogen aktualisieren. Die Bewertung wird dadurch nicht fällig.</numerusform>
            <numerusform>%n Quellen des Fragebogens sind älter als 12 Monate (älteste: %1, Stand %2). Die Herstellerangaben hinter den Fragen können sich geändert haben: Prüfen Sie sie, wenn Sie den Fragebogen aktualisieren. Die Bewertung wird dadurch nicht fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources to re-check</source>
        <translation>Quellen erneut prüfen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved (UTC)</source>
        <translation>Gespeichert (UTC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Draft, %n autosave(s) in one session</source>
        <translation>
            <numerusform>Entwurf, %n automatische Speicherung in einer Sitzung</numerusform>
            <numerusform>Entwurf, %n automatische Speicherungen in einer Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare Selected Revisions</source>
        <translation>Ausgewählte Revisionen ver&amp;gleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two revisions (Ctrl+click); with one selected, it is compared with the one before it</source>
        <translation>Wählen Sie zwei Revisionen (Strg+Klick); ist nur eine ausgewählt, wird sie mit der vorherigen verglichen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>assessment</source>
        <comment>default file name</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF Sign-off</source>
        <translation>PDF-Freigabe exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PDF was saved. Open it now?</source>
        <translation>Das PDF wurde gespeichert. Jetzt öffnen?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+373"/>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+373"/>
        <source>Signed as</source>
        <translation>Unterzeichnet als</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+373"/>
        <source>Signed at (UTC)</source>
        <translation>Unterzeichnet am (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Tier:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n evidence file(s))</source>
        <translation>
            <numerusform>(%n Nachweisdatei)</numerusform>
            <numerusform>(%n Nachweisdateien)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payload SHA-256</source>
        <translation>SHA-256 der Nutzdaten</translation>
    </message>
</context>
<context>
    <name>vouch::ui::PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/PdfPreviewDialog.cpp" line="+30"/>
        <source>PDF Sign-off Preview</source>
        <translation>Vorschau der PDF-Freigabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No temporary folder for the preview: %1</source>
        <translation>Kein temporärer Ordner für die Vorschau: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>Save PDF Sign-off</source>
        <translation>PDF-Freigabe speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer refused the job.</source>
        <translation>Der Drucker hat den Auftrag abgelehnt.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::PlainText</name>
    <message>
        <location filename="../../ui/QuestionHelp.cpp" line="+30"/>
        <source>Contains a control character. Texts in Vouch are plain text, so this cannot be saved.</source>
        <translation>Enthält ein Steuerzeichen. Texte in Vouch sind reiner Text, daher kann dies nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; looks like an HTML tag. Vouch keeps texts free of tags because they go into PDFs and packages that other programs read; write it without angle brackets, e.g. %2.</source>
        <translation>„%1“ sieht aus wie ein HTML-Tag. Vouch hält Texte frei von Tags, weil sie in PDFs und Pakete gehen, die andere Programme lesen; schreiben Sie es ohne spitze Klammern, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::Presentation</name>
    <message>
        <location filename="../../ui/Presentation.cpp" line="+71"/>
        <source>Signed, trusted</source>
        <translation>Unterzeichnet, vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, untrusted</source>
        <translation>Unterzeichnet, nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, look-alike signer</source>
        <translation>Unterzeichnet, Doppelgänger-Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, invalid signature</source>
        <translation>Unterzeichnet, ungültige Signatur</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Not yet known</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not evaluated</source>
        <translation>Nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditional</source>
        <translation>Mit Auflagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch out</source>
        <translation>Beachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In place</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid, not in your trust list: check the key id with the signer</source>
        <translation>Gültig, nicht in Ihrer Vertrauensliste: Prüfen Sie die Schlüssel-ID mit der unterzeichnenden Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike signer: do not rely on it</source>
        <translation>Doppelgänger-Signatur: Verlassen Sie sich nicht darauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessor</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assessor</source>
        <comment>signature role inside a sentence</comment>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approver</source>
        <comment>signature role inside a sentence</comment>
        <translation>Freigeber</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>trusted</source>
        <comment>signature trust inside a sentence</comment>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in your trust list</source>
        <comment>signature trust inside a sentence</comment>
        <translation>nicht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look-alike signer</source>
        <comment>signature trust inside a sentence</comment>
        <translation>Doppelgänger-Signatur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid signature</source>
        <comment>signature trust inside a sentence</comment>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I have reviewed this assessment, its findings and the assessor&apos;s sign-off, and I approve the workload on the conditions and with the controls it states.</source>
        <translation>Ich habe diese Bewertung, ihre Befunde und die Freigabe des Bewerters geprüft und gebe die Workload unter den darin genannten Bedingungen und mit den darin genannten Kontrollen frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have reviewed this assessment and its findings. To the best of my knowledge the answers are accurate and complete, and the findings and required controls are understood by those responsible for them.</source>
        <translation>Ich habe diese Bewertung und ihre Befunde geprüft. Nach meinem besten Wissen sind die Antworten richtig und vollständig, und die Befunde und erforderlichen Kontrollen sind den dafür Verantwortlichen bekannt und verständlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid signature: do not rely on this sign-off</source>
        <translation>Ungültige Signatur: Verlassen Sie sich nicht auf diese Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s signature: %2.</source>
        <translation>Signatur von %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inconsistent contents: do not rely on this assessment</source>
        <translation>Widersprüchlicher Inhalt: Verlassen Sie sich nicht auf diese Bewertung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision %1 was signed by %2 and stays in force until draft revision %3 is signed. The changes shown here are not signed.</source>
        <translation>Revision %1 wurde von %2 unterzeichnet und bleibt in Kraft, bis Entwurfsrevision %3 unterzeichnet ist. Die hier gezeigten Änderungen sind nicht unterzeichnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not rely on revision %1: %2.</source>
        <translation>Verlassen Sie sich nicht auf Revision %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed rev. %1 (%2) · draft rev. %3 in progress</source>
        <translation>Unterzeichnet: Rev. %1 (%2) · Entwurf Rev. %3 in Arbeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsigned draft</source>
        <translation>Nicht unterzeichneter Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has signed this assessment yet.</source>
        <translation>Niemand hat diese Bewertung bisher unterzeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike signer: do not rely on this sign-off</source>
        <translation>Doppelgänger-Signatur: Verlassen Sie sich nicht auf diese Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature %1 %2. Someone may be posing as a signer you trust.</source>
        <translation>Signatur %1: %2. Jemand gibt sich möglicherweise als ein Unterzeichner aus, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatures valid, but not every signer is in your trust list</source>
        <translation>Signaturen gültig, aber nicht jeder Unterzeichner steht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by %1. Check the key ids with the signers before relying on it.</source>
        <translation>Unterzeichnet von %1. Prüfen Sie die Schlüssel-IDs mit den Unterzeichnern, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed and verified</source>
        <translation>Unterzeichnet und geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by %1; every key is trusted.</source>
        <translation>Unterzeichnet von %1; jeder Schlüssel ist vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong passphrase for %1. Nothing was signed; type it again.</source>
        <translation>Falsche Passphrase für %1. Es wurde nichts unterzeichnet; geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::QuestionHelp</name>
    <message>
        <location filename="../../ui/QuestionHelp.cpp" line="+19"/>
        <source>Choose one</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose any</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes / No / Unknown</source>
        <translation>Ja / Nein / Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>high</source>
        <comment>confidence</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>medium</source>
        <comment>confidence</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low</source>
        <comment>confidence</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as of %1, confidence %2</source>
        <translation>Stand %1, Verlässlichkeit %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why this matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>vouch::ui::QuestionWidget</name>
    <message>
        <location filename="../../ui/questions/QuestionWidget.cpp" line="+27"/>
        <source>%1 (%2, SHA-256 %3…)</source>
        <translation>%1 (%2, SHA-256 %3…)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this matters, with sources and their dates</source>
        <translation>Warum das wichtig ist, mit Quellen und deren Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this matters: %1</source>
        <translation>Warum das wichtig ist: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Help for: %1</source>
        <translation>Hilfe zu: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attach evidence...</source>
        <translation>Nachweis anhängen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach evidence to: %1</source>
        <translation>Nachweis anhängen an: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop files onto the question</source>
        <translation>Oder Dateien auf die Frage ziehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This question needs an answer.</source>
        <translation>Diese Frage braucht eine Antwort.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Evidence: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
</context>
<context>
    <name>vouch::ui::QuestionnaireBrowser</name>
    <message>
        <location filename="../../ui/QuestionnaireBrowser.cpp" line="+60"/>
        <source>Questionnaire — Vouch</source>
        <translation>Fragebogen — Vouch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No questionnaire was found next to Vouch. Use File &gt; Open Questionnaire to choose one.</source>
        <translation>Neben Vouch wurde kein Fragebogen gefunden. Wählen Sie einen mit Datei &gt; Fragebogen öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Questionnaire...</source>
        <translation>Fragebogen ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 — %3 questions, %4 rules, %5 sources</source>
        <translation>%1 %2 — %3 Fragen, %4 Regeln, %5 Quellen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> · required</source>
        <translation> · Pflicht</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 could not be loaded (%n problem(s))</source>
        <translation>
            <numerusform>%1 konnte nicht geladen werden (%n Problem)</numerusform>
            <numerusform>%1 konnte nicht geladen werden (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Questionnaire</source>
        <translation>Fragebogen öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires (*.json)</source>
        <translation>Fragebögen (*.json)</translation>
    </message>
</context>
<context>
    <name>vouch::ui::ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/ReviewPage.cpp" line="+34"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the answers mean. Go back to any question from a finding; plan what will be done about each finding that is not resolved.</source>
        <translation>Was die Antworten bedeuten. Springen Sie von einem Befund zurück zu seiner Frage; planen Sie, was zu jedem ungelösten Befund getan wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk tier:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Enter or double-click a finding to go to its question</source>
        <translation>Eingabetaste oder Doppelklick auf einen Befund führt zu seiner Frage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected finding</source>
        <translation>Ausgewählter Befund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Question</source>
        <translation>Zur Fra&amp;ge gehen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Action plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maßnahmenplan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2.</source>
        <comment>counted findings, counted required controls</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n required control(s)</source>
        <translation>
            <numerusform>%n erforderliche Kontrolle</numerusform>
            <numerusform>%n erforderliche Kontrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required question(s) unanswered: the verdict stays Incomplete until they are answered.</source>
        <translation>
            <numerusform>%n Pflichtfrage unbeantwortet: Das Ergebnis bleibt „Unvollständig“, bis sie beantwortet ist.</numerusform>
            <numerusform>%n Pflichtfragen unbeantwortet: Das Ergebnis bleibt „Unvollständig“, bis sie beantwortet sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a finding to read why it was raised, what to do about it, the answers behind it and its sources.</source>
        <translation>Wählen Sie einen Befund aus, um zu lesen, warum er entstand, was zu tun ist, welche Antworten ihn auslösten und auf welchen Quellen er beruht.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No findings: nothing in the answers raises a concern.</source>
        <translation>Keine Befunde: Nichts in den Antworten gibt Anlass zur Sorge.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::RevisionComparisonDialog</name>
    <message>
        <location filename="../../ui/RevisionComparisonDialog.cpp" line="+29"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business owner</source>
        <translation>Fachverantwortlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessor</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revision %1 and revision %2</source>
        <translation>Revision %1 und Revision %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed answers</source>
        <translation>Geänderte Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&lt;b&gt;Tier:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Verdict:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Risikostufe:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Ergebnis:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;New findings:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Neue Befunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Findings no longer raised:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht mehr ausgelöste Befunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two revisions say the same thing.</source>
        <translation>Die beiden Revisionen sagen dasselbe aus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>vouch::ui::SectionForm</name>
    <message>
        <location filename="../../ui/questions/SectionForm.cpp" line="+80"/>
        <source>“%1”</source>
        <comment>a question in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Answer the required question(s) marked below to continue: %1</source>
        <translation>
            <numerusform>Beantworten Sie die unten markierte Pflichtfrage, um fortzufahren: %1</numerusform>
            <numerusform>Beantworten Sie die unten markierten Pflichtfragen, um fortzufahren: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="+30"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse: %1</source>
        <translation>Durchsuchen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vouch libraries (*.vouchdb)</source>
        <translation>Vouch-Bibliotheken (*.vouchdb)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A library file, or a team library on PostgreSQL: postgresql://HOST/DATABASE or service=NAME. The password stays in ~/.pgpass or the service file, never in Vouch&apos;s settings.</source>
        <translation>Eine Bibliotheksdatei oder eine Team-Bibliothek auf PostgreSQL: postgresql://HOST/DATENBANK oder service=NAME. Das Passwort bleibt in ~/.pgpass oder der Servicedatei, nie in den Einstellungen von Vouch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library File</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothek:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;organisation:</source>
        <translation>Standard-&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review after, &amp;high tier:</source>
        <translation>Prüfung nach, Risikostufe &amp;hoch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review after, &amp;medium tier:</source>
        <translation>Prüfung nach, Risikostufe &amp;mittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review after, lo&amp;w tier:</source>
        <translation>Prüfung nach, Risikostufe &amp;niedrig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF &amp;folder:</source>
        <translation>PDF-Or&amp;dner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF Folder</source>
        <translation>PDF-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF after e&amp;xport</source>
        <translation>PDF nach dem E&amp;xport öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the signing time is this computer&apos;s clock</source>
        <translation>Keiner: Die Zeit der Unterzeichnung ist die Uhr dieses Computers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An RFC 3161 time-stamping authority, e.g. http://timestamp.example.org/tsa. Each PDF signature then gets a timestamp from it (PAdES B-T); when it cannot be reached, nothing is signed. Leave it empty to sign offline.</source>
        <translation>Ein RFC-3161-Zeitstempeldienst, z. B. http://timestamp.example.org/tsa. Jede PDF-Signatur erhält dann einen Zeitstempel von ihm (PAdES B-T); ist er nicht erreichbar, wird nichts unterzeichnet. Leer lassen, um offline zu unterzeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time-stamping authority (URL):</source>
        <translation>&amp;Zeitstempeldienst (URL):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new library and a new language take effect when Vouch next starts. Review intervals apply to assessments signed from now on.</source>
        <translation>Eine neue Bibliothek und eine neue Sprache gelten ab dem nächsten Start von Vouch. Prüfintervalle gelten für Bewertungen, die ab jetzt unterzeichnet werden.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::SignOffPage</name>
    <message>
        <location filename="../../ui/wizard/SignOffPage.cpp" line="+39"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing freezes this revision: later edits become a new revision, and this one stays as signed.</source>
        <translation>Das Unterzeichnen friert diese Revision ein: Spätere Änderungen werden zu einer neuen Revision, und diese bleibt wie unterzeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Identity...</source>
        <translation>&amp;Neue Identität...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessor</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Unterzeichner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Si&amp;gn and Save</source>
        <translation>Unterze&amp;ichnen und speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport PDF...</source>
        <translation>PDF e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n required question(s) are unanswered; an incomplete assessment cannot be signed.</source>
        <translation>
            <numerusform>%n Pflichtfrage ist unbeantwortet; eine unvollständige Bewertung kann nicht unterzeichnet werden.</numerusform>
            <numerusform>%n Pflichtfragen sind unbeantwortet; eine unvollständige Bewertung kann nicht unterzeichnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approver countersigns after the assessor: sign as assessor here, then the approver opens the assessment for review and chooses Countersign as Approver.</source>
        <translation>Ein Freigeber zeichnet nach dem Bewerter gegen: Unterzeichnen Sie hier als Bewerter; danach öffnet der Freigeber die Bewertung zur Prüfung und wählt „Als Freigeber gegenzeichnen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no signer identity on this computer yet: create one with New Identity.</source>
        <translation>Auf diesem Computer gibt es noch keine Unterzeichner-Identität: Legen Sie eine mit „Neue Identität“ an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The draft could not be saved; nothing was signed.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden; nichts wurde unterzeichnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF signature timestamped %1 (RFC 3161).</source>
        <translation>PDF-Signatur mit Zeitstempel: %1 (RFC 3161).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No time-stamping authority is set (Settings): the signing time is this computer&apos;s clock.</source>
        <translation>Kein Zeitstempeldienst eingestellt (Einstellungen): Die Zeit der Unterzeichnung ist die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 as revision %2 and saved in the library. The approver countersigns it in review mode: Open for Review, then Countersign as Approver.</source>
        <translation>Von %1 als Revision %2 unterzeichnet und in der Bibliothek gespeichert. Der Freigeber zeichnet in der Prüfansicht gegen: „Zur Prüfung öffnen“, dann „Als Freigeber gegenzeichnen“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PDF sign-off of revision %1 written to %2</source>
        <translation>PDF-Freigabe der Revision %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export PDF Sign-off</source>
        <translation>PDF-Freigabe exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vouch::ui::SignerIdentitiesDialog</name>
    <message>
        <location filename="../../ui/SignerIdentitiesDialog.cpp" line="+24"/>
        <source>Signer Identities</source>
        <translation>Unterzeichner-Identitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private keys stay on this computer, encrypted with their passphrase. Give the public key file to whoever verifies your sign-offs.</source>
        <translation>Private Schlüssel bleiben auf diesem Computer, verschlüsselt mit ihrer Passphrase. Geben Sie die Datei mit dem öffentlichen Schlüssel allen, die Ihre Freigaben prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Identity...</source>
        <translation>&amp;Neue Identität...</translation>
    </message>
</context>
<context>
    <name>vouch::ui::SignerIdentityDialog</name>
    <message>
        <location filename="../../ui/SignerIdentityDialog.cpp" line="+23"/>
        <source>Too short: use at least %1 characters (a few unrelated words work well).</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen (einige Wörter ohne Zusammenhang eignen sich gut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: too many repeated characters.</source>
        <translation>Schwach: zu viele wiederholte Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a longer passphrase, or one mixing words, digits and symbols, is stronger.</source>
        <translation>Mittel: Eine längere Passphrase oder eine mit Wörtern, Ziffern und Sonderzeichen ist stärker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Longer is better still.</source>
        <translation>Gut. Länger ist noch besser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Signer Identity</source>
        <translation>Neue Unterzeichner-Identität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your signature key is kept encrypted with this passphrase. Vouch never stores the passphrase; if you lose it, make a new identity.</source>
        <translation>Ihr Signaturschlüssel wird mit dieser Passphrase verschlüsselt aufbewahrt. Vouch speichert die Passphrase nie; wenn Sie sie verlieren, legen Sie eine neue Identität an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dr. Alice Example</source>
        <translation>Dr. Erika Mustermann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chief Compliance Officer</source>
        <translation>Leitung Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alice@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;peat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create Identity</source>
        <translation>Identität anlegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::TextAnswerWidget</name>
    <message>
        <location filename="../../ui/questions/TextAnswerWidget.cpp" line="+67"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>vouch::ui::Translations</name>
    <message>
        <location filename="../../ui/Translations.cpp" line="+68"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>vouch::ui::TrustedSignersDialog</name>
    <message>
        <location filename="../../ui/TrustedSignersDialog.cpp" line="+22"/>
        <location line="+21"/>
        <location line="+43"/>
        <location line="+7"/>
        <source>Trusted Signers</source>
        <translation>Vertrauenswürdige Unterzeichner</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Public Key...</source>
        <translation>Öffentlichen Schlüssel &amp;hinzufügen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust a Public Key</source>
        <translation>Einem öffentlichen Schlüssel vertrauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Öffentliche Schlüssel (*.pub *.pem)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stop trusting %1? Their signatures will show as valid but untrusted.</source>
        <translation>%1 nicht mehr vertrauen? Die Signaturen erscheinen dann als gültig, aber nicht vertrauenswürdig.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::UserGuideDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+14"/>
        <source>Vouch User Guide</source>
        <translation>Vouch-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>vouch::ui::WizardSidePanel</name>
    <message>
        <location filename="../../ui/wizard/WizardSidePanel.cpp" line="+42"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation so far</source>
        <translation>Auswertung bisher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk tier:</source>
        <translation>Risikostufe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings so far</source>
        <translation>Befunde bisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter or double-click to go to the question behind it</source>
        <translation>Eingabetaste oder Doppelklick führt zur zugehörigen Frage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current finding</source>
        <translation>Aktueller Befund</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: all required questions answered</source>
        <translation>%1: alle Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: required questions still open</source>
        <translation>%1: Pflichtfragen noch offen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No findings yet.</source>
        <translation>Noch keine Befunde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a finding to read it in full.</source>
        <translation>Wählen Sie einen Befund aus, um ihn vollständig zu lesen.</translation>
    </message>
</context>
</TS>
