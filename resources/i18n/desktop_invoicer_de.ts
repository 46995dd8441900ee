<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>DesktopInvoicer</name>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="62" />
            <source> daily</source>
            <translation> tägliche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="65" />
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="57" />
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="62" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="247" />
            <source> days ahead</source>
            <translation> Tage im Voraus</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="138" />
            <source> days from the due date</source>
            <translation> Tage ab Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="71" />
            <source> days overdue</source>
            <translation> Tagen Verzug</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="231" />
            <source> invoices</source>
            <translation> Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="55" />
            <source> minutes</source>
            <translation> Minuten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="379" />
            <source> month(s)</source>
            <translation> Monat(en)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="380" />
            <source> quarter(s)</source>
            <translation> Quartal(en)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="102" />
            <source> units</source>
            <translation> Einheiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="378" />
            <source> week(s)</source>
            <translation> Woche(n)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="65" />
            <source> weekly</source>
            <translation> wöchentliche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="381" />
            <source> year(s)</source>
            <translation> Jahr(en)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="138" />
            <source>#1F4E79 (empty: the template's colour)</source>
            <translation>#1F4E79 (leer: Farbe der Vorlage)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="102" />
            <source>% if paid within</source>
            <translation>% bei Zahlung innerhalb der ersten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="203" />
            <source>&amp;About Desktop Invoicer</source>
            <translation>Ü&amp;ber Desktop Invoicer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="138" />
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="85" />
            <source>&amp;Amount</source>
            <translation>&amp;Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="76" />
            <source>&amp;Amount ({0})</source>
            <translation>&amp;Betrag ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="90" />
            <source>&amp;Charged</source>
            <translation>Berech&amp;net</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="98" />
            <source>&amp;Collect by</source>
            <translation>&amp;Zahlungsweg</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="125" />
            <source>&amp;Connect Stripe account…</source>
            <translation>Stripe-Konto &amp;verbinden…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="263" />
            <source>&amp;Connect my Stripe account now (a test or a live key)</source>
            <translation>Mein Stripe-Konto jetzt &amp;verbinden (Test- oder Live-Schlüssel)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="166" />
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="127" />
            <source>&amp;Disconnect Stripe account…</source>
            <translation>Stripe-Konto &amp;trennen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="181" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="164" />
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="136" />
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="97" />
            <source>&amp;Every</source>
            <translation>&amp;Intervall</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="84" />
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="58" />
            <source>&amp;Fee</source>
            <translation>&amp;Gebühr</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="125" />
            <location filename="../../desktop_invoicer/ui/main_window.py" line="176" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="170" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="96" />
            <source>&amp;First due on</source>
            <translation>&amp;Erste Fälligkeit am</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="86" />
            <source>&amp;Folder</source>
            <translation>&amp;Ordner</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="153" />
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="154" />
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="89" />
            <source>&amp;Grace period</source>
            <translation>&amp;Karenzzeit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="199" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="95" />
            <source>&amp;Instalments</source>
            <translation>Anzahl &amp;Raten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="266" />
            <source>&amp;Later: work on this computer, connect from Settings when ready</source>
            <translation>S&amp;päter: auf diesem Computer arbeiten und bei Bedarf in den Einstellungen verbinden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="211" />
            <source>&amp;Logo</source>
            <translation>&amp;Logo</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="61" />
            <source>&amp;Look around in the demo workspace first (sample data)</source>
            <translation>Zuerst im &amp;Demo-Arbeitsbereich umsehen (Beispieldaten)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="79" />
            <source>&amp;Method</source>
            <translation>&amp;Zahlungsart</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="163" />
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="86" />
            <source>&amp;Percentage (%)</source>
            <translation>&amp;Prozentsatz (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="137" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="122" />
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="172" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="59" />
            <source>&amp;Reason</source>
            <translation>G&amp;rund</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="78" />
            <source>&amp;Received on</source>
            <translation>&amp;Eingegangen am</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="134" />
            <source>&amp;Save to</source>
            <translation>&amp;Speichern unter</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="87" />
            <source>&amp;Schedule</source>
            <translation>&amp;Zeitplan</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="200" />
            <source>&amp;Set up a workspace…</source>
            <translation>Arbeitsbereich &amp;einrichten…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="59" />
            <source>&amp;Set up my business (about two minutes)</source>
            <translation>&amp;Mein Unternehmen einrichten (etwa zwei Minuten)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="124" />
            <source>&amp;Sync now</source>
            <translation>Jetzt &amp;synchronisieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="210" />
            <source>&amp;Tax IDs</source>
            <translation>&amp;Steuernummern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="155" />
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="186" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="320" />
            <source>'{0}' is complete; its invoice is on its way.</source>
            <translation>„{0}“ ist abgeschlossen; die Rechnung ist unterwegs.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="174" />
            <source>'{0}' is not a currency.</source>
            <translation>„{0}“ ist keine Währung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="39" />
            <source>'{0}' is not a number of days.</source>
            <translation>„{0}“ ist keine Anzahl von Tagen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="211" />
            <source>'{0}' is not a percent.</source>
            <translation>„{0}“ ist kein Prozentwert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="80" />
            <source>(draft)</source>
            <translation>(Entwurf)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="94" />
            <source>(failed Stripe calls + job failures needing a person) ÷ all operations</source>
            <translation>(fehlgeschlagene Stripe-Aufrufe + Aufgabenfehler, die eine Person erfordern) ÷ alle Vorgänge</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="410" />
            <source>(moved from {0})</source>
            <translation>(verschoben vom {0})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="164" />
            <source>(no reason)</source>
            <translation>(kein Grund)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="178" />
            <source>({0} of {1})</source>
            <translation>({0} von {1})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="42" />
            <source>+{0} more</source>
            <translation>+{0} weitere</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="244" />
            <source>1 draft waiting</source>
            <translation>1 Entwurf wartet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="61" />
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="59" />
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="56" />
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="91" />
            <source>&lt;b&gt;Rejected&lt;/b&gt; by {0}: {1}</source>
            <translation>&lt;b&gt;Abgelehnt&lt;/b&gt; von {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="420" />
            <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="119" />
            <source>A .csv or .vcf file</source>
            <translation>Eine .csv- oder .vcf-Datei</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="117" />
            <source>A CSV file with a header row: customer (name, e-mail or id), product (name or id), quantity (whole units) and period (2026-03, or 2026-03-01..2026-03-15). Usage is billed on the customer's next invoice once its period is over.</source>
            <translation>Eine CSV-Datei mit Kopfzeile: customer (Name, E-Mail oder ID), product (Name oder ID), quantity (ganze Einheiten) und period (2026-03 oder 2026-03-01..2026-03-15). Die Nutzung wird nach Ende ihres Zeitraums auf der nächsten Rechnung des Kunden abgerechnet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="187" />
            <source>A PNG or JPEG file (optional)</source>
            <translation>Eine PNG- oder JPEG-Datei (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="86" />
            <source>A approve · R reject · H hold · Enter edit · P preview · Ctrl+Shift+A approve and send selected</source>
            <translation>A freigeben · R ablehnen · H zurückhalten · Enter bearbeiten · P Vorschau · Strg+Umschalt+A Auswahl freigeben und senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="274" />
            <source>A custom period needs its dates.</source>
            <translation>Ein benutzerdefinierter Zeitraum braucht Start- und Enddatum.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="31" />
            <source>A discount is either a percentage or an amount.</source>
            <translation>Ein Rabatt ist entweder ein Prozentsatz oder ein Betrag.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="298" />
            <source>A group needs a name.</source>
            <translation>Eine Gruppe braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="50" />
            <source>A group's reminder policy applies to its members, unless a customer has a policy of their own.</source>
            <translation>Die Erinnerungsrichtlinie einer Gruppe gilt für ihre Mitglieder, sofern ein Kunde keine eigene Richtlinie hat.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="414" />
            <source>A job run is in progress; another follows when it ends.</source>
            <translation>Ein Aufgabenlauf ist im Gange; ein weiterer folgt, wenn er endet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="50" />
            <source>A late fee cannot be negative.</source>
            <translation>Eine Mahngebühr kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="209" />
            <source>A note to the customer, shown on the invoice</source>
            <translation>Eine Notiz an den Kunden, die auf der Rechnung erscheint</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="133" />
            <source>A payment cannot be received in the future.</source>
            <translation>Eine Zahlung kann nicht in der Zukunft eingegangen sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="32" />
            <source>A percentage discount is above 0 and at most 100.</source>
            <translation>Ein prozentualer Rabatt liegt über 0 und höchstens bei 100.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="275" />
            <source>A percentage has at most two decimals (like 1.25).</source>
            <translation>Ein Prozentsatz hat höchstens zwei Nachkommastellen (wie 1,25).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="80" />
            <source>A port is between 1 and 65535.</source>
            <translation>Ein Port liegt zwischen 1 und 65535.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="28" />
            <source>A price cannot be negative.</source>
            <translation>Ein Preis kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="282" />
            <source>A quantity cannot be negative.</source>
            <translation>Eine Menge kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="281" />
            <source>A quantity is a whole number of units.</source>
            <translation>Eine Menge ist eine ganze Zahl von Einheiten.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="86" />
            <source>A reference has at most 100 characters.</source>
            <translation>Eine Referenz hat höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="88" />
            <source>A sample business with customers, products and a year of invoices.</source>
            <translation>Ein Beispielunternehmen mit Kunden, Produkten und Rechnungen aus einem Jahr.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="64" />
            <source>A step is at most a year away.</source>
            <translation>Ein Schritt liegt höchstens ein Jahr entfernt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="245" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="256" />
            <source>A tax ID has at most 64 characters.</source>
            <translation>Eine Steuernummer hat höchstens 64 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="29" />
            <source>A tax rate is between 0 and 100 percent.</source>
            <translation>Ein Steuersatz liegt zwischen 0 und 100 Prozent.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="301" />
            <source>A template is a JSON object.</source>
            <translation>Eine Vorlage ist ein JSON-Objekt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="47" />
            <source>A unit price cannot be negative.</source>
            <translation>Ein Einzelpreis kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="91" />
            <source>A&amp;dded</source>
            <translation>&amp;Hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="160" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/setup_card.py" line="37" />
            <source>About and data folders…</source>
            <translation>Info und Datenordner…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="52" />
            <source>About {0}</source>
            <translation>Über {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="173" />
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="265" />
            <source>Accent colour</source>
            <translation>Akzentfarbe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="212" />
            <source>Accepted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="58" />
            <source>Accounting</source>
            <translation>Buchhaltung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="142" />
            <source>Accounting mappings saved.</source>
            <translation>Buchhaltungszuordnungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="240" />
            <source>Accounts receivable</source>
            <translation>Forderungen aus Lieferungen und Leistungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="216" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="70" />
            <source>Accounts receivable aging</source>
            <translation>Altersstruktur der Forderungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="85" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="139" />
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="366" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="34" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="40" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="276" />
            <source>Add a customer first.</source>
            <translation>Legen Sie zuerst einen Kunden an.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="262" />
            <source>Add a product first.</source>
            <translation>Legen Sie zuerst ein Produkt an.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="76" />
            <source>Add at least one condition.</source>
            <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="48" />
            <source>Add at least one line.</source>
            <translation>Fügen Sie mindestens eine Position hinzu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="181" />
            <source>Add at least one price.</source>
            <translation>Fügen Sie mindestens einen Preis hinzu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="62" />
            <source>Add at least one step.</source>
            <translation>Fügen Sie mindestens einen Schritt hinzu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="163" />
            <source>Add condition</source>
            <translation>Bedingung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="393" />
            <source>Add from catalog ({0})…</source>
            <translation>Aus dem Katalog hinzufügen ({0})…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="66" />
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="193" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="164" />
            <source>Add line</source>
            <translation>Zeile hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="100" />
            <source>Add milestone…</source>
            <translation>Meilenstein hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="79" />
            <source>Add price</source>
            <translation>Preis hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="124" />
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="82" />
            <source>Add tier</source>
            <translation>Staffel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="125" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="133" />
            <source>Added {0}.</source>
            <translation>{0} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="58" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="71" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="70" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="72" />
            <source>After</source>
            <translation>Ab</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="269" />
            <source>After Finish you paste a secret key (sk_test_… for test mode, sk_live_… for real payments) or a restricted key (rk_…). It is kept in your system's keyring, never in the workspace file.</source>
            <translation>Nach „Abschließen“ fügen Sie einen geheimen Schlüssel (sk_test_… für den Testmodus, sk_live_… für echte Zahlungen) oder einen eingeschränkten Schlüssel (rk_…) ein. Er wird im Schlüsselbund Ihres Systems aufbewahrt, nie in der Datei des Arbeitsbereichs.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="252" />
            <source>After downtime</source>
            <translation>Nach Ausfallzeit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="247" />
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="381" />
            <source>All considered</source>
            <translation>Alle berücksichtigten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="113" />
            <source>All customers</source>
            <translation>Alle Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="57" />
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="88" />
            <source>All segments</source>
            <translation>Alle Segmente</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="107" />
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="213" />
            <source>Already imported</source>
            <translation>Bereits importiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="96" />
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="34" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="96" />
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="85" />
            <source>Amount ({0})</source>
            <translation>Betrag ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="77" />
            <source>Amount above</source>
            <translation>Betrag über</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="259" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="258" />
            <source>Amount due</source>
            <translation>Fälliger Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="94" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="61" />
            <source>Amount in {0}</source>
            <translation>Betrag in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="180" />
            <source>Amount in {0} (empty: the full amount)</source>
            <translation>Betrag in {0} (leer: der volle Betrag)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="265" />
            <source>Amounts are per currency; currencies are never added together.</source>
            <translation>Beträge gelten pro Währung; Währungen werden nie zusammengerechnet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="266" />
            <source>Amounts are per currency; currencies are never added together. Product figures are line amounts; the adjustment row (invoice discounts, inclusive taxes) makes each total the net revenue.</source>
            <translation>Beträge gelten pro Währung; Währungen werden nie zusammengerechnet. Produktwerte sind Positionsbeträge; die Ausgleichszeile (Rechnungsrabatte, enthaltene Steuern) macht jede Summe zum Nettoumsatz.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="33" />
            <source>An amount discount must be positive.</source>
            <translation>Ein Betragsrabatt muss positiv sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="39" />
            <source>An early-payment discount needs a percent and days.</source>
            <translation>Ein Rabatt bei früher Zahlung braucht einen Prozentsatz und eine Anzahl Tage.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="67" />
            <source>An import shows what would change before anything is sent to Stripe. The BI export copies every cached table, read-only, into a folder.</source>
            <translation>Ein Import zeigt, was sich ändern würde, bevor etwas an Stripe gesendet wird. Der BI-Export kopiert jede zwischengespeicherte Tabelle schreibgeschützt in einen Ordner.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="415" />
            <source>An invoice charged automatically has no terms.</source>
            <translation>Eine automatisch belastete Rechnung hat keine Zahlungsbedingungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="304" />
            <source>Another program, or another copy of Desktop Invoicer, is using this workspace. Close it and try again; if nothing else is running, restart your computer.</source>
            <translation>Ein anderes Programm oder eine andere Instanz von Desktop Invoicer verwendet diesen Arbeitsbereich. Schließen Sie es und versuchen Sie es erneut; läuft nichts anderes, starten Sie Ihren Computer neu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="88" />
            <source>Another segment has this name.</source>
            <translation>Ein anderes Segment hat diesen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="49" />
            <source>Any date</source>
            <translation>Beliebiges Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="65" />
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="32" />
            <source>Applies to</source>
            <translation>Gilt für</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="187" />
            <source>Applies to {0:,} customer now.</source>
            <translation>Gilt derzeit für {0:,} Kunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="189" />
            <source>Applies to {0:,} customers now.</source>
            <translation>Gilt derzeit für {0:,} Kunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="113" />
            <source>Approval rules saved.</source>
            <translation>Freigaberegeln gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="144" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="121" />
            <source>Approval threshold</source>
            <translation>Freigabeschwelle</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="134" />
            <source>Approve (A)</source>
            <translation>Freigeben (A)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="144" />
            <source>Approve and send (Ctrl+Shift+A)</source>
            <translation>Freigeben und senden (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="284" />
            <source>Approve the selected drafts (A)</source>
            <translation>Die ausgewählten Entwürfe freigeben (A)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="291" />
            <source>Approve, finalize and send the selected drafts (Ctrl+Shift+A)</source>
            <translation>Die ausgewählten Entwürfe freigeben, finalisieren und senden (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="342" />
            <source>Approved {0} draft(s).</source>
            <translation>Freigegebene Entwürfe: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="388" />
            <source>Approved {0} draft(s); finalizing and sending…</source>
            <translation>Freigegebene Entwürfe: {0}; sie werden finalisiert und gesendet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="34" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="156" />
            <source>As a separate invoice</source>
            <translation>Als separate Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="88" />
            <source>As of {0} · days past due</source>
            <translation>Stand {0} · Tage überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="214" />
            <source>Assign to a customer…</source>
            <translation>Einem Kunden zuweisen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="35" />
            <source>At most 80 characters.</source>
            <translation>Höchstens 80 Zeichen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="169" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="87" />
            <source>Automation coverage</source>
            <translation>Automatisierungsgrad</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="60" />
            <source>Available for new invoices</source>
            <translation>Für neue Rechnungen verfügbar</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="186" />
            <source>Average days late</source>
            <translation>Durchschnittliche Verspätung in Tagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="119" />
            <source>BI export</source>
            <translation>BI-Export</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="154" />
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="79" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="168" />
            <source>Backed up the workspace to {0}</source>
            <translation>Arbeitsbereich gesichert in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="167" />
            <source>Backed up to {0}.</source>
            <translation>Gesichert in {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="123" />
            <source>Background job settings saved.</source>
            <translation>Einstellungen der Hintergrundaufgaben gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="50" />
            <source>Background jobs</source>
            <translation>Hintergrundaufgaben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="354" />
            <source>Background jobs: {0}</source>
            <translation>Hintergrundaufgaben: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="143" />
            <source>Backup settings saved.</source>
            <translation>Sicherungseinstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="73" />
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="85" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="45" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="241" />
            <source>Bank / Stripe clearing account</source>
            <translation>Bank-/Stripe-Verrechnungskonto</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="60" />
            <source>Bank account, IBAN, how to pay</source>
            <translation>Bankverbindung, IBAN, Zahlungsweg</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="235" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="26" />
            <source>Bank transfer</source>
            <translation>Banküberweisung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="81" />
            <source>Between 1 minute and 1 day (1440).</source>
            <translation>Zwischen 1 Minute und 1 Tag (1440).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="54" />
            <source>Between…</source>
            <translation>Zwischen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="180" />
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="61" />
            <source>Bill every missed period</source>
            <translation>Jeden verpassten Zeitraum abrechnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="181" />
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="62" />
            <source>Bill only the latest missed period</source>
            <translation>Nur den letzten verpassten Zeitraum abrechnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="61" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="38" />
            <source>Billing</source>
            <translation>Abrechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="56" />
            <source>Billing address</source>
            <translation>Rechnungsadresse</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="188" />
            <source>Br&amp;owse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="168" />
            <source>Branding</source>
            <translation>Erscheinungsbild</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="304" />
            <source>Branding saved: new PDFs use it.</source>
            <translation>Erscheinungsbild gespeichert: Neue PDFs verwenden es.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="120" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="128" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="56" />
            <source>Building the e-invoice…</source>
            <translation>E-Rechnung wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="65" />
            <source>Business</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="135" />
            <source>Business na&amp;me</source>
            <translation>Firmen&amp;name</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="66" />
            <source>Business name</source>
            <translation>Firmenname</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="91" />
            <source>Business name is required.</source>
            <translation>Firmenname ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="277" />
            <source>Business profile saved.</source>
            <translation>Unternehmensprofil gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="59" />
            <source>Business time zone</source>
            <translation>Zeitzone des Unternehmens</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="87" />
            <source>C&amp;urrency</source>
            <translation>&amp;Währung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="87" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="43" />
            <source>CSV files</source>
            <translation>CSV-Dateien</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="92" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="77" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="236" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="141" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="88" />
            <source>Ca&amp;p per invoice</source>
            <translation>&amp;Obergrenze pro Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="141" />
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="140" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_runner.py" line="176" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="324" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="101" />
            <source>Cannot delete a paid invoice: only draft invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht gelöscht werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="102" />
            <source>Cannot delete a void invoice: only draft invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht gelöscht werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="100" />
            <source>Cannot delete an open invoice: only draft invoices allow it.</source>
            <translation>Eine offene Rechnung kann nicht gelöscht werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="103" />
            <source>Cannot delete an uncollectible invoice: only draft invoices allow it.</source>
            <translation>Eine uneinbringliche Rechnung kann nicht gelöscht werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="97" />
            <source>Cannot edit a paid invoice: only draft invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht bearbeitet werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="98" />
            <source>Cannot edit a void invoice: only draft invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht bearbeitet werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="96" />
            <source>Cannot edit an open invoice: only draft invoices allow it.</source>
            <translation>Eine offene Rechnung kann nicht bearbeitet werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="99" />
            <source>Cannot edit an uncollectible invoice: only draft invoices allow it.</source>
            <translation>Eine uneinbringliche Rechnung kann nicht bearbeitet werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="105" />
            <source>Cannot finalize a paid invoice: only draft invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht finalisiert werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="106" />
            <source>Cannot finalize a void invoice: only draft invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht finalisiert werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="104" />
            <source>Cannot finalize an open invoice: only draft invoices allow it.</source>
            <translation>Eine offene Rechnung kann nicht finalisiert werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="107" />
            <source>Cannot finalize an uncollectible invoice: only draft invoices allow it.</source>
            <translation>Eine uneinbringliche Rechnung kann nicht finalisiert werden: Das ist nur bei Entwürfen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="128" />
            <source>Cannot finalize or send a draft that is not approved: it waits for review.</source>
            <translation>Ein nicht freigegebener Entwurf kann nicht finalisiert oder gesendet werden: Er wartet auf Prüfung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="122" />
            <source>Cannot issue a credit note for a draft invoice: only open or paid invoices allow it.</source>
            <translation>Für einen Entwurf kann keine Gutschrift ausgestellt werden: Das ist nur bei offenen oder bezahlten Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="123" />
            <source>Cannot issue a credit note for a void invoice: only open or paid invoices allow it.</source>
            <translation>Für eine stornierte Rechnung kann keine Gutschrift ausgestellt werden: Das ist nur bei offenen oder bezahlten Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="124" />
            <source>Cannot issue a credit note for an uncollectible invoice: only open or paid invoices allow it.</source>
            <translation>Für eine uneinbringliche Rechnung kann keine Gutschrift ausgestellt werden: Das ist nur bei offenen oder bezahlten Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="112" />
            <source>Cannot mark as paid a draft invoice: only open or uncollectible invoices allow it.</source>
            <translation>Ein Entwurf kann nicht als bezahlt markiert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="113" />
            <source>Cannot mark as paid a paid invoice: only open or uncollectible invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht als bezahlt markiert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="114" />
            <source>Cannot mark as paid a void invoice: only open or uncollectible invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht als bezahlt markiert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="118" />
            <source>Cannot mark as uncollectible a draft invoice: only open invoices allow it.</source>
            <translation>Ein Entwurf kann nicht als uneinbringlich markiert werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="119" />
            <source>Cannot mark as uncollectible a paid invoice: only open invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht als uneinbringlich markiert werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="120" />
            <source>Cannot mark as uncollectible a void invoice: only open invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht als uneinbringlich markiert werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="121" />
            <source>Cannot mark as uncollectible an uncollectible invoice: only open invoices allow it.</source>
            <translation>Eine uneinbringliche Rechnung kann nicht als uneinbringlich markiert werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="108" />
            <source>Cannot send a draft invoice: only open invoices allow it.</source>
            <translation>Ein Entwurf kann nicht gesendet werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="109" />
            <source>Cannot send a paid invoice: only open invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht gesendet werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="110" />
            <source>Cannot send a void invoice: only open invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht gesendet werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="111" />
            <source>Cannot send an uncollectible invoice: only open invoices allow it.</source>
            <translation>Eine uneinbringliche Rechnung kann nicht gesendet werden: Das ist nur bei offenen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="115" />
            <source>Cannot void a draft invoice: only open or uncollectible invoices allow it.</source>
            <translation>Ein Entwurf kann nicht storniert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="116" />
            <source>Cannot void a paid invoice: only open or uncollectible invoices allow it.</source>
            <translation>Eine bezahlte Rechnung kann nicht storniert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="117" />
            <source>Cannot void a void invoice: only open or uncollectible invoices allow it.</source>
            <translation>Eine stornierte Rechnung kann nicht storniert werden: Das ist nur bei offenen oder uneinbringlichen Rechnungen möglich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="237" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="26" />
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="220" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="74" />
            <source>Cash forecast</source>
            <translation>Liquiditätsprognose</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="182" />
            <source>Change key…</source>
            <translation>Schlüssel ändern…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="261" />
            <source>Changes Stripe refused</source>
            <translation>Von Stripe abgelehnte Änderungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="125" />
            <source>Changes to send</source>
            <translation>Zu sendende Änderungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="166" />
            <source>Charge automatically</source>
            <translation>Automatisch abbuchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="49" />
            <source>Charge late fees on overdue invoices</source>
            <translation>Mahngebühren auf überfällige Rechnungen erheben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="56" />
            <source>Charge now</source>
            <translation>Jetzt abbuchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="51" />
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="25" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="184" />
            <source>Charge the saved payment method</source>
            <translation>Gespeicherte Zahlungsmethode belasten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="137" />
            <source>Charging automatically needs a saved payment method; payment terms then do not apply.</source>
            <translation>Die automatische Belastung braucht eine gespeicherte Zahlungsmethode; Zahlungsbedingungen gelten dann nicht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="81" />
            <source>Check now</source>
            <translation>Jetzt prüfen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="303" />
            <source>Check that the workspace folder exists and that you may write to it, then try again.</source>
            <translation>Prüfen Sie, ob der Ordner des Arbeitsbereichs existiert und Sie darin schreiben dürfen, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="321" />
            <source>Check that you pasted the whole secret key (sk_...) or restricted key (rk_...) from the Stripe Dashboard.</source>
            <translation>Prüfen Sie, ob Sie den vollständigen geheimen Schlüssel (sk_...) oder eingeschränkten Schlüssel (rk_...) aus dem Stripe Dashboard eingefügt haben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="325" />
            <source>Check the internet connection; the app retries when it is back.</source>
            <translation>Prüfen Sie die Internetverbindung; die App versucht es erneut, sobald sie wieder besteht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="175" />
            <source>Check usage file</source>
            <translation>Nutzungsdatei prüfen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="224" />
            <source>Checking escalations failed: {0}</source>
            <translation>Die Prüfung der Eskalationen ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="239" />
            <source>Checking the key with Stripe…</source>
            <translation>Schlüssel wird bei Stripe geprüft…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="174" />
            <source>Checking {0}…</source>
            <translation>{0} wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="236" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="26" />
            <source>Cheque</source>
            <translation>Scheck</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="283" />
            <source>Choose 'is one of' for several values.</source>
            <translation>Wählen Sie für mehrere Werte „ist eines von“.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="252" />
            <source>Choose a PNG or JPEG image.</source>
            <translation>Wählen Sie ein PNG- oder JPEG-Bild.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="150" />
            <source>Choose a currency.</source>
            <translation>Wählen Sie eine Währung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="504" />
            <source>Choose a customer from the list (type part of the name).</source>
            <translation>Wählen Sie einen Kunden aus der Liste (geben Sie einen Teil des Namens ein).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="55" />
            <source>Choose a customer.</source>
            <translation>Wählen Sie einen Kunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="131" />
            <source>Choose a file to see what would change. Nothing is written yet.</source>
            <translation>Wählen Sie eine Datei, um zu sehen, was sich ändern würde. Noch wird nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="131" />
            <source>Choose a logo</source>
            <translation>Ein Logo auswählen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="82" />
            <source>Choose all missed periods or the latest.</source>
            <translation>Wählen Sie alle verpassten Zeiträume oder nur den letzten.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="126" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="85" />
            <source>Choose how the payment was made.</source>
            <translation>Wählen Sie, wie die Zahlung erfolgt ist.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="147" />
            <source>Choose logo…</source>
            <translation>Logo auswählen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="295" />
            <source>Choose off, daily or weekly.</source>
            <translation>Wählen Sie aus, täglich oder wöchentlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="26" />
            <source>Choose one of the listed fonts.</source>
            <translation>Wählen Sie eine der aufgeführten Schriftarten.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="24" />
            <source>Choose one of the listed templates.</source>
            <translation>Wählen Sie eine der aufgeführten Vorlagen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="284" />
            <source>Choose the currency of the amount.</source>
            <translation>Wählen Sie die Währung des Betrags.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="49" />
            <source>Choose the currency of the fee and cap.</source>
            <translation>Wählen Sie die Währung der Gebühr und der Obergrenze.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="245" />
            <source>Choose where to save the export.</source>
            <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="222" />
            <source>Choose your logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="140" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="141" />
            <source>Cit&amp;y</source>
            <translation>PLZ und &amp;Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/address_form.py" line="50" />
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="60" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="74" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="67" />
            <source>Classic</source>
            <translation>Klassisch</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="278" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="280" />
            <location filename="../../desktop_invoicer/ui/form_dialog.py" line="83" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="143" />
            <source>Co&amp;untry</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="54" />
            <source>Collecting what the workspace holds…</source>
            <translation>Daten des Arbeitsbereichs werden gesammelt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="159" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="93" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="45" />
            <source>Collection</source>
            <translation>Zahlungseinzug</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="140" />
            <source>Collection method</source>
            <translation>Zahlungseinzugsart</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/registry.py" line="44" />
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="44" />
            <source>Collection rules</source>
            <translation>Einzugsregeln</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="67" />
            <source>Compact</source>
            <translation>Kompakt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="33" />
            <source>Company or person</source>
            <translation>Firma oder Person</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="102" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="312" />
            <source>Complete milestone</source>
            <translation>Meilenstein abschließen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="248" />
            <source>Complete the conditions to see who matches.</source>
            <translation>Vervollständigen Sie die Bedingungen, um zu sehen, wer zutrifft.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="158" />
            <source>Completed, invoice queued</source>
            <translation>Abgeschlossen, Rechnung in Warteschlange</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="159" />
            <source>Completed, invoice sending</source>
            <translation>Abgeschlossen, Rechnung wird gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="309" />
            <source>Computing the dashboard…</source>
            <translation>Übersicht wird berechnet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="156" />
            <source>Conditions</source>
            <translation>Bedingungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="249" />
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="201" />
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="128" />
            <source>Connect Stripe account</source>
            <translation>Stripe-Konto verbinden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="88" />
            <source>Connect Stripe account…</source>
            <translation>Stripe-Konto verbinden…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="135" />
            <source>Connect a Stripe account</source>
            <translation>Ein Stripe-Konto verbinden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="59" />
            <source>Connect a Stripe account to charge invoices: this workspace is not connected.</source>
            <translation>Verbinden Sie ein Stripe-Konto, um Rechnungen abzubuchen: Dieser Arbeitsbereich ist nicht verbunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="80" />
            <source>Connect a Stripe account to issue credit notes: this workspace is not connected.</source>
            <translation>Verbinden Sie ein Stripe-Konto, um Gutschriften auszustellen: Dieser Arbeitsbereich ist nicht verbunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="50" />
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="25" />
            <source>Connect a Stripe account to send invoices: this workspace is not connected.</source>
            <translation>Verbinden Sie ein Stripe-Konto, um Rechnungen zu senden: Dieser Arbeitsbereich ist nicht verbunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="269" />
            <source>Connected to &lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;br&gt;The first sync has started: copying the account's data takes a moment; follow it in &lt;i&gt;Sync&lt;/i&gt;.</source>
            <translation>Verbunden mit &lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;br&gt;Die erste Synchronisierung hat begonnen: Das Kopieren der Kontodaten dauert einen Moment; verfolgen Sie es unter &lt;i&gt;Synchronisierung&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="465" />
            <source>Connected to {0}. The first sync has started.</source>
            <translation>Verbunden mit {0}. Die erste Synchronisierung hat begonnen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="159" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="182" />
            <source>Connect…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="339" />
            <source>Copying the database…</source>
            <translation>Datenbank wird kopiert…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="202" />
            <source>Could not read the file: {0}</source>
            <translation>Die Datei konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="300" />
            <location filename="../../desktop_invoicer/ui/form_dialog.py" line="98" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="379" />
            <source>Could not save: {0}</source>
            <translation>Speichern nicht möglich: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="232" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="247" />
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="380" />
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="62" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="80" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="182" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="244" />
            <source>Country code for holidays, e.g. DE, US</source>
            <translation>Ländercode für Feiertage, z. B. DE, US</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="248" />
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="20" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="178" />
            <source>Create a draft for review</source>
            <translation>Entwurf zur Prüfung erstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="70" />
            <source>Create invoices 0 to 365 days ahead.</source>
            <translation>Erstellen Sie Rechnungen 0 bis 365 Tage im Voraus.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="412" />
            <source>Creating the demo data</source>
            <translation>Demodaten werden erstellt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="179" />
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="185" />
            <source>Credit note</source>
            <translation>Gutschrift</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="250" />
            <source>Credit note: queued, going to Stripe now…</source>
            <translation>Gutschrift: eingereiht, wird jetzt an Stripe übertragen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="244" />
            <source>Credit notes (sales returns) account</source>
            <translation>Konto für Gutschriften (Erlösminderungen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="78" />
            <source>Credit note…</source>
            <translation>Gutschrift…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="381" />
            <source>Credit sales</source>
            <translation>Umsatz auf Ziel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="260" />
            <source>Cumulative</source>
            <translation>Kumuliert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="46" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="79" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="183" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="245" />
            <source>Current</source>
            <translation>Nicht fällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="150" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="64" />
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="93" />
            <source>Custom field name is required.</source>
            <translation>Name des benutzerdefinierten Felds ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="94" />
            <source>Custom field value is required.</source>
            <translation>Wert des benutzerdefinierten Felds ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="237" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="44" />
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="177" />
            <source>Custom rule</source>
            <translation>Eigene Regel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="43" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="93" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="102" />
            <source>Customer (deleted)</source>
            <translation>Kunde (gelöscht)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="43" />
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="46" />
            <source>Customer groups</source>
            <translation>Kundengruppen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="216" />
            <source>Customer groups…</source>
            <translation>Kundengruppen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="115" />
            <source>Customer tags</source>
            <translation>Schlagwörter des Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="100" />
            <source>Customer: {0}</source>
            <translation>Kunde: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="24" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="36" />
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="162" />
            <source>Customers (*.csv *.vcf);;All files (*)</source>
            <translation>Kunden (*.csv *.vcf);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="64" />
            <source>Customers and data</source>
            <translation>Kunden und Daten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="63" />
            <source>Customers in a segment</source>
            <translation>Kunden in einem Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="151" />
            <source>Customers matching all conditions</source>
            <translation>Kunden, die alle Bedingungen erfüllen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="152" />
            <source>Customers matching any condition</source>
            <translation>Kunden, die mindestens eine Bedingung erfüllen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="25" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="79" />
            <source>DSO = receivables at period end ÷ credit sales in period × days in period</source>
            <translation>DSO = Forderungen am Ende des Zeitraums ÷ Umsatz auf Ziel im Zeitraum × Tage im Zeitraum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="184" />
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="201" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="41" />
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="333" />
            <source>Dashboard up to date.</source>
            <translation>Übersicht ist aktuell.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="86" />
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="418" />
            <source>Dates are in {0}, with the holidays of {1}.</source>
            <translation>Termine in der Zeitzone {0}, mit den Feiertagen von {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="422" />
            <source>Dates are in {0}.</source>
            <translation>Termine in der Zeitzone {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="44" />
            <source>Days overdue</source>
            <translation>Tage überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="45" />
            <source>Days overdue are 1 to 3650.</source>
            <translation>Die Tage überfällig liegen zwischen 1 und 3650.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="77" />
            <source>Days sales outstanding</source>
            <translation>Forderungslaufzeit (DSO)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="46" />
            <source>Days until due</source>
            <translation>Tage bis zur Fälligkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="56" />
            <source>Days until due: 0 to 365.</source>
            <translation>Tage bis zur Fälligkeit: 0 bis 365.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="207" />
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="213" />
            <source>Default &amp;currency</source>
            <translation>St&amp;andardwährung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="79" />
            <source>Default currency</source>
            <translation>Standardwährung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="76" />
            <source>Defaults for new invoices</source>
            <translation>Vorgaben für neue Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="181" />
            <source>Defaults for new invoices; every one of them can be changed per invoice.</source>
            <translation>Vorgaben für neue Rechnungen; jede davon lässt sich pro Rechnung ändern.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="65" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="295" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="142" />
            <source>Delete customer</source>
            <translation>Kunden löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="351" />
            <source>Delete draft</source>
            <translation>Entwurf löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="117" />
            <source>Delete product</source>
            <translation>Produkt löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="164" />
            <source>Delete rule</source>
            <translation>Regel löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="394" />
            <source>Delete segment</source>
            <translation>Segment löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="348" />
            <source>Delete the draft invoice for {0}? This cannot be undone.</source>
            <translation>Den Rechnungsentwurf für {0} löschen? Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="165" />
            <source>Delete the rule {0}? Drafts keep their terms.</source>
            <translation>Die Regel {0} löschen? Entwürfe behalten ihre Bedingungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="394" />
            <source>Delete the segment {0}?</source>
            <translation>Das Segment {0} löschen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="116" />
            <source>Delete {0} and its prices?</source>
            <translation>{0} und die zugehörigen Preise löschen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="143" />
            <source>Delete {0}? This cannot be undone.</source>
            <translation>{0} löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="170" />
            <source>Deleted rule {0}.</source>
            <translation>Regel {0} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="406" />
            <source>Deleted segment {0}.</source>
            <translation>Segment {0} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="154" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="124" />
            <source>Deleted {0}.</source>
            <translation>{0} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="34" />
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="64" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="38" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="92" />
            <source>Description is required.</source>
            <translation>Beschreibung ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="165" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="222" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="326" />
            <source>Discard change</source>
            <translation>Änderung verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_wizard.py" line="132" />
            <source>Discard the business details?</source>
            <translation>Unternehmensangaben verwerfen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="331" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="346" />
            <source>Discard the changes to this segment?</source>
            <translation>Die Änderungen an diesem Segment verwerfen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="322" />
            <source>Discard this change to {0}? It is not sent to Stripe; the copy here keeps it until the next full sync.</source>
            <translation>Diese Änderung an {0} verwerfen? Sie wird nicht an Stripe gesendet; die Kopie hier behält sie bis zur nächsten vollständigen Synchronisierung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="477" />
            <source>Disconnect Stripe account</source>
            <translation>Stripe-Konto trennen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="472" />
            <source>Disconnect workspace '{0}' from {1}? The key is removed from this computer's keyring. The copied data stays, but nothing syncs until you connect again.</source>
            <translation>Arbeitsbereich „{0}“ von {1} trennen? Der Schlüssel wird aus dem Schlüsselbund dieses Computers entfernt. Die kopierten Daten bleiben erhalten, aber nichts wird synchronisiert, bis Sie erneut verbinden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="484" />
            <source>Disconnected from {0}.</source>
            <translation>Von {0} getrennt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="161" />
            <source>Disconnect…</source>
            <translation>Trennen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="161" />
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="472" />
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="41" />
            <source>Discount days are 1 to 365.</source>
            <translation>Die Rabatttage liegen zwischen 1 und 365.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dispute_column.py" line="51" />
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="48" />
            <source>Dispute</source>
            <translation>Zahlungsanfechtung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="233" />
            <source>Dispute lost</source>
            <translation>Zahlungsanfechtung verloren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="234" />
            <source>Dispute prevented</source>
            <translation>Zahlungsanfechtung verhindert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="232" />
            <source>Dispute won</source>
            <translation>Zahlungsanfechtung gewonnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="230" />
            <source>Disputed: needs response</source>
            <translation>Angefochten: Antwort erforderlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="231" />
            <source>Disputed: under review</source>
            <translation>Angefochten: in Prüfung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="209" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="294" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="90" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="340" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="87" />
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="134" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="46" />
            <source>Double-entry journal (CSV)</source>
            <translation>Journal der doppelten Buchführung (CSV)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="198" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="261" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="308" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="358" />
            <source>Draft deleted.</source>
            <translation>Entwurf gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="369" />
            <source>Draft held until someone approves it.</source>
            <translation>Entwurf zurückgehalten, bis ihn jemand freigibt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="363" />
            <source>Draft rejected; its author sees why.</source>
            <translation>Entwurf abgelehnt; der Verfasser sieht die Begründung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="332" />
            <source>Draft saved.</source>
            <translation>Entwurf gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="447" />
            <source>Draft saved; it is back in the review queue.</source>
            <translation>Entwurf gespeichert; er ist wieder in der Prüfwarteschlange.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="223" />
            <source>Drop this change; it is not sent to Stripe</source>
            <translation>Diese Änderung verwerfen; sie wird nicht an Stripe gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="187" />
            <source>Drop your change and keep the version in Stripe</source>
            <translation>Ihre Änderung verwerfen und die Version in Stripe behalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="248" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="165" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="198" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="47" />
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="85" />
            <source>Due on (YYYY-MM-DD)</source>
            <translation>Fällig am (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="224" />
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="314" />
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="14" />
            <source>Due on receipt</source>
            <translation>Sofort fällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="165" />
            <source>Duplicate</source>
            <translation>Duplikat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="84" />
            <source>Duplicate as a new draft</source>
            <translation>Als neuen Entwurf duplizieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="269" />
            <source>Duplicated as a new draft.</source>
            <translation>Als neuer Entwurf dupliziert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="367" />
            <source>E-mail (SMTP) is not set up: fill in Settings, E-mail server.</source>
            <translation>E-Mail (SMTP) ist nicht eingerichtet: Füllen Sie Einstellungen, E-Mail-Server aus.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="146" />
            <source>E-mail from this app (SMTP, see Settings)</source>
            <translation>E-Mail aus dieser App (SMTP, siehe Einstellungen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="61" />
            <source>E-mail server for reminders (SMTP)</source>
            <translation>E-Mail-Server für Zahlungserinnerungen (SMTP)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="153" />
            <source>E-mail server settings saved.</source>
            <translation>E-Mail-Server-Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="141" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="108" />
            <source>Early-payment discount</source>
            <translation>Rabatt bei früher Zahlung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="63" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="140" />
            <source>Edit (Enter)</source>
            <translation>Bearbeiten (Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="29" />
            <source>Edit customer</source>
            <translation>Kunden bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="54" />
            <source>Edit product</source>
            <translation>Produkt bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="78" />
            <source>Edit reminder policy</source>
            <translation>Erinnerungsrichtlinie bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="123" />
            <source>Edit schedule</source>
            <translation>Zeitplan bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="287" />
            <source>Edit the current draft; saving puts it back in the queue (Enter)</source>
            <translation>Den aktuellen Entwurf bearbeiten; beim Speichern kommt er zurück in die Warteschlange (Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="180" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="212" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="44" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="67" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="165" />
            <source>Email an invoice</source>
            <translation>Rechnung per E-Mail senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="223" />
            <source>Email invoice</source>
            <translation>Rechnung per E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="49" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="181" />
            <source>Email the invoice</source>
            <translation>Rechnung per E-Mail senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="24" />
            <source>Email the invoice to the customer</source>
            <translation>Rechnung per E-Mail an den Kunden senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="70" />
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="226" />
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="222" />
            <source>Ends after</source>
            <translation>Endet nach</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="221" />
            <source>Ends on a date</source>
            <translation>Endet an einem Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="286" />
            <source>Enter a date as YYYY-MM-DD.</source>
            <translation>Geben Sie ein Datum im Format JJJJ-MM-TT ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="51" />
            <source>Enter a fee above zero.</source>
            <translation>Geben Sie eine Gebühr über null ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="285" />
            <source>Enter a number of days of zero or more.</source>
            <translation>Geben Sie eine Anzahl Tage von null oder mehr ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="71" />
            <source>Enter a recurrence rule, e.g. FREQ=MONTHLY;BYMONTHDAY=-1.</source>
            <translation>Geben Sie eine Wiederholungsregel ein, z. B. FREQ=MONTHLY;BYMONTHDAY=-1.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="74" />
            <source>Enter a value.</source>
            <translation>Geben Sie einen Wert ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="289" />
            <source>Enter a whole number, like 1 or 12.</source>
            <translation>Geben Sie eine ganze Zahl ein, z. B. 1 oder 12.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="83" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="128" />
            <source>Enter an amount above zero.</source>
            <translation>Geben Sie einen Betrag über null ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="43" />
            <source>Enter an amount of zero or more.</source>
            <translation>Geben Sie einen Betrag von null oder mehr ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="272" />
            <source>Enter an amount.</source>
            <translation>Geben Sie einen Betrag ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="77" />
            <source>Enter an email address.</source>
            <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="106" />
            <source>Erase</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="175" />
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="233" />
            <source>Erase customer</source>
            <translation>Kunden löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="247" />
            <source>Erased customer (request #{0})</source>
            <translation>Kunde gelöscht (Anfrage Nr. {0})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="244" />
            <source>Erased. Recorded as privacy request #{0}.</source>
            <translation>Gelöscht. Als Datenschutzanfrage Nr. {0} erfasst.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="165" />
            <source>Erasing removes {0}'s name, email, phone and address from this workspace, its audit log and pending changes. {1} {2} This cannot be undone.</source>
            <translation>Das Löschen entfernt Name, E-Mail, Telefon und Adresse von {0} aus diesem Arbeitsbereich, seinem Änderungsprotokoll und den ausstehenden Änderungen. {1} {2} Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="231" />
            <source>Erasing…</source>
            <translation>Wird gelöscht…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="193" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="92" />
            <source>Error rate</source>
            <translation>Fehlerquote</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="66" />
            <source>Escalate overdue invoices to me</source>
            <translation>Überfällige Rechnungen an mich eskalieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="60" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="40" />
            <source>Escalations</source>
            <translation>Eskalationen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="56" />
            <source>Every</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="42" />
            <source>Every day</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="154" />
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="42" />
            <source>Every week</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="285" />
            <source>Everything in this period is exported.</source>
            <translation>Alles in diesem Zeitraum ist exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="121" />
            <source>Everything this workspace holds about the customer, in one zip archive: their details, invoices, payments, credit notes, reminders, audit entries and Stripe's copy of their objects as of the last sync.</source>
            <translation>Alles, was dieser Arbeitsbereich über den Kunden enthält, in einem ZIP-Archiv: Stammdaten, Rechnungen, Zahlungen, Gutschriften, Zahlungserinnerungen, Protokolleinträge und die Kopie seiner Stripe-Objekte vom Stand der letzten Synchronisierung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="81" />
            <source>Exempt</source>
            <translation>Steuerbefreit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="39" />
            <source>Exempt from tax</source>
            <translation>Von der Steuer befreit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="258" />
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="148" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="168" />
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="102" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="228" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="94" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="230" />
            <source>Export PDF…</source>
            <translation>PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="126" />
            <source>Export again documents already exported in this format</source>
            <translation>Bereits in diesem Format exportierte Belege erneut exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="46" />
            <source>Export all data for BI…</source>
            <translation>Alle Daten für BI exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="110" />
            <source>Export all data to a folder</source>
            <translation>Alle Daten in einen Ordner exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="131" />
            <source>Export archive</source>
            <translation>Archiv exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="85" />
            <source>Export customers</source>
            <translation>Kunden exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="36" />
            <source>Export customers (CSV)…</source>
            <translation>Kunden exportieren (CSV)…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="37" />
            <source>Export customers (vCard)…</source>
            <translation>Kunden exportieren (vCard)…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="35" />
            <source>Export e-invoice</source>
            <translation>E-Rechnung exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="24" />
            <source>Export e-invoice (Factur-X)…</source>
            <translation>E-Rechnung exportieren (Factur-X)…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="53" />
            <source>Export everything about the customer, or erase them</source>
            <translation>Alle Daten des Kunden exportieren oder ihn löschen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="371" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="116" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="254" />
            <source>Export for accounting</source>
            <translation>Für die Buchhaltung exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="54" />
            <source>Export for accounting…</source>
            <translation>Für die Buchhaltung exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="54" />
            <source>Export invoice as PDF</source>
            <translation>Rechnung als PDF exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="77" />
            <source>Export the audit trail</source>
            <translation>Änderungsprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="105" />
            <source>Export their data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="352" />
            <source>Export {0} as {1}</source>
            <translation>{0} als {1} exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="93" />
            <source>Exported {0} customers to {1}.</source>
            <translation>{0} Kunden nach {1} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="94" />
            <source>Exported {0} customers.</source>
            <translation>{0} Kunden exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="150" />
            <source>Exported {0} documents for accounting.</source>
            <translation>{0} Belege für die Buchhaltung exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="277" />
            <source>Exported {0} documents to {1}.</source>
            <translation>{0} Belege nach {1} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="135" />
            <source>Exported {0} tables ({1:,} rows) to {2}.</source>
            <translation>{0} Tabellen ({1:,} Zeilen) nach {2} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="137" />
            <source>Exported {0} tables for BI.</source>
            <translation>{0} Tabellen für BI exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="59" />
            <source>Exporting PDF</source>
            <translation>PDF wird exportiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="90" />
            <source>Exporting e-invoice</source>
            <translation>E-Rechnung wird exportiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="360" />
            <source>Exporting {0}</source>
            <translation>{0} wird exportiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="202" />
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="25" />
            <source>Factur-X PDF with embedded XML (*.pdf)</source>
            <translation>Factur-X-PDF mit eingebettetem XML (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="26" />
            <source>Factur-X XML, EN 16931 (*.xml)</source>
            <translation>Factur-X-XML, EN 16931 (*.xml)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="45" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="210" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="294" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="172" />
            <source>Final</source>
            <translation>Abschließend</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="45" />
            <source>Finalize</source>
            <translation>Finalisieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="179" />
            <source>Finalize and send</source>
            <translation>Finalisieren und senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="21" />
            <source>Finalize and send at once</source>
            <translation>Sofort finalisieren und senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="290" />
            <source>Finalize and send without an approval</source>
            <translation>Ohne Freigabe finalisieren und senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="90" />
            <source>Finish opens it. Try anything: it runs on a local Stripe-compatible server, so nothing reaches Stripe and no one is charged. When you are ready, set up your own business from Help → Set up a workspace.</source>
            <translation>„Abschließen“ öffnet ihn. Probieren Sie alles aus: Er läuft auf einem lokalen, Stripe-kompatiblen Server, daher erreicht nichts Stripe und niemandem wird etwas berechnet. Wenn Sie so weit sind, legen Sie Ihr eigenes Unternehmen über Hilfe → Arbeitsbereich einrichten an.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="171" />
            <source>Firm</source>
            <translation>Bestimmt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="147" />
            <source>First copy of the account</source>
            <translation>Erste Kopie des Kontos</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="217" />
            <source>First date</source>
            <translation>Erstes Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="188" />
            <source>First invoice date</source>
            <translation>Datum der ersten Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="129" />
            <source>First invoice to this customer</source>
            <translation>Erste Rechnung an diesen Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="84" />
            <source>First sync in {0}</source>
            <translation>Erste Synchronisierung in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="400" />
            <source>Fix the schedule to see its dates.</source>
            <translation>Korrigieren Sie den Zeitplan, um seine Termine zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="151" />
            <source>Fixed amount</source>
            <translation>Fester Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="76" />
            <source>Flat fee</source>
            <translation>Pauschale</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="174" />
            <source>Font</source>
            <translation>Schrift</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="213" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="84" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="43" />
            <source>Footer</source>
            <translation>Fußzeile</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="61" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="163" />
            <source>Fortnightly</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="166" />
            <source>Fraudulent</source>
            <translation>Betrügerisch</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="170" />
            <source>Friendly</source>
            <translation>Freundlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/period_controls.py" line="35" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="83" />
            <source>From address</source>
            <translation>Absenderadresse</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="85" />
            <source>From name</source>
            <translation>Absendername</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="327" />
            <source>Give the restricted key the permission named above in the Stripe Dashboard.</source>
            <translation>Erteilen Sie dem eingeschränkten Schlüssel im Stripe Dashboard die oben genannte Berechtigung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="34" />
            <source>Give the rule a name.</source>
            <translation>Geben Sie der Regel einen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="75" />
            <source>Give the segment a name.</source>
            <translation>Geben Sie dem Segment einen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="69" />
            <source>Give this rule's terms to the open drafts it applies to</source>
            <translation>Die Bedingungen dieser Regel auf die offenen Entwürfe übertragen, für die sie gilt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="61" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="283" />
            <source>Group customers by what the app knows about them. Rules (Collection rules) can give each segment its own payment terms and reminders.</source>
            <translation>Gruppieren Sie Kunden nach dem, was die App über sie weiß. Regeln (Einzugsregeln) können jedem Segment eigene Zahlungsbedingungen und Zahlungserinnerungen geben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="130" />
            <source>Held by hand</source>
            <translation>Manuell zurückgehalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="216" />
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="143" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="97" />
            <source>History:</source>
            <translation>Verlauf:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="138" />
            <source>Hold (H)</source>
            <translation>Zurückhalten (H)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="68" />
            <source>Hold an invoice in a currency the customer does not use</source>
            <translation>Rechnung in einer Währung zurückhalten, die der Kunde nicht verwendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="286" />
            <source>Hold the current draft until someone approves it (H)</source>
            <translation>Den aktuellen Entwurf zurückhalten, bis ihn jemand freigibt (H)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="66" />
            <source>Hold the first invoice to a customer</source>
            <translation>Erste Rechnung an einen Kunden zurückhalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="246" />
            <source>Holidays of</source>
            <translation>Feiertage von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="43" />
            <source>INV-{YYYY}-{seq:04}</source>
            <translation>INV-{YYYY}-{seq:04}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="65" />
            <source>Images (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="36" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="144" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="151" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="116" />
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="160" />
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="215" />
            <source>Import customers</source>
            <translation>Kunden importieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="38" />
            <source>Import customers…</source>
            <translation>Kunden importieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="90" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="107" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="113" />
            <source>Import usage</source>
            <translation>Nutzung importieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="68" />
            <source>Import usage…</source>
            <translation>Nutzung importieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="191" />
            <source>Import {0} row</source>
            <translation>{0} Zeile importieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="191" />
            <source>Import {0} rows</source>
            <translation>{0} Zeilen importieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="377" />
            <source>Imported before; not counted again.</source>
            <translation>Bereits früher importiert; wird nicht erneut gezählt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="223" />
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="101" />
            <source>Imported {0} customers.</source>
            <translation>{0} Kunden importiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="251" />
            <source>Imported: {0}.</source>
            <translation>Importiert: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="239" />
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="158" />
            <source>In Stripe now</source>
            <translation>Jetzt in Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="71" />
            <source>In the Stripe Dashboard open Developers &gt; API keys, edit this restricted key and set {0} to '{1}' (that is {2}), then paste the key here again.</source>
            <translation>Öffnen Sie im Stripe Dashboard Developers &gt; API keys, bearbeiten Sie diesen eingeschränkten Schlüssel und setzen Sie {0} auf „{1}“ (das ist {2}). Fügen Sie den Schlüssel dann hier erneut ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="227" />
            <source>In this period: {0}.</source>
            <translation>In diesem Zeitraum: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="130" />
            <source>Include the invoices as PDF documents</source>
            <translation>Rechnungen als PDF-Dokumente beifügen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="42" />
            <source>Income account</source>
            <translation>Erlöskonto</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="239" />
            <source>Income account (unmapped products)</source>
            <translation>Erlöskonto (nicht zugeordnete Produkte)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="229" />
            <source>Inquiry closed</source>
            <translation>Anfrage geschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="227" />
            <source>Inquiry: needs response</source>
            <translation>Anfrage: Antwort erforderlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="228" />
            <source>Inquiry: under review</source>
            <translation>Anfrage: in Prüfung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="155" />
            <source>Instalments add up to {0}, balance is {1}.</source>
            <translation>Die Raten ergeben {0}, der offene Betrag ist {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/language_settings.py" line="38" />
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/language_settings.py" line="49" />
            <source>Interface language saved: {0}. Restart the app to use it.</source>
            <translation>Sprache der Oberfläche gespeichert: {0}. Starten Sie die App neu, um sie zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="210" />
            <source>Interval</source>
            <translation>Intervall</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="96" />
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="42" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="141" />
            <source>Invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="161" />
            <source>Invoice failed</source>
            <translation>Rechnung fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="96" />
            <source>Invoice numbering saved.</source>
            <translation>Rechnungsnummerierung gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="59" />
            <source>Invoice numbers</source>
            <translation>Rechnungsnummern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="162" />
            <source>Invoice preview</source>
            <translation>Rechnungsvorschau</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="80" />
            <source>Invoice {0}</source>
            <translation>Rechnung {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalation_notifier.py" line="35" />
            <source>Invoice {0} for {1} needs you.</source>
            <translation>Rechnung {0} für {1} erfordert Ihre Aufmerksamkeit.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="51" />
            <source>Invoice {0}: {1} remaining. Record money received outside Stripe (bank transfer, cheque, cash).</source>
            <translation>Rechnung {0}: {1} offen. Erfassen Sie Geld, das außerhalb von Stripe eingegangen ist (Banküberweisung, Scheck, bar).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="160" />
            <source>Invoiced</source>
            <translation>Abgerechnet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="252" />
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="179" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="80" />
            <source>Invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="404" />
            <source>Invoices behind {0}: {1}</source>
            <translation>Rechnungen zu {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="343" />
            <source>Invoices behind “{0}”: {1}</source>
            <translation>Rechnungen zu „{0}“: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="117" />
            <source>Invoices created in the period, drafts included. Automatic invoices carry the unit of work that made them in their metadata (desktop_invoicer_unit).</source>
            <translation>Im Zeitraum erstellte Rechnungen, einschließlich Entwürfen. Automatische Rechnungen tragen die Arbeitseinheit, die sie erstellt hat, in ihren Metadaten (desktop_invoicer_unit).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalation_notifier.py" line="25" />
            <source>Invoices escalated</source>
            <translation>Rechnungen eskaliert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="111" />
            <source>Invoices finalized in the period whose first payment attempt failed (a payment retry was planned for them, or Stripe recorded a failed attempt). Recovered: the invoice was then paid by one of the app's payment retries (or by Stripe's own retry, when no app retry ran).</source>
            <translation>Im Zeitraum finalisierte Rechnungen, deren erster Zahlungsversuch fehlschlug (ein erneuter Zahlungsversuch wurde für sie geplant, oder Stripe hat einen fehlgeschlagenen Versuch erfasst). Eingebracht: Die Rechnung wurde danach durch einen erneuten Zahlungsversuch der App bezahlt (oder durch den eigenen erneuten Versuch von Stripe, wenn keiner der App lief).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="98" />
            <source>Invoices finalized in the period, void ones left out. An invoice counts as paid on the first attempt when it is paid and no payment attempt failed before: Stripe recorded at most one attempt and no payment retry was needed. Invoices paid outside Stripe count as paid on the first attempt.</source>
            <translation>Im Zeitraum finalisierte Rechnungen, ohne stornierte. Eine Rechnung gilt als beim ersten Versuch bezahlt, wenn sie bezahlt ist und zuvor kein Zahlungsversuch fehlschlug: Stripe hat höchstens einen Versuch erfasst, und kein erneuter Zahlungsversuch war nötig. Außerhalb von Stripe bezahlte Rechnungen gelten als beim ersten Versuch bezahlt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="96" />
            <source>Invoices finalized {0} – {1}</source>
            <translation>Rechnungen finalisiert {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="57" />
            <source>Invoices for your business, kept on this computer and synced with Stripe.</source>
            <translation>Rechnungen für Ihr Unternehmen, gespeichert auf diesem Computer und mit Stripe synchronisiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="193" />
            <source>Invoices in QuickBooks Online's import layout. Credit notes and payments are not part of it: use the journal for those.</source>
            <translation>Rechnungen im Importformat von QuickBooks Online. Gutschriften und Zahlungen sind darin nicht enthalten: Verwenden Sie dafür das Journal.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="95" />
            <source>Invoices paid {0} – {1} (cash basis)</source>
            <translation>Rechnungen bezahlt {0} – {1} (Ist-Versteuerung)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="246" />
            <source>Invoices to list</source>
            <translation>Aufzulistende Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="197" />
            <source>Invoices, and credit notes in a second file beside them. Payments are not part of Xero's layout: use the journal for those.</source>
            <translation>Rechnungen und, in einer zweiten Datei daneben, Gutschriften. Zahlungen sind im Format von Xero nicht enthalten: Verwenden Sie dafür das Journal.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="201" />
            <source>Invoices, credit notes and payments as balanced double-entry postings, one currency per entry.</source>
            <translation>Rechnungen, Gutschriften und Zahlungen als ausgeglichene Buchungen der doppelten Buchführung, eine Währung pro Buchungssatz.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="241" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="255" />
            <source>Issued</source>
            <translation>Ausgestellt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="224" />
            <source>It failed: {0}</source>
            <translation>Fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="165" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="198" />
            <source>Job</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="145" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="39" />
            <source>Jobs</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="88" />
            <source>Keep</source>
            <translation>Aufbewahren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="296" />
            <source>Keep at least one daily backup.</source>
            <translation>Behalten Sie mindestens eine tägliche Sicherung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="189" />
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="135" />
            <source>Keep the date</source>
            <translation>Datum beibehalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="81" />
            <source>Keep the reason under 500 characters.</source>
            <translation>Der Grund darf höchstens 500 Zeichen lang sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="314" />
            <source>Kept Stripe's version of {0}.</source>
            <translation>Die Stripe-Version von {0} wurde übernommen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="25" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="248" />
            <source>LIVE</source>
            <translation>LIVE</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="97" />
            <source>LIVE: {0}. Changes affect real customers and money.</source>
            <translation>LIVE: {0}. Änderungen betreffen echte Kunden und echtes Geld.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="48" />
            <location filename="../../desktop_invoicer/ui/language_settings.py" line="40" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="38" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="146" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="52" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="60" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="147" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="61" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="230" />
            <source>Last date</source>
            <translation>Letztes Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="51" />
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="123" />
            <source>Last successful sync</source>
            <translation>Letzte erfolgreiche Synchronisierung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="205" />
            <source>Late fee</source>
            <translation>Mahngebühr</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="126" />
            <source>Late fee waived.</source>
            <translation>Mahngebühr erlassen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="82" />
            <source>Late fees</source>
            <translation>Mahngebühren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="42" />
            <source>Late fees on invoice {0}. A waived fee is removed from Stripe (or credited, if its invoice was finalized); the reason is kept in the invoice's history.</source>
            <translation>Mahngebühren auf Rechnung {0}. Eine erlassene Gebühr wird aus Stripe entfernt (oder gutgeschrieben, wenn ihre Rechnung finalisiert wurde); der Grund bleibt im Verlauf der Rechnung erhalten.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="178" />
            <source>Late fees saved.</source>
            <translation>Mahngebühren gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="143" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="118" />
            <source>Late-fee policy</source>
            <translation>Mahngebühren-Richtlinie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="247" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="77" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="72" />
            <source>Leave DTSTART out: the first date is the schedule's anchor.</source>
            <translation>Lassen Sie DTSTART weg: Das erste Datum ist der Ausgangspunkt des Zeitplans.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="100" />
            <source>Leaves {0} to pay (recorded in Stripe as a credit note).</source>
            <translation>Es bleiben {0} zu zahlen (in Stripe als Gutschrift erfasst).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="135" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="39" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="323" />
            <source>Line {0}: '{1}' is not a number.</source>
            <translation>Zeile {0}: „{1}“ ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="108" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="318" />
            <source>Line {0}: {1}</source>
            <translation>Zeile {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="174" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="176" />
            <source>Lines</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="66" />
            <source>List the retry days in increasing order.</source>
            <translation>Geben Sie die Tage für erneute Versuche in aufsteigender Reihenfolge an.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="87" />
            <source>Log folder</source>
            <translation>Protokollordner</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="179" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="70" />
            <source>Lower numbers apply first (after rules for one customer)</source>
            <translation>Niedrigere Zahlen gelten zuerst (nach den Regeln für einzelne Kunden)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="60" />
            <source>Map products and tax rates to your accounting system's codes. Exports to QuickBooks Online, Xero or a journal use them.</source>
            <translation>Ordnen Sie Produkte und Steuersätze den Schlüsseln Ihres Buchhaltungssystems zu. Exporte nach QuickBooks Online, Xero oder in ein Journal verwenden sie.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="306" />
            <source>Mark '{0}' complete and create a draft invoice for review for {1}?</source>
            <translation>„{0}“ als abgeschlossen markieren und einen Rechnungsentwurf über {1} zur Prüfung erstellen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="308" />
            <source>Mark '{0}' complete and create and send its invoice for {1}?</source>
            <translation>„{0}“ als abgeschlossen markieren und die Rechnung über {1} erstellen und senden?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="65" />
            <source>Mark paid outside Stripe</source>
            <translation>Als außerhalb von Stripe bezahlt markieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="103" />
            <source>Mark the milestone complete and create its invoice</source>
            <translation>Meilenstein als abgeschlossen markieren und seine Rechnung erstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="75" />
            <source>Mark uncollectible</source>
            <translation>Als uneinbringlich markieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="154" />
            <source>Match</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="35" />
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="212" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="178" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="42" />
            <source>Memo</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="153" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="92" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="96" />
            <source>Milestone</source>
            <translation>Meilenstein</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="93" />
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="231" />
            <source>Milestones of {0}:</source>
            <translation>Meilensteine von {0}:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="173" />
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="67" />
            <source>Modern</source>
            <translation>Modern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="251" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="261" />
            <source>Month paid</source>
            <translation>Zahlungsmonat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="164" />
            <source>Monthly</source>
            <translation>Monatlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="39" />
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="43" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="76" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="228" />
            <source>Name (e.g. PO number)</source>
            <translation>Name (z. B. Bestellnummer)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="90" />
            <source>Name is required.</source>
            <translation>Name ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="496" />
            <source>Name of the new workspace:</source>
            <translation>Name des neuen Arbeitsbereichs:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="174" />
            <source>Needs the customer</source>
            <translation>Kunde muss handeln</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="78" />
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="16" />
            <source>Net 15</source>
            <translation>Netto 15 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="17" />
            <source>Net 30</source>
            <translation>Netto 30 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="18" />
            <source>Net 60</source>
            <translation>Netto 60 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="15" />
            <source>Net 7</source>
            <translation>Netto 7 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="314" />
            <source>Net {0}</source>
            <translation>Netto {0} Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="168" />
            <source>Never bill this period of the schedule</source>
            <translation>Diesen Zeitraum des Zeitplans nie abrechnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="220" />
            <source>Never ends</source>
            <translation>Endet nie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/view_base.py" line="98" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="129" />
            <source>New &amp;workspace…</source>
            <translation>Neuer &amp;Arbeitsbereich…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="29" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="25" />
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="78" />
            <source>New customer within</source>
            <translation>Neuer Kunde innerhalb von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="256" />
            <source>New draft</source>
            <translation>Neuer Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="64" />
            <source>New group name</source>
            <translation>Name der neuen Gruppe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="78" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="81" />
            <source>New invoice</source>
            <translation>Neue Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="85" />
            <source>New milestone of {0}</source>
            <translation>Neuer Meilenstein von {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="210" />
            <source>New policy…</source>
            <translation>Neue Richtlinie…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="54" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="26" />
            <source>New product</source>
            <translation>Neues Produkt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="32" />
            <source>New project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="98" />
            <source>New project…</source>
            <translation>Neues Projekt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="123" />
            <source>New recurring schedule</source>
            <translation>Neuer wiederkehrender Zeitplan</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="78" />
            <source>New reminder policy</source>
            <translation>Neue Erinnerungsrichtlinie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="52" />
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="60" />
            <source>New rule</source>
            <translation>Neue Regel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="63" />
            <source>New schedules, after downtime</source>
            <translation>Neue Zeitpläne, nach Ausfallzeit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="178" />
            <source>New schedule…</source>
            <translation>Neuer Zeitplan…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="293" />
            <source>New segment</source>
            <translation>Neues Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="496" />
            <source>New workspace</source>
            <translation>Neuer Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="136" />
            <source>Next business day</source>
            <translation>Nächster Werktag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="138" />
            <source>Next business day in the same month</source>
            <translation>Nächster Werktag im selben Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="173" />
            <source>Next issue</source>
            <translation>Nächste Ausstellung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="62" />
            <source>Next number</source>
            <translation>Nächste Nummer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="254" />
            <source>Next {0} issue dates</source>
            <translation>Nächste {0} Ausstellungstermine</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="67" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="228" />
            <source>No PDF: it could not be read ({0}).</source>
            <translation>Kein PDF: Es konnte nicht gelesen werden ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="216" />
            <source>No PDF: {0}</source>
            <translation>Kein PDF: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="40" />
            <source>No customer matches '{0}' today. Rules for it will apply to nobody until a customer matches; check the conditions.</source>
            <translation>Heute trifft „{0}“ auf keinen Kunden zu. Regeln dafür gelten für niemanden, bis ein Kunde zutrifft; prüfen Sie die Bedingungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="374" />
            <source>No customer.</source>
            <translation>Kein Kunde.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="405" />
            <source>No dates: {0}</source>
            <translation>Keine Termine: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="90" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="110" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="115" />
            <source>No default</source>
            <translation>Keine Vorgabe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="327" />
            <source>No discount</source>
            <translation>Kein Rabatt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="400" />
            <source>No e-invoice</source>
            <translation>Keine E-Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="84" />
            <source>No e-invoice for this invoice</source>
            <translation>Keine E-Rechnung für diese Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="129" />
            <source>No file chosen</source>
            <translation>Keine Datei gewählt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="145" />
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="259" />
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="504" />
            <source>No new workspace</source>
            <translation>Kein neuer Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="180" />
            <source>No open drafts for {0}.</source>
            <translation>Keine offenen Entwürfe für {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="376" />
            <source>No period.</source>
            <translation>Kein Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="351" />
            <source>No preview: {0}</source>
            <translation>Keine Vorschau: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="375" />
            <source>No product.</source>
            <translation>Kein Produkt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="341" />
            <source>No reminders</source>
            <translation>Keine Zahlungserinnerungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="333" />
            <source>No secure password store is available, so the Stripe key cannot be saved. On Linux install and unlock a Secret Service keyring (GNOME Keyring: 'sudo apt install gnome-keyring', or KWallet on KDE) and start the app from your desktop session. Windows Credential Manager and the macOS Keychain work without setup.</source>
            <translation>Es ist kein sicherer Passwortspeicher verfügbar, daher kann der Stripe-Schlüssel nicht gespeichert werden. Installieren und entsperren Sie unter Linux einen Secret-Service-Schlüsselbund (GNOME Keyring: 'sudo apt install gnome-keyring', oder KWallet unter KDE) und starten Sie die App aus Ihrer Desktop-Sitzung. Die Windows-Anmeldeinformationsverwaltung und der macOS-Schlüsselbund funktionieren ohne Einrichtung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="236" />
            <source>No tax</source>
            <translation>Keine Steuer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="232" />
            <source>No tax rates yet</source>
            <translation>Noch keine Steuersätze</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="215" />
            <source>None (local server only)</source>
            <translation>Keine (nur lokaler Server)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="123" />
            <source>Northwind Studio LLC</source>
            <translation>Northwind Studio GmbH</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="339" />
            <source>Not approved</source>
            <translation>Nicht freigegeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="22" />
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="198" />
            <source>Not connected to a Stripe account.</source>
            <translation>Mit keinem Stripe-Konto verbunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="179" />
            <source>Not connected: this workspace stays on this computer.</source>
            <translation>Nicht verbunden: Dieser Arbeitsbereich bleibt auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="488" />
            <source>Not disconnected</source>
            <translation>Nicht getrennt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="229" />
            <source>Not exported yet: {0}.</source>
            <translation>Noch nicht exportiert: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="352" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="361" />
            <source>Not rejected</source>
            <translation>Nicht abgelehnt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="522" />
            <source>Not retried</source>
            <translation>Nicht erneut versucht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="134" />
            <source>Not saved: {0}</source>
            <translation>Nicht gespeichert: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="377" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="398" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="405" />
            <source>Not sent</source>
            <translation>Nicht gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="504" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="537" />
            <source>Not skipped</source>
            <translation>Nicht übersprungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="75" />
            <source>Not syncing</source>
            <translation>Keine Synchronisierung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="66" />
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="101" />
            <source>Nothing is escalated: no invoice is overdue beyond your limits.</source>
            <translation>Nichts ist eskaliert: Keine Rechnung ist über Ihre Grenzen hinaus überfällig.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="61" />
            <source>Nothing remains to be paid on this invoice.</source>
            <translation>Auf dieser Rechnung ist nichts mehr zu bezahlen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="144" />
            <source>Nothing to preview.</source>
            <translation>Keine Vorschau vorhanden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="303" />
            <source>Nothing waits for review.</source>
            <translation>Nichts wartet auf Prüfung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="360" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="426" />
            <source>Nothing was due.</source>
            <translation>Nichts war fällig.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="252" />
            <source>Nothing was erased: {0}</source>
            <translation>Es wurde nichts gelöscht: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="257" />
            <source>Nothing was imported: {0}</source>
            <translation>Nichts wurde importiert: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="384" />
            <source>Nothing was sent</source>
            <translation>Es wurde nichts gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="124" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="225" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="252" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="71" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="40" />
            <source>Number invoices with this format (else Stripe numbers them)</source>
            <translation>Rechnungen in diesem Format nummerieren (sonst nummeriert Stripe sie)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="64" />
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="42" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="386" />
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="281" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="82" />
            <source>Offline: Stripe cannot be reached; trying again in {0}</source>
            <translation>Offline: Stripe ist nicht erreichbar; erneuter Versuch in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="386" />
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="112" />
            <source>On</source>
            <translation>An</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_terms.py" line="19" />
            <source>On a date</source>
            <translation>Festes Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="155" />
            <source>On the customer's next invoice</source>
            <translation>Auf der nächsten Rechnung des Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="44" />
            <source>On the next invoice</source>
            <translation>Auf der nächsten Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="70" />
            <source>On the next invoice: a pending item in Stripe, picked up by the customer's next invoice that takes pending items (recurring invoices billing usage, invoices made in Stripe). As a separate invoice: its own invoice, emailed at once.</source>
            <translation>Auf der nächsten Rechnung: eine ausstehende Position in Stripe, die von der nächsten Rechnung des Kunden übernommen wird, die ausstehende Positionen aufnimmt (wiederkehrende Rechnungen, die Nutzung abrechnen, in Stripe erstellte Rechnungen). Als separate Rechnung: eine eigene Rechnung, die sofort per E-Mail gesendet wird.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="153" />
            <source>Once</source>
            <translation>Einmalig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="64" />
            <source>One customer</source>
            <translation>Ein einzelner Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="185" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="52" />
            <source>One per line, e.g. VAT DE123456789</source>
            <translation>Eine pro Zeile, z. B. USt-IdNr. DE123456789</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="69" />
            <source>One unit price per currency. Invoices in a currency use its price.</source>
            <translation>Ein Einzelpreis pro Währung. Rechnungen in einer Währung verwenden deren Preis.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="288" />
            <source>Only a late fee can be waived.</source>
            <translation>Nur eine Mahngebühr kann erlassen werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="87" />
            <source>Only an open invoice can be split.</source>
            <translation>Nur eine offene Rechnung kann aufgeteilt werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="55" />
            <source>Only an open invoice can be split; this one is {0}.</source>
            <translation>Nur eine offene Rechnung kann aufgeteilt werden; diese ist {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="343" />
            <source>Only drafts can be deleted; this invoice is {0}.</source>
            <translation>Nur Entwürfe können gelöscht werden; diese Rechnung ist {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="278" />
            <source>Only the last tier can be unbounded.</source>
            <translation>Nur die letzte Stufe kann unbegrenzt sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="157" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="262" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="80" />
            <source>Open &amp;data folder</source>
            <translation>&amp;Datenordner öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="82" />
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="130" />
            <source>Open PDF</source>
            <translation>PDF öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="185" />
            <source>Open balance</source>
            <translation>Offener Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="90" />
            <source>Open invoices by due date (payment plan instalments on their own dates), weeks from {0}</source>
            <translation>Offene Rechnungen nach Fälligkeitsdatum (Raten eines Ratenplans zu ihren eigenen Terminen), Wochen ab {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="131" />
            <source>Open this PDF in the system's PDF viewer</source>
            <translation>Dieses PDF im PDF-Betrachter des Systems öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="553" />
            <source>Opened workspace '{0}'.</source>
            <translation>Arbeitsbereich „{0}“ geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="345" />
            <source>Opening the workspace…</source>
            <translation>Arbeitsbereich wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="121" />
            <source>Operations started in the period: writes to Stripe through the outbox and units of background work (recurring invoices, reminders, payment retries). Errors: outbox writes that failed or met a conflict, and job units that failed. Lower is better.</source>
            <translation>Im Zeitraum begonnene Vorgänge: Schreibvorgänge an Stripe über die Ausgangswarteschlange und Einheiten der Hintergrundarbeit (wiederkehrende Rechnungen, Zahlungserinnerungen, erneute Zahlungsversuche). Fehler: Schreibvorgänge der Ausgangswarteschlange, die fehlschlugen oder auf einen Konflikt stießen, und fehlgeschlagene Aufgabeneinheiten. Niedriger ist besser.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="75" />
            <source>Or a balance of at least</source>
            <translation>Oder ab einem offenen Betrag von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="167" />
            <source>Order change</source>
            <translation>Bestelländerung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="238" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="26" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="246" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="77" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="67" />
            <source>PDF preview</source>
            <translation>PDF-Vorschau</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="244" />
            <source>Page {0} of {1} · {2} KB</source>
            <translation>Seite {0} von {1} · {2} KB</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="199" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="263" />
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="45" />
            <source>Parquet files</source>
            <translation>Parquet-Dateien</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="297" />
            <source>Parquet needs pyarrow, which is not installed: choose CSV.</source>
            <translation>Parquet benötigt pyarrow, das nicht installiert ist: Wählen Sie CSV.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="80" />
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="182" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="398" />
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="76" />
            <source>Pause automatic reminders for escalated invoices</source>
            <translation>Automatische Zahlungserinnerungen für eskalierte Rechnungen pausieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="99" />
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="188" />
            <source>Pause reminders</source>
            <translation>Zahlungserinnerungen pausieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="169" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="366" />
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="79" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="483" />
            <source>Paused '{0}': no invoices until resumed.</source>
            <translation>„{0}“ pausiert: keine Rechnungen bis zur Fortsetzung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="53" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="189" />
            <source>Payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="82" />
            <source>Payment instructions</source>
            <translation>Zahlungshinweise</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="55" />
            <source>Payment plan</source>
            <translation>Ratenplan</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="116" />
            <source>Payment plan saved.</source>
            <translation>Ratenplan gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="31" />
            <source>Payment plan…</source>
            <translation>Ratenplan…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="121" />
            <source>Payment recorded.</source>
            <translation>Zahlung erfasst.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="204" />
            <source>Payment retry</source>
            <translation>Erneuter Zahlungsversuch</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="72" />
            <source>Payment success rate</source>
            <translation>Zahlungserfolgsquote</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="214" />
            <source>Payment te&amp;rms</source>
            <translation>Zahlungs&amp;bedingungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="58" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="139" />
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="160" />
            <source>Payment terms</source>
            <translation>Zahlungsbedingungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="37" />
            <source>Payment terms are 0 to 365 days.</source>
            <translation>Zahlungsbedingungen umfassen 0 bis 365 Tage.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="84" />
            <source>Payments are recorded against open invoices only.</source>
            <translation>Zahlungen werden nur für offene Rechnungen erfasst.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="58" />
            <source>Payments are recorded on open invoices; this one is {0}.</source>
            <translation>Zahlungen werden auf offenen Rechnungen erfasst; diese ist {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="103" />
            <source>Pays the invoice in full (marked paid outside Stripe).</source>
            <translation>Begleicht die Rechnung vollständig (als außerhalb von Stripe bezahlt markiert).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="107" />
            <source>Pays the invoice in full; the extra {0} becomes the customer's credit balance for their next invoices.</source>
            <translation>Begleicht die Rechnung vollständig; die zusätzlichen {0} werden zum Guthaben des Kunden für seine nächsten Rechnungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="104" />
            <source>Per currency, never added across currencies. Receivables at the period's last day: what is still owed on open invoices finalized by then, plus the total of invoices paid after that day. Credit sales: totals of invoices finalized in the period (void left out). Uncollectible invoices are written off and not receivable. No value when the period has no credit sales.</source>
            <translation>Pro Währung, nie über Währungen hinweg addiert. Forderungen am letzten Tag des Zeitraums: was auf bis dahin finalisierten offenen Rechnungen noch geschuldet wird, zuzüglich der Gesamtbeträge der nach diesem Tag bezahlten Rechnungen. Umsatz auf Ziel: Gesamtbeträge der im Zeitraum finalisierten Rechnungen (ohne stornierte). Uneinbringliche Rechnungen sind abgeschrieben und keine Forderungen. Kein Wert, wenn der Zeitraum keinen Umsatz auf Ziel hat.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="348" />
            <source>Per currency, {0}-day period</source>
            <translation>Pro Währung, Zeitraum von {0} Tagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="167" />
            <source>Per unit</source>
            <translation>Pro Einheit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="152" />
            <source>Percentage of overdue</source>
            <translation>Prozentsatz des überfälligen Betrags</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/period_controls.py" line="29" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="44" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="214" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="424" />
            <source>Period: {0} ({1} days), compared with {2} ({3} days). Days are UTC calendar days.</source>
            <translation>Zeitraum: {0} ({1} Tage), verglichen mit {2} ({3} Tage). Tage sind Kalendertage in UTC.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="45" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="78" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="68" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="141" />
            <source>Pick the accent colour</source>
            <translation>Die Akzentfarbe auswählen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="155" />
            <source>Placeholders: {0}</source>
            <translation>Platzhalter: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="206" />
            <source>Plan instalment</source>
            <translation>Rate des Ratenplans</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="207" />
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="344" />
            <source>Policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="74" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/address_form.py" line="49" />
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="31" />
            <source>Preparing the PDF…</source>
            <translation>PDF wird vorbereitet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="279" />
            <source>Preview every step to switch the policy on ({0} not seen yet).</source>
            <translation>Sehen Sie sich jeden Schritt in der Vorschau an, um die Richtlinie einzuschalten ({0} noch nicht angesehen).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="161" />
            <source>Preview for a sample invoice</source>
            <translation>Vorschau für eine Beispielrechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="185" />
            <source>Preview in</source>
            <translation>Vorschau in</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="105" />
            <source>Preview:</source>
            <translation>Vorschau:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="137" />
            <source>Previous business day</source>
            <translation>Vorheriger Werktag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="176" />
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="346" />
            <source>Previous: {0}</source>
            <translation>Vorher: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="54" />
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="72" />
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="76" />
            <source>Price per unit</source>
            <translation>Preis pro Einheit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="68" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="45" />
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="69" />
            <source>Pricing</source>
            <translation>Preismodell</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="71" />
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="34" />
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="36" />
            <source>Priority is a whole number from 0 to 100000.</source>
            <translation>Die Priorität ist eine ganze Zahl von 0 bis 100000.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="204" />
            <source>Privacy export</source>
            <translation>Datenschutzexport</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="100" />
            <source>Privacy request: {0}</source>
            <translation>Datenschutzanfrage: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="52" />
            <source>Privacy request…</source>
            <translation>Datenschutzanfrage…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="42" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="256" />
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="168" />
            <source>Product unsatisfactory</source>
            <translation>Produkt nicht zufriedenstellend</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="25" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="37" />
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="93" />
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="118" />
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="58" />
            <source>Put {seq} (or {seq:04}) in the format once.</source>
            <translation>Setzen Sie {seq} (oder {seq:04}) genau einmal in das Format.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="97" />
            <source>Python package</source>
            <translation>Python-Paket</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="34" />
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="257" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="153" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="43" />
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="287" />
            <source>Quantity is 0: nothing to bill.</source>
            <translation>Die Menge ist 0: nichts abzurechnen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="78" />
            <source>Quantity must be at least 1.</source>
            <translation>Die Menge muss mindestens 1 sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="175" />
            <source>Quarterly</source>
            <translation>Vierteljährlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="42" />
            <source>Queued</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="132" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="44" />
            <source>QuickBooks Online (invoice CSV)</source>
            <translation>QuickBooks Online (Rechnungs-CSV)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="80" />
            <source>Re&amp;ference</source>
            <translation>&amp;Referenz</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="206" />
            <source>Re-applied the rules to {0} of {1} draft.</source>
            <translation>Regeln erneut auf {0} von {1} Entwurf angewendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="208" />
            <source>Re-applied the rules to {0} of {1} drafts.</source>
            <translation>Regeln erneut auf {0} von {1} Entwürfen angewendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="194" />
            <source>Re-apply rule</source>
            <translation>Regel erneut anwenden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="184" />
            <source>Re-apply the rules to {0} open draft of {1}? Its payment terms and collection method change to what the rules say today.</source>
            <translation>Die Regeln erneut auf {0} offenen Entwurf von {1} anwenden? Seine Zahlungsbedingungen und seine Zahlungsweise ändern sich auf das, was die Regeln heute vorgeben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="189" />
            <source>Re-apply the rules to {0} open drafts of {1}? Their payment terms and collection method change to what the rules say today.</source>
            <translation>Die Regeln erneut auf {0} offene Entwürfe von {1} anwenden? Ihre Zahlungsbedingungen und ihre Zahlungsweise ändern sich auf das, was die Regeln heute vorgeben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="67" />
            <source>Re-apply to open drafts…</source>
            <translation>Erneut auf offene Entwürfe anwenden…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="73" />
            <source>Reading invoices, credit notes and payments…</source>
            <translation>Rechnungen, Gutschriften und Zahlungen werden gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="83" />
            <source>Reading the queue…</source>
            <translation>Warteschlange wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="314" />
            <source>Reading upcoming jobs</source>
            <translation>Anstehende Aufgaben werden gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="313" />
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="185" />
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="45" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="380" />
            <source>Receivables</source>
            <translation>Forderungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="95" />
            <source>Recent backups (restore one into a new workspace):</source>
            <translation>Letzte Sicherungen (eine davon in einem neuen Arbeitsbereich wiederherstellen):</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="41" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="83" />
            <source>Record payment</source>
            <translation>Zahlung erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="32" />
            <source>Record payment…</source>
            <translation>Zahlung erfassen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="83" />
            <source>Recording what was exported…</source>
            <translation>Exportierte Belege werden vermerkt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="202" />
            <source>Recurring invoice</source>
            <translation>Wiederkehrende Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="207" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="285" />
            <source>Reject the current draft, saying why (R)</source>
            <translation>Den aktuellen Entwurf mit Begründung ablehnen (R)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="348" />
            <source>Reject the draft for {0}</source>
            <translation>Den Entwurf für {0} ablehnen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="214" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="215" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="136" />
            <source>Reject… (R)</source>
            <translation>Ablehnen… (R)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="258" />
            <source>Remaining</source>
            <translation>Restbetrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="203" />
            <source>Reminder</source>
            <translation>Zahlungserinnerung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="228" />
            <source>Reminder policies</source>
            <translation>Erinnerungsrichtlinien</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="76" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="142" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="113" />
            <source>Reminder policy</source>
            <translation>Erinnerungsrichtlinie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="329" />
            <source>Reminder policy of a customer</source>
            <translation>Erinnerungsrichtlinie eines Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="47" />
            <source>Reminders</source>
            <translation>Zahlungserinnerungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="199" />
            <source>Reminders paused for {0}.</source>
            <translation>Zahlungserinnerungen für {0} pausiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="197" />
            <source>Reminders resumed for {0}.</source>
            <translation>Zahlungserinnerungen für {0} fortgesetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="148" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="69" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="166" />
            <source>Remove line</source>
            <translation>Zeile entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="126" />
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="70" />
            <source>Remove this condition</source>
            <translation>Diese Bedingung entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="153" />
            <source>Remove this line</source>
            <translation>Diese Position entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="106" />
            <source>Remove this price</source>
            <translation>Diesen Preis entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="84" />
            <source>Remove tier</source>
            <translation>Staffel entfernen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="63" />
            <source>Rendering invoice {0} of {1}…</source>
            <translation>Rechnung {0} von {1} wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="52" />
            <source>Rendering the PDF preview…</source>
            <translation>PDF-Vorschau wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_preview.py" line="44" />
            <source>Rendering the PDF…</source>
            <translation>PDF wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="158" />
            <source>Rendering the preview…</source>
            <translation>Vorschau wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="34" />
            <source>Rendering {0}…</source>
            <translation>{0} wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="67" />
            <source>Repeat every 1 to 99 periods.</source>
            <translation>Wiederholen Sie alle 1 bis 99 Zeiträume.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="173" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="207" />
            <source>Repeats</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="221" />
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/registry.py" line="42" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="203" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="218" />
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="203" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="188" />
            <source>Restore into a new workspace</source>
            <translation>In einem neuen Arbeitsbereich wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="212" />
            <source>Restored into the new workspace '{0}'; open it to reconcile with Stripe.</source>
            <translation>In den neuen Arbeitsbereich „{0}“ wiederhergestellt; öffnen Sie ihn, um ihn mit Stripe abzugleichen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="210" />
            <source>Restored into workspace '{0}'.</source>
            <translation>In Arbeitsbereich „{0}“ wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="81" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="135" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="193" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="198" />
            <source>Result or error</source>
            <translation>Ergebnis oder Fehler</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="398" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="188" />
            <source>Resume reminders</source>
            <translation>Zahlungserinnerungen fortsetzen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="478" />
            <source>Resumed '{0}'.</source>
            <translation>„{0}“ fortgesetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="474" />
            <source>Resumed '{0}'; {1} missed period(s) skipped.</source>
            <translation>„{0}“ fortgesetzt; {1} verpasste(r) Zeitraum/Zeiträume übersprungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="201" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="220" />
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="65" />
            <source>Retry 1 to 60 days after the first failure.</source>
            <translation>Versuchen Sie es 1 bis 60 Tage nach dem ersten Fehlschlag erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="70" />
            <source>Retry after (days)</source>
            <translation>Erneuter Versuch nach (Tagen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="66" />
            <source>Retry failed automatic payments</source>
            <translation>Fehlgeschlagene automatische Zahlungen erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="82" />
            <source>Retry success rate</source>
            <translation>Erfolg erneuter Versuche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="219" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="73" />
            <source>Revenue by customer</source>
            <translation>Umsatz nach Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="217" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="71" />
            <source>Revenue by month</source>
            <translation>Umsatz nach Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="218" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="72" />
            <source>Revenue by product</source>
            <translation>Umsatz nach Produkt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="253" />
            <source>Revenue excl. tax</source>
            <translation>Umsatz ohne Steuer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="81" />
            <source>Reverse charge</source>
            <translation>Reverse-Charge</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="89" />
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/registry.py" line="35" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="81" />
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="76" />
            <source>Review before sending</source>
            <translation>Prüfung vor dem Senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="144" />
            <source>Row {0}: '{1}' is not an amount.</source>
            <translation>Zeile {0}: „{1}“ ist kein Betrag.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="179" />
            <source>Row {0}: write the date as YYYY-MM-DD.</source>
            <translation>Zeile {0}: Schreiben Sie das Datum als JJJJ-MM-TT.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="186" />
            <source>Row {0}: {1}</source>
            <translation>Zeile {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="31" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="213" />
            <source>Rule (RFC 5545)</source>
            <translation>Regel (RFC 5545)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="72" />
            <source>Rule is on</source>
            <translation>Regel ist aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="257" />
            <source>Rule matches nobody</source>
            <translation>Regel trifft auf niemanden zu</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="52" />
            <source>Rule: {0}</source>
            <translation>Regel: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="47" />
            <source>Rules apply in this order: rules for one customer first, then segment rules by priority (lower first). For each setting, the first rule that sets it wins. A changed rule affects new invoices only; re-apply it to update open drafts.</source>
            <translation>Regeln gelten in dieser Reihenfolge: zuerst Regeln für einzelne Kunden, dann Segmentregeln nach Priorität (niedrigere zuerst). Für jede Einstellung gilt die erste Regel, die sie festlegt. Eine geänderte Regel wirkt nur auf neue Rechnungen; wenden Sie sie erneut an, um offene Entwürfe zu aktualisieren.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="51" />
            <source>Run due jobs in the background while the app is open</source>
            <translation>Fällige Aufgaben im Hintergrund ausführen, solange die App geöffnet ist</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="149" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="391" />
            <source>Run due jobs now</source>
            <translation>Fällige Aufgaben jetzt ausführen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="294" />
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_runner.py" line="172" />
            <source>Running due jobs</source>
            <translation>Fällige Aufgaben werden ausgeführt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="391" />
            <source>Running…</source>
            <translation>Läuft…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="195" />
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="142" />
            <source>S&amp;tate / region</source>
            <translation>&amp;Bundesland / Region</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="242" />
            <source>Sales tax payable</source>
            <translation>Umsatzsteuerverbindlichkeit</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="77" />
            <location filename="../../desktop_invoicer/ui/form_dialog.py" line="63" />
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="72" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="163" />
            <source>Save branding</source>
            <translation>Erscheinungsbild speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="99" />
            <source>Save draft</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="142" />
            <source>Save e-mail settings</source>
            <translation>E-Mail-Einstellungen speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="94" />
            <source>Save group</source>
            <translation>Gruppe speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="370" />
            <source>Save it anyway?</source>
            <translation>Trotzdem speichern?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="78" />
            <source>Save late fees</source>
            <translation>Mahngebühren speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="52" />
            <source>Save mappings</source>
            <translation>Zuordnungen speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="55" />
            <source>Save numbering</source>
            <translation>Nummerierung speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="102" />
            <source>Save plan</source>
            <translation>Plan speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="138" />
            <source>Save rule</source>
            <translation>Regel speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="72" />
            <source>Save rules</source>
            <translation>Regeln speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="181" />
            <source>Save segment</source>
            <translation>Segment speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="79" />
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="236" />
            <source>Save the export</source>
            <translation>Export speichern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="97" />
            <source>Save this invoice as a PDF (Ctrl+P)</source>
            <translation>Diese Rechnung als PDF speichern (Strg+P)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="157" />
            <source>Save to</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="154" />
            <source>Saved rule {0}. New invoices use it; open drafts keep their terms.</source>
            <translation>Regel {0} gespeichert. Neue Rechnungen verwenden sie; offene Entwürfe behalten ihre Bedingungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="385" />
            <source>Saved segment {0}.</source>
            <translation>Segment {0} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="60" />
            <source>Saved the PDF to {0}</source>
            <translation>PDF gespeichert unter {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="219" />
            <source>Saved the archive to {0}.</source>
            <translation>Archiv gespeichert unter {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="92" />
            <source>Saved the e-invoice to {0}</source>
            <translation>E-Rechnung gespeichert unter {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="153" />
            <source>Saved the escalation settings.</source>
            <translation>Die Eskalationseinstellungen wurden gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="379" />
            <source>Saved {0}</source>
            <translation>{0} gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="136" />
            <source>Saved {0} entries to {1}.</source>
            <translation>{0} Einträge in {1} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="220" />
            <source>Saved {0}'s data to {1}</source>
            <translation>Daten von {0} gespeichert unter {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="125" />
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="130" />
            <location filename="../../desktop_invoicer/ui/products_view.py" line="109" />
            <source>Saved {0}.</source>
            <translation>{0} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="141" />
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="112" />
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="142" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="185" />
            <source>Saved: late fees are off.</source>
            <translation>Gespeichert: Mahngebühren sind ausgeschaltet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="184" />
            <source>Saved: {0}.</source>
            <translation>Gespeichert: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="85" />
            <source>Saving {0}…</source>
            <translation>{0} wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="141" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="293" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="352" />
            <source>Say why the draft is rejected.</source>
            <translation>Geben Sie an, warum der Entwurf abgelehnt wird.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="78" />
            <source>Say why the fee is waived (kept in the history).</source>
            <translation>Geben Sie an, warum die Gebühr erlassen wird (bleibt im Verlauf erhalten).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="289" />
            <source>Say why the fee is waived.</source>
            <translation>Geben Sie an, warum die Gebühr erlassen wird.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="374" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="202" />
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="189" />
            <source>Schedules</source>
            <translation>Zeitpläne</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/view_base.py" line="109" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="31" />
            <source>Search name or description</source>
            <translation>Name oder Beschreibung suchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="33" />
            <source>Search name, email or phone</source>
            <translation>Name, E-Mail oder Telefon suchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="91" />
            <source>Search number, customer, email, line or amount</source>
            <translation>Nummer, Kunde, E-Mail, Position oder Betrag suchen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="94" />
            <source>Segment (deleted)</source>
            <translation>Segment (gelöscht)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="369" />
            <source>Segment matches nobody</source>
            <translation>Segment trifft auf niemanden zu</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="68" />
            <source>Segment or customer</source>
            <translation>Segment oder Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="94" />
            <source>Segment: {0}</source>
            <translation>Segment: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="81" />
            <location filename="../../desktop_invoicer/ui/registry.py" line="43" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="280" />
            <source>Segments</source>
            <translation>Segmente</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="26" />
            <source>Select a draft first.</source>
            <translation>Wählen Sie zuerst einen Entwurf aus.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="229" />
            <source>Select a project to see its milestones.</source>
            <translation>Wählen Sie ein Projekt, um seine Meilensteine zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="261" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="336" />
            <source>Select a row to list the invoices behind it.</source>
            <translation>Wählen Sie eine Zeile, um die zugehörigen Rechnungen aufzulisten.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="49" />
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="89" />
            <source>Select an invoice first.</source>
            <translation>Wählen Sie zuerst eine Rechnung aus.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="48" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="64" />
            <source>Send payment reminders</source>
            <translation>Zahlungserinnerungen senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="92" />
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="169" />
            <source>Send test email</source>
            <translation>Test-E-Mail senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="87" />
            <source>Send the test to</source>
            <translation>Test senden an</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="171" />
            <source>Send these reminders (switched on)</source>
            <translation>Diese Zahlungserinnerungen senden (eingeschaltet)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="86" />
            <source>Send waiting changes and fetch Stripe's (Ctrl+R)</source>
            <translation>Wartende Änderungen senden und die von Stripe abrufen (Strg+R)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="142" />
            <source>Send without approval</source>
            <translation>Ohne Freigabe senden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="191" />
            <source>Send your version to Stripe, replacing theirs</source>
            <translation>Ihre Version an Stripe senden und die dortige ersetzen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="208" />
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="168" />
            <source>Sending a test to {0}…</source>
            <translation>Test wird an {0} gesendet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="43" />
            <source>Sending to Stripe</source>
            <translation>Wird an Stripe gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="147" />
            <source>Sent by</source>
            <translation>Gesendet per</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="64" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="44" />
            <source>Set at least one default for this rule.</source>
            <translation>Legen Sie für diese Regel mindestens eine Vorgabe fest.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="46" />
            <source>Set days overdue or a balance threshold.</source>
            <translation>Legen Sie Tage überfällig oder eine Betragsschwelle fest.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_wizard.py" line="80" />
            <source>Set up Desktop Invoicer</source>
            <translation>Desktop Invoicer einrichten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/setup_card.py" line="35" />
            <source>Set up a &amp;workspace…</source>
            <translation>&amp;Arbeitsbereich einrichten…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/setup_card.py" line="28" />
            <source>Set up another business in its own workspace (name, address, tax IDs, logo, currency, Stripe account), or open the demo workspace.</source>
            <translation>Richten Sie ein weiteres Unternehmen in einem eigenen Arbeitsbereich ein (Name, Adresse, Steuernummern, Logo, Währung, Stripe-Konto) oder öffnen Sie den Demo-Arbeitsbereich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="33" />
            <source>Sets</source>
            <translation>Legt fest</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/registry.py" line="46" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="133" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="156" />
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="216" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="158" />
            <source>Show or hide the key</source>
            <translation>Schlüssel anzeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="55" />
            <source>Show the customers of one segment</source>
            <translation>Die Kunden eines Segments anzeigen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="203" />
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="167" />
            <source>Skip this period</source>
            <translation>Diesen Zeitraum überspringen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="211" />
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="507" />
            <source>Skipped {0}: it will not be billed.</source>
            <translation>{0} übersprungen: wird nicht abgerechnet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="539" />
            <source>Skipped: that job will not run.</source>
            <translation>Übersprungen: Diese Aufgabe wird nicht ausgeführt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="61" />
            <source>Split the {0} remaining on invoice {1} into instalments. Each instalment becomes an invoice of its own in Stripe.</source>
            <translation>Die auf Rechnung {1} offenen {0} in Raten aufteilen. Jede Rate wird in Stripe zu einer eigenen Rechnung.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="111" />
            <source>Start typing a customer's name or email</source>
            <translation>Namen oder E-Mail-Adresse eines Kunden eingeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="193" />
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="370" />
            <source>Starting the demo Stripe server…</source>
            <translation>Der Demo-Stripe-Server wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="277" />
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="75" />
            <source>Starting the demo server…</source>
            <translation>Demo-Server wird gestartet…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="173" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="207" />
            <location filename="../../desktop_invoicer/ui/review_view.py" line="71" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="61" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="75" />
            <source>State / region</source>
            <translation>Bundesland / Region</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="96" />
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="162" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="139" />
            <source>Step %v of %m</source>
            <translation>Schritt %v von %m</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="207" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="105" />
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="142" />
            <source>Stop copying now; the next sync resumes where it stopped</source>
            <translation>Kopieren jetzt anhalten; die nächste Synchronisierung setzt an derselben Stelle fort</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="142" />
            <source>Stop the work in progress</source>
            <translation>Die laufende Arbeit anhalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="284" />
            <source>Stopping the copy; the next sync resumes it.</source>
            <translation>Kopieren wird angehalten; die nächste Synchronisierung setzt es fort.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/address_form.py" line="48" />
            <source>Street and number</source>
            <translation>Straße und Hausnummer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="259" />
            <source>Stripe</source>
            <translation>Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="154" />
            <source>Stripe account</source>
            <translation>Stripe-Konto</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="324" />
            <source>Stripe asked us to slow down; the app retries on its own.</source>
            <translation>Stripe hat um weniger Anfragen gebeten; die App versucht es selbst erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="357" />
            <source>Stripe blocked the payment as highest risk. Do not retry it.</source>
            <translation>Stripe hat die Zahlung wegen höchsten Risikos blockiert. Versuchen Sie es nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="326" />
            <source>Stripe had a problem; the app retries shortly.</source>
            <translation>Bei Stripe ist ein Problem aufgetreten; die App versucht es in Kürze erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="332" />
            <source>Stripe is rate limiting this account.</source>
            <translation>Stripe begrenzt derzeit die Anfragen dieses Kontos.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="261" />
            <source>Stripe keeps your customers, invoices and payments; the app works on a copy.</source>
            <translation>Stripe verwaltet Ihre Kunden, Rechnungen und Zahlungen; die App arbeitet mit einer Kopie.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="126" />
            <source>Stripe read allowance</source>
            <translation>Stripe-Lesekontingent</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="365" />
            <source>Stripe refused the payment.</source>
            <translation>Stripe hat die Zahlung abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="215" />
            <source>Stripe refused this change.</source>
            <translation>Stripe hat diese Änderung abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="363" />
            <source>Stripe's answer did not name the invoice.</source>
            <translation>Die Antwort von Stripe nannte die Rechnung nicht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="145" />
            <source>Stripe's invoice email</source>
            <translation>Rechnungs-E-Mail von Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="149" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="107" />
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="469" />
            <source>Subtotal</source>
            <translation>Zwischensumme</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="55" />
            <source>Suite, floor (optional)</source>
            <translation>Zusatz, Etage (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="193" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="130" />
            <source>Switch &amp;workspace</source>
            <translation>Arbeitsbereich &amp;wechseln</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/registry.py" line="45" />
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="324" />
            <source>Sync failed: {0}</source>
            <translation>Synchronisierung fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="84" />
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="318" />
            <source>Sync paused; it resumes where it stopped at the next sync.</source>
            <translation>Synchronisierung angehalten; sie wird bei der nächsten Synchronisierung an derselben Stelle fortgesetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="286" />
            <source>Sync problem</source>
            <translation>Synchronisierungsproblem</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="74" />
            <source>Sync with Stripe</source>
            <translation>Synchronisierung mit Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="288" />
            <source>Synced</source>
            <translation>Synchronisiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_scheduler.py" line="262" />
            <source>Syncing with Stripe</source>
            <translation>Synchronisierung mit Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="279" />
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="77" />
            <source>Syncing…</source>
            <translation>Synchronisierung läuft…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="25" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="249" />
            <source>TEST MODE</source>
            <translation>TESTMODUS</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="187" />
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="59" />
            <source>Tag the selected customer (segments can match tags)</source>
            <translation>Dem ausgewählten Kunden Schlagwörter zuweisen (Segmente können nach Schlagwörtern auswählen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="116" />
            <source>Tags of {0} (comma separated):</source>
            <translation>Schlagwörter von {0} (durch Kommas getrennt):</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="123" />
            <source>Tags of {0}: {1}.</source>
            <translation>Schlagwörter von {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="58" />
            <source>Tags…</source>
            <translation>Schlagwörter…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="186" />
            <source>Take Stripe's</source>
            <translation>Stripe-Version übernehmen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="254" />
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="34" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="37" />
            <source>Tax</source>
            <translation>Steuer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="77" />
            <source>Tax IDs</source>
            <translation>Steuernummern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="43" />
            <source>Tax code</source>
            <translation>Steuerschlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="243" />
            <source>Tax code for untaxed lines</source>
            <translation>Steuerschlüssel für Positionen ohne Steuer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="221" />
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="75" />
            <source>Tax collected</source>
            <translation>Vereinnahmte Steuer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="43" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="262" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="57" />
            <source>Tax rate</source>
            <translation>Steuersatz</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="81" />
            <source>Taxable</source>
            <translation>Steuerpflichtig</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="263" />
            <source>Taxable amount</source>
            <translation>Steuerpflichtiger Betrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="169" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="180" />
            <source>Terms</source>
            <translation>Geschäftsbedingungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="151" />
            <source>Terms and conditions printed on every invoice (optional)</source>
            <translation>Geschäftsbedingungen, die auf jede Rechnung gedruckt werden (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="225" />
            <source>Terms from workspace defaults</source>
            <translation>Bedingungen aus den Vorgaben des Arbeitsbereichs</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="226" />
            <source>Terms set by hand</source>
            <translation>Bedingungen manuell festgelegt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="178" />
            <source>Test email sent to {0}.</source>
            <translation>Test-E-Mail an {0} gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="177" />
            <source>Test email sent to {0}. Check that it arrived.</source>
            <translation>Test-E-Mail an {0} gesendet. Prüfen Sie, ob sie angekommen ist.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="101" />
            <source>Test mode: {0}. Nothing here moves real money.</source>
            <translation>Testmodus: {0}. Hier wird kein echtes Geld bewegt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="62" />
            <source>Thank you for your business.</source>
            <translation>Vielen Dank für Ihren Auftrag.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="273" />
            <source>That amount is too large.</source>
            <translation>Dieser Betrag ist zu groß.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="331" />
            <source>That does not look like a Stripe secret key (sk_...) or restricted key (rk_...).</source>
            <translation>Das sieht nicht wie ein geheimer Stripe-Schlüssel (sk_...) oder eingeschränkter Schlüssel (rk_...) aus.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="52" />
            <source>That fee is too large.</source>
            <translation>Diese Gebühr ist zu hoch.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="328" />
            <source>That is a publishable key (pk_...). The app needs a secret key (sk_...) or a restricted key (rk_...).</source>
            <translation>Das ist ein veröffentlichbarer Schlüssel (pk_...). Die App benötigt einen geheimen Schlüssel (sk_...) oder einen eingeschränkten Schlüssel (rk_...).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="64" />
            <source>The PDF export was cancelled.</source>
            <translation>Der PDF-Export wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/pdf_export.py" line="62" />
            <source>The PDF was not saved</source>
            <translation>Das PDF wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_scheduler.py" line="37" />
            <source>The Stripe key of this workspace is not in the system keyring any more. Connect the account again (File &gt; Connect Stripe account…).</source>
            <translation>Der Stripe-Schlüssel dieses Arbeitsbereichs ist nicht mehr im Schlüsselbund des Systems. Verbinden Sie das Konto erneut (Datei &gt; Stripe-Konto verbinden…).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="102" />
            <source>The account could not be connected ({0}).</source>
            <translation>Das Konto konnte nicht verbunden werden ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="57" />
            <source>The amount must be more than zero.</source>
            <translation>Der Betrag muss größer als null sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="336" />
            <source>The app has no record of which Stripe events it has seen.</source>
            <translation>Die App hat keine Aufzeichnung darüber, welche Stripe-Ereignisse sie bereits gesehen hat.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="369" />
            <source>The app stopped while this reminder was being e-mailed, so it may have been sent. Check the Sent folder of the mail account, then Retry or Skip it.</source>
            <translation>Die App wurde beendet, während diese Zahlungserinnerung per E-Mail verschickt wurde; sie wurde also möglicherweise gesendet. Prüfen Sie den Ordner „Gesendet“ des E-Mail-Kontos und wählen Sie dann „Erneut versuchen“ oder „Überspringen“.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="189" />
            <source>The backup becomes a new workspace; the open one is not changed.
It copies everything from Stripe before any background job runs.

Name of the new workspace:</source>
            <translation>Die Sicherung wird zu einem neuen Arbeitsbereich; der geöffnete bleibt unverändert.
Er übernimmt alles aus Stripe, bevor eine Hintergrundaufgabe läuft.

Name des neuen Arbeitsbereichs:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="351" />
            <source>The bank asked for the card to be retained (pick-up card). Do not retry it.</source>
            <translation>Die Bank hat den Einzug der Karte verlangt (Pick-up-Karte). Versuchen Sie es nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="353" />
            <source>The bank requires the customer to authenticate (3D Secure); an automatic charge cannot.</source>
            <translation>Die Bank verlangt eine Authentifizierung durch den Kunden (3D Secure); eine automatische Abbuchung kann das nicht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="54" />
            <source>The cap must be above zero (or leave it empty).</source>
            <translation>Die Obergrenze muss über null liegen (oder lassen Sie das Feld leer).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="342" />
            <source>The card had insufficient funds.</source>
            <translation>Die Karte war nicht ausreichend gedeckt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="344" />
            <source>The card has expired; the customer must add a new one.</source>
            <translation>Die Karte ist abgelaufen; der Kunde muss eine neue hinzufügen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="343" />
            <source>The card network reported a processing error.</source>
            <translation>Das Kartennetzwerk hat einen Verarbeitungsfehler gemeldet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="345" />
            <source>The card number is wrong; the customer must enter the card again.</source>
            <translation>Die Kartennummer ist falsch; der Kunde muss die Karte erneut eingeben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="347" />
            <source>The card was reported lost. Do not retry it; ask the customer for another payment method.</source>
            <translation>Die Karte wurde als verloren gemeldet. Versuchen Sie es nicht erneut; bitten Sie den Kunden um eine andere Zahlungsmethode.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="348" />
            <source>The card was reported stolen. Do not retry it; ask the customer for another payment method.</source>
            <translation>Die Karte wurde als gestohlen gemeldet. Versuchen Sie es nicht erneut; bitten Sie den Kunden um eine andere Zahlungsmethode.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="346" />
            <source>The card's security code is wrong; the customer must enter the card again.</source>
            <translation>Der Sicherheitscode der Karte ist falsch; der Kunde muss die Karte erneut eingeben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="361" />
            <source>The computer's clock is earlier than at the last run; nothing was done twice.</source>
            <translation>Die Uhr des Computers geht hinter den Stand des letzten Laufs zurück; nichts wurde doppelt ausgeführt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="368" />
            <source>The customer has no e-mail address.</source>
            <translation>Der Kunde hat keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="358" />
            <source>The customer has no saved payment method to charge.</source>
            <translation>Der Kunde hat keine gespeicherte Zahlungsmethode, die belastet werden kann.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="157" />
            <source>The customer is deleted in Stripe at the next sync (Stripe keeps finalized invoices as its own record).</source>
            <translation>Der Kunde wird bei der nächsten Synchronisierung in Stripe gelöscht (Stripe behält finalisierte Rechnungen als eigenen Nachweis).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="162" />
            <source>The customer is not in Stripe.</source>
            <translation>Der Kunde ist nicht in Stripe.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="356" />
            <source>The customer revoked every authorization for this merchant. Do not retry it.</source>
            <translation>Der Kunde hat alle Autorisierungen für diesen Händler widerrufen. Versuchen Sie es nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="355" />
            <source>The customer revoked the authorization for this charge. Do not retry it.</source>
            <translation>Der Kunde hat die Autorisierung für diese Abbuchung widerrufen. Versuchen Sie es nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="152" />
            <source>The customer was not deleted</source>
            <translation>Der Kunde wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="321" />
            <source>The dashboard could not be computed: {0}</source>
            <translation>Die Übersicht konnte nicht berechnet werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="78" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="340" />
            <source>The default policy</source>
            <translation>Die Standardrichtlinie</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="406" />
            <source>The demo Stripe server could not start ({0}); showing the saved data.</source>
            <translation>Der Demo-Stripe-Server konnte nicht starten ({0}); die gespeicherten Daten werden angezeigt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="418" />
            <source>The demo Stripe server could not start, so the demo shows local sample data (not synced).</source>
            <translation>Der Demo-Stripe-Server konnte nicht starten, daher zeigt die Demo lokale Beispieldaten (nicht synchronisiert).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="427" />
            <source>The demo data could not be created: {0}</source>
            <translation>Die Demodaten konnten nicht erstellt werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="382" />
            <source>The demo runs on a local Stripe-compatible server ({0}).</source>
            <translation>Die Demo läuft auf einem lokalen, Stripe-kompatiblen Server ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/demo_server.py" line="96" />
            <source>The demo server could not be started ({0}).</source>
            <translation>Der Demo-Server konnte nicht gestartet werden ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/demo_server.py" line="111" />
            <source>The demo server did not start ({0}); see {1}.</source>
            <translation>Der Demo-Server ist nicht gestartet ({0}); siehe {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="87" />
            <source>The demo workspace</source>
            <translation>Der Demo-Arbeitsbereich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/session.py" line="32" />
            <source>The demo workspace is ready.</source>
            <translation>Der Demo-Arbeitsbereich ist bereit.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="94" />
            <source>The demo workspace, on the bundled Stripe-compatible server.</source>
            <translation>Der Demo-Arbeitsbereich, auf dem mitgelieferten Stripe-kompatiblen Server.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="40" />
            <source>The discount is more than 0 and below 100%.</source>
            <translation>Der Rabatt liegt über 0 und unter 100 %.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="42" />
            <source>The discount period is longer than the payment terms.</source>
            <translation>Die Rabattfrist ist länger als die Zahlungsbedingungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="545" />
            <source>The due date is more than a year ago.</source>
            <translation>Das Fälligkeitsdatum liegt mehr als ein Jahr zurück.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="95" />
            <source>The e-invoice was not saved</source>
            <translation>Die E-Rechnung wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="69" />
            <source>The end date is before the first date.</source>
            <translation>Das Enddatum liegt vor dem ersten Datum.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="142" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="290" />
            <source>The export failed: {0}</source>
            <translation>Der Export ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="291" />
            <source>The fee's invoice is not in the local copy; sync first.</source>
            <translation>Die Rechnung der Gebühr ist nicht in der lokalen Kopie; synchronisieren Sie zuerst.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="173" />
            <source>The file cannot be read: {0}</source>
            <translation>Die Datei kann nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="378" />
            <source>The file has no 'name' column.</source>
            <translation>Die Datei hat keine Spalte 'name'.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="373" />
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="219" />
            <source>The import stopped: {0}</source>
            <translation>Der Import wurde abgebrochen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="151" />
            <source>The instalments add up to the balance, {0}.</source>
            <translation>Die Raten ergeben zusammen den offenen Betrag von {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="299" />
            <source>The instalments do not add up to the balance.</source>
            <translation>Die Raten ergeben zusammen nicht den offenen Betrag.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="362" />
            <source>The invoice is no longer in the local copy.</source>
            <translation>Die Rechnung ist nicht mehr in der lokalen Kopie.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="342" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="356" />
            <source>The invoice was not deleted</source>
            <translation>Die Rechnung wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="400" />
            <source>The invoice's customer was deleted.</source>
            <translation>Der Kunde der Rechnung wurde gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="524" />
            <source>The job is queued again; it runs now.</source>
            <translation>Die Aufgabe ist wieder eingereiht; sie läuft jetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="424" />
            <source>The job run did not complete: {0}</source>
            <translation>Der Aufgabenlauf wurde nicht abgeschlossen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="86" />
            <source>The last sync failed; trying again in {0}</source>
            <translation>Die letzte Synchronisierung ist fehlgeschlagen; erneuter Versuch in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="337" />
            <source>The last sync was more than 30 days ago, longer than Stripe keeps its events.</source>
            <translation>Die letzte Synchronisierung liegt mehr als 30 Tage zurück – länger, als Stripe seine Ereignisse aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="279" />
            <source>The last tier must be unbounded ('and above').</source>
            <translation>Die letzte Stufe muss unbegrenzt sein („und mehr“).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="294" />
            <source>The mail server did not accept the user name and password.</source>
            <translation>Der Mailserver hat Benutzername und Passwort nicht akzeptiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/language_settings.py" line="34" />
            <source>The new language is used the next time the app starts.</source>
            <translation>Die neue Sprache wird beim nächsten Start der App verwendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="68" />
            <source>The number of invoices must be at least 1.</source>
            <translation>Die Anzahl der Rechnungen muss mindestens 1 sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="354" />
            <source>The payment needs the customer to authenticate.</source>
            <translation>Für die Zahlung muss sich der Kunde authentifizieren.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="352" />
            <source>The payment was declined as suspected fraud. Do not retry it.</source>
            <translation>Die Zahlung wurde wegen Betrugsverdachts abgelehnt. Versuchen Sie es nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="53" />
            <source>The percentage must be between 0.01 % and 100 %.</source>
            <translation>Der Prozentsatz muss zwischen 0,01 % und 100 % liegen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="72" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="212" />
            <source>The period ends before it starts.</source>
            <translation>Der Zeitraum endet, bevor er beginnt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="92" />
            <source>The preview PDF could not be read ({0}).</source>
            <translation>Das Vorschau-PDF konnte nicht gelesen werden ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="122" />
            <source>The product was not deleted</source>
            <translation>Das Produkt wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="364" />
            <source>The project's customer is gone.</source>
            <translation>Der Kunde des Projekts existiert nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="192" />
            <source>The queue could not be read</source>
            <translation>Die Warteschlange konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="324" />
            <source>The report could not be read: {0}</source>
            <translation>Der Bericht konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="193" />
            <source>The review queue could not be read: {0}</source>
            <translation>Die Prüfwarteschlange konnte nicht gelesen werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="379" />
            <source>The row has no name.</source>
            <translation>Die Zeile hat keinen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="73" />
            <source>The rule's FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.</source>
            <translation>FREQ der Regel muss DAILY, WEEKLY, MONTHLY oder YEARLY sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="380" />
            <source>The same customer appears earlier in the file.</source>
            <translation>Derselbe Kunde kommt weiter oben in der Datei bereits vor.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/view_base.py" line="256" />
            <source>The search failed: {0}</source>
            <translation>Die Suche ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="401" />
            <source>The segment was not deleted</source>
            <translation>Das Segment wurde nicht gelöscht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="49" />
            <source>The sequence starts again when the text around {seq} changes (a new year with {YYYY}). Numbers are never reused or skipped, across restarts and desktops.</source>
            <translation>Die laufende Nummer beginnt neu, wenn sich der Text um {seq} ändert (ein neues Jahr bei {YYYY}). Nummern werden nie wiederverwendet oder übersprungen, auch nicht über Neustarts und mehrere Computer hinweg.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="51" />
            <source>The template's font</source>
            <translation>Schrift der Vorlage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="280" />
            <source>The tiers end before this quantity; the last one must be unbounded.</source>
            <translation>Die Stufen enden vor dieser Menge; die letzte muss unbegrenzt sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="276" />
            <source>The unit amount cannot be negative.</source>
            <translation>Der Einzelpreis kann nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="366" />
            <source>The unit was marked as sending without a request.</source>
            <translation>Die Arbeitseinheit war ohne Anfrage als „wird gesendet“ markiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="533" />
            <source>The workspace cannot be opened</source>
            <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="307" />
            <source>The workspace file is damaged or is not a Desktop Invoicer workspace. Restore it from a backup (files named workspace.db.bak-v* in the same folder are copies made before upgrades); your Stripe data can also be downloaded again.</source>
            <translation>Die Datei des Arbeitsbereichs ist beschädigt oder kein Arbeitsbereich von Desktop Invoicer. Stellen Sie sie aus einer Sicherung wieder her (Dateien namens workspace.db.bak-v* im selben Ordner sind Kopien, die vor Aktualisierungen erstellt wurden); Ihre Stripe-Daten lassen sich auch erneut herunterladen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="319" />
            <source>The workspace is busy with another task. Wait a moment and try again.</source>
            <translation>Der Arbeitsbereich ist mit einer anderen Aufgabe beschäftigt. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="320" />
            <source>The workspace is busy with another task; the change was not saved.</source>
            <translation>Der Arbeitsbereich ist mit einer anderen Aufgabe beschäftigt; die Änderung wurde nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="338" />
            <source>The workspace was restored from a backup.</source>
            <translation>Der Arbeitsbereich wurde aus einer Sicherung wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="149" />
            <source>Their {0} invoices are kept with numbers, dates, amounts and tax, as accounting law requires, under a pseudonym.</source>
            <translation>Die {0} Rechnungen des Kunden bleiben mit Nummern, Daten, Beträgen und Steuern unter einem Pseudonym erhalten, wie es das Buchführungsrecht verlangt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="139" />
            <source>There is a group called '{0}' already.</source>
            <translation>Es gibt bereits eine Gruppe namens „{0}“.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="157" />
            <source>There is already a {0} price.</source>
            <translation>Es gibt bereits einen Preis in {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="250" />
            <source>There is no file at this path.</source>
            <translation>Unter diesem Pfad gibt es keine Datei.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="251" />
            <source>These were changed in Stripe (in the Dashboard or on another computer) while you edited them here. Choose which version to keep; nothing is overwritten until you do.</source>
            <translation>Diese wurden in Stripe geändert (im Dashboard oder auf einem anderen Computer), während Sie sie hier bearbeitet haben. Wählen Sie, welche Version erhalten bleibt; bis dahin wird nichts überschrieben.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="154" />
            <source>They have no invoices.</source>
            <translation>Für diesen Kunden gibt es keine Rechnungen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="120" />
            <source>This appears at the top of every invoice. Only the name is required.</source>
            <translation>Dies erscheint oben auf jeder Rechnung. Nur der Name ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="315" />
            <source>This cannot be undone.</source>
            <translation>Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="290" />
            <source>This fee was not charged; there is nothing to waive.</source>
            <translation>Diese Gebühr wurde nicht berechnet; es gibt nichts zu erlassen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="292" />
            <source>This fee was waived already.</source>
            <translation>Diese Gebühr wurde bereits erlassen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="313" />
            <source>This file is a database of another program, not a Desktop Invoicer workspace. Choose a workspace folder instead.</source>
            <translation>Diese Datei ist die Datenbank eines anderen Programms, kein Arbeitsbereich von Desktop Invoicer. Wählen Sie stattdessen einen Ordner eines Arbeitsbereichs.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="62" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="300" />
            <source>This invoice already has a payment plan.</source>
            <translation>Diese Rechnung hat bereits einen Ratenplan.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="67" />
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="74" />
            <source>This invoice has no late fee to waive.</source>
            <translation>Diese Rechnung hat keine Mahngebühr, die erlassen werden kann.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="63" />
            <source>This invoice is on a payment plan: record the payment on the instalment's invoice.</source>
            <translation>Diese Rechnung läuft über einen Ratenplan: Erfassen Sie die Zahlung auf der Rechnung der Rate.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="287" />
            <source>This invoice is {0}. Only drafts can be edited; you can still export it as a PDF.</source>
            <translation>Diese Rechnung ist {0}. Nur Entwürfe können bearbeitet werden; als PDF exportieren können Sie sie trotzdem.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="145" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="50" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="59" />
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="148" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="62" />
            <source>This quarter</source>
            <translation>Dieses Quartal</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="88" />
            <source>This restricted key is missing the permission {0}.</source>
            <translation>Diesem eingeschränkten Schlüssel fehlt die Berechtigung {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="117" />
            <source>This rule matches no customer today.</source>
            <translation>Diese Regel trifft heute auf keinen Kunden zu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="258" />
            <source>This rule matches no customer today. Save it anyway?</source>
            <translation>Diese Regel trifft heute auf keinen Kunden zu. Trotzdem speichern?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="193" />
            <source>This rule matches no customer today: it will set nobody's terms until a customer joins its segment.</source>
            <translation>Diese Regel trifft heute auf keinen Kunden zu: Sie legt für niemanden Bedingungen fest, bis ein Kunde zu ihrem Segment hinzukommt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="415" />
            <source>This schedule has no more dates.</source>
            <translation>Dieser Zeitplan hat keine weiteren Termine.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="111" />
            <source>This workspace is not connected to Stripe: everything stays on this computer. Connect a Stripe account to copy its customers, products and invoices here and to send your changes there.</source>
            <translation>Dieser Arbeitsbereich ist nicht mit Stripe verbunden: Alles bleibt auf diesem Computer. Verbinden Sie ein Stripe-Konto, um dessen Kunden, Produkte und Rechnungen hierher zu kopieren und Ihre Änderungen dorthin zu senden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connection.py" line="92" />
            <source>This workspace is not connected to a Stripe account.</source>
            <translation>Dieser Arbeitsbereich ist mit keinem Stripe-Konto verbunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="310" />
            <source>This workspace was last used with a newer version of Desktop Invoicer. Update the app to open it; this version will not change the file.</source>
            <translation>Dieser Arbeitsbereich wurde zuletzt mit einer neueren Version von Desktop Invoicer verwendet. Aktualisieren Sie die App, um ihn zu öffnen; diese Version ändert die Datei nicht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="149" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="53" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="63" />
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="195" />
            <source>Tier {0}: 'up to' is a number.</source>
            <translation>Staffel {0}: „Bis“ muss eine Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="168" />
            <source>Tiered (graduated)</source>
            <translation>Gestaffelt (stufenweise)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="72" />
            <source>Tiered or volume pricing of a product's usage</source>
            <translation>Gestaffelte oder Mengenpreise für die Nutzung eines Produkts</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="277" />
            <source>Tiered pricing needs at least one tier.</source>
            <translation>Gestaffelte Preise brauchen mindestens eine Stufe.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="95" />
            <source>Tiers</source>
            <translation>Staffeln</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="237" />
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/period_controls.py" line="35" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="143" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="107" />
            <source>Tone</source>
            <translation>Ton</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="264" />
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="477" />
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="255" />
            <source>Total</source>
            <translation>Gesamtbetrag</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="184" />
            <source>Total billed</source>
            <translation>Rechnungsbetrag gesamt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="197" />
            <source>Total {0}</source>
            <translation>Summe {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="193" />
            <source>Trigger</source>
            <translation>Auslöser</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="63" />
            <source>Two steps fall on the same day.</source>
            <translation>Zwei Schritte fallen auf denselben Tag.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="135" />
            <source>Type a name for the group.</source>
            <translation>Geben Sie einen Namen für die Gruppe ein.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="104" />
            <source>Type an amount, e.g. 1250.00.</source>
            <translation>Geben Sie einen Betrag ein, z. B. 1250.00.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="166" />
            <source>Type the address to send the test to.</source>
            <translation>Geben Sie die Adresse ein, an die der Test gehen soll.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="84" />
            <source>Type the customer's name exactly as shown to confirm the erasure.</source>
            <translation>Geben Sie den Namen des Kunden genau wie angezeigt ein, um die Löschung zu bestätigen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="174" />
            <source>Type the customer's name to confirm</source>
            <translation>Geben Sie zur Bestätigung den Namen des Kunden ein</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="79" />
            <source>Type the mail server's name, e.g. smtp.example.com.</source>
            <translation>Geben Sie den Namen des Mailservers ein, z. B. smtp.example.com.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="184" />
            <source>Type “{0}” to confirm</source>
            <translation>Zur Bestätigung „{0}“ eingeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/address_form.py" line="52" />
            <source>US</source>
            <translation>DE</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="201" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="264" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="332" />
            <source>Uncollectible</source>
            <translation>Uneinbringlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="34" />
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="153" />
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="77" />
            <source>Units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="38" />
            <source>Unknown collection method.</source>
            <translation>Unbekannte Zahlungseinzugsart.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="291" />
            <source>Unknown placeholder {0}: it is sent as typed.</source>
            <translation>Unbekannter Platzhalter {0}: Er wird wie eingegeben gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="331" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="346" />
            <source>Unsaved segment</source>
            <translation>Nicht gespeichertes Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="76" />
            <source>Up to (units)</source>
            <translation>Bis (Einheiten)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="87" />
            <source>Up to date; next check in {0}</source>
            <translation>Aktuell; nächste Prüfung in {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="170" />
            <source>Upcoming</source>
            <translation>Anstehend</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="318" />
            <source>Upcoming jobs could not be computed: {0}</source>
            <translation>Anstehende Aufgaben konnten nicht berechnet werden: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="316" />
            <source>Upgrading the workspace failed and nothing was changed. A copy made before the upgrade is next to it (workspace.db.bak-v*). Please report this problem.</source>
            <translation>Die Aktualisierung des Arbeitsbereichs ist fehlgeschlagen; es wurde nichts geändert. Eine vor der Aktualisierung erstellte Kopie liegt daneben (workspace.db.bak-v*). Bitte melden Sie dieses Problem.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="89" />
            <source>Usage</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="254" />
            <source>Usage imported: {0}.</source>
            <translation>Nutzung importiert: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="54" />
            <source>Usage pricing</source>
            <translation>Nutzungspreise</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="267" />
            <source>Usage pricing saved.</source>
            <translation>Nutzungspreise gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="71" />
            <source>Usage pricing…</source>
            <translation>Nutzungspreise…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="25" />
            <source>Use a colour such as #1F4E79.</source>
            <translation>Verwenden Sie eine Farbe wie #1F4E79.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/address_form.py" line="64" />
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="27" />
            <source>Use a two-letter country code such as US or DE.</source>
            <translation>Verwenden Sie einen zweistelligen Ländercode wie DE oder US.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="30" />
            <source>Use at most four decimals.</source>
            <translation>Verwenden Sie höchstens vier Nachkommastellen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="93" />
            <source>Use for customers without a policy of their own</source>
            <translation>Für Kunden ohne eigene Richtlinie verwenden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="60" />
            <source>Use letters, digits and - _ . / # around the tokens.</source>
            <translation>Verwenden Sie um die Platzhalter herum nur Buchstaben, Ziffern und - _ . / #.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="59" />
            <source>Use only {YYYY}, {YY}, {MM} and {seq:04}.</source>
            <translation>Verwenden Sie nur {YYYY}, {YY}, {MM} und {seq:04}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="77" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="231" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="60" />
            <source>Version {0}</source>
            <translation>Version {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="200" />
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="265" />
            <source>Void</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="73" />
            <source>Void this invoice? A void invoice cannot be paid or reopened.</source>
            <translation>Diese Rechnung stornieren? Eine stornierte Rechnung kann weder bezahlt noch wieder geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="71" />
            <source>Void…</source>
            <translation>Stornieren…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="169" />
            <source>Volume</source>
            <translation>Volumenpreis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="215" />
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="71" />
            <source>Waiting because</source>
            <translation>Wartet, weil</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="87" />
            <source>Waiting because:</source>
            <translation>Wartet, weil:</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="66" />
            <source>Waiting for the first sync…</source>
            <translation>Warten auf die erste Synchronisierung…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="61" />
            <source>Waive fee</source>
            <translation>Gebühr erlassen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="36" />
            <source>Waive late fee</source>
            <translation>Mahngebühr erlassen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="33" />
            <source>Waive late fee…</source>
            <translation>Mahngebühr erlassen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="69" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="242" />
            <source>Weekends, holidays</source>
            <translation>Wochenenden, Feiertage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="162" />
            <source>Weekly</source>
            <translation>Wöchentlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="55" />
            <source>Welcome to Desktop Invoicer</source>
            <translation>Willkommen bei Desktop Invoicer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="165" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="198" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="85" />
            <source>What changed</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="135" />
            <source>What changes</source>
            <translation>Was sich ändert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/kpi_tiles.py" line="200" />
            <source>What is {0}?</source>
            <translation>Was ist {0}?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="135" />
            <source>What you are billing for</source>
            <translation>Was Sie in Rechnung stellen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/product_dialog.py" line="58" />
            <source>What you sell, as it appears on invoices</source>
            <translation>Was Sie verkaufen, wie es auf Rechnungen erscheint</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_wizard.py" line="133" />
            <source>What you typed is not saved yet. Close the wizard anyway?</source>
            <translation>Ihre Eingaben sind noch nicht gespeichert. Den Assistenten trotzdem schließen?</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="139" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="107" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="85" />
            <source>When (UTC)</source>
            <translation>Wann (UTC)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="47" />
            <source>When a milestone is complete</source>
            <translation>Wenn ein Meilenstein abgeschlossen ist</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="93" />
            <source>When complete</source>
            <translation>Nach Abschluss</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="196" />
            <source>When created</source>
            <translation>Bei Erstellung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="85" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="46" />
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="38" />
            <source>Why? (the author sees this)</source>
            <translation>Warum? (Der Verfasser sieht dies)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="173" />
            <source>Will retry</source>
            <translation>Wird erneut versucht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="205" />
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="306" />
            <source>Work</source>
            <translation>Arbeitsschritte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="306" />
            <source>Work ({0} failed)</source>
            <translation>Arbeitsschritte ({0} fehlgeschlagen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/stripe_controller.py" line="508" />
            <source>Workspace '{0}' is ready. Connect it to Stripe: File &gt; Connect Stripe account…</source>
            <translation>Arbeitsbereich „{0}“ ist bereit. Verbinden Sie ihn mit Stripe: Datei &gt; Stripe-Konto verbinden…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="139" />
            <source>Workspace &lt;b&gt;{0}&lt;/b&gt; will show and change this account's customers, products and invoices. Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe Dashboard, Developers &amp;gt; API keys. The key is kept in your system's keyring, never in the workspace file.</source>
            <translation>Der Arbeitsbereich &lt;b&gt;{0}&lt;/b&gt; zeigt die Kunden, Produkte und Rechnungen dieses Kontos an und ändert sie. Fügen Sie einen geheimen Schlüssel (sk_…) oder einen eingeschränkten Schlüssel (rk_…) aus dem Stripe Dashboard ein (Developers &amp;gt; API keys). Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in der Datei des Arbeitsbereichs.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="154" />
            <source>Workspace folder: {0}</source>
            <translation>Ordner des Arbeitsbereichs: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/main_window.py" line="93" />
            <source>Workspace: {0}</source>
            <translation>Arbeitsbereich: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/setup_card.py" line="45" />
            <source>Workspaces</source>
            <translation>Arbeitsbereiche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="220" />
            <source>Write a currency and an amount, e.g. USD 5000.</source>
            <translation>Geben Sie eine Währung und einen Betrag an, z. B. USD 5000.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="44" />
            <source>Write each threshold as a currency and an amount: {0}.</source>
            <translation>Geben Sie jeden Schwellenwert als Währung und Betrag an: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/privacy_dialog.py" line="67" />
            <source>Writing the archive…</source>
            <translation>Archiv wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="76" />
            <source>Writing {0} documents…</source>
            <translation>{0} Belege werden geschrieben…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/einvoice_export.py" line="64" />
            <source>Writing {0}…</source>
            <translation>{0} wird geschrieben…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="133" />
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="45" />
            <source>Xero (sales invoice and credit note CSV)</source>
            <translation>Xero (CSV für Ausgangsrechnungen und Gutschriften)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="176" />
            <source>Yearly</source>
            <translation>Jährlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="387" />
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="67" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="63" />
            <source>You can set up your business later from Help → Set up a workspace. The demo runs on a local Stripe-compatible server: nothing is sent to Stripe.</source>
            <translation>Ihr Unternehmen können Sie später über Hilfe → Arbeitsbereich einrichten anlegen. Die Demo läuft auf einem lokalen, Stripe-kompatiblen Server: Nichts wird an Stripe gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="119" />
            <source>Your business</source>
            <translation>Ihr Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="135" />
            <source>Your business profile appears on every invoice and PDF.</source>
            <translation>Ihr Unternehmensprofil erscheint auf jeder Rechnung und jedem PDF.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_view.py" line="298" />
            <source>Your version of {0} will be sent to Stripe.</source>
            <translation>Ihre Version von {0} wird an Stripe gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="158" />
            <source>Yours (not sent)</source>
            <translation>Ihre (nicht gesendet)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="37" />
            <source>a draft</source>
            <translation>ein Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="39" />
            <source>a minute ago</source>
            <translation>vor einer Minute</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="189" />
            <source>already up to date</source>
            <translation>bereits aktuell</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="43" />
            <source>an hour ago</source>
            <translation>vor einer Stunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="30" />
            <source>approved</source>
            <translation>freigegeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="88" />
            <source>automation coverage</source>
            <translation>Automatisierungsgrad</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="26" />
            <source>bank transfer</source>
            <translation>Banküberweisung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="26" />
            <source>being sent</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_dialog.py" line="35" />
            <source>billing@example.com</source>
            <translation>rechnung@example.com</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/first_run_pages.py" line="125" />
            <location filename="../../desktop_invoicer/ui/settings_view.py" line="44" />
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="82" />
            <source>billing@yourcompany.example</source>
            <translation>rechnung@ihrefirma.example</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="28" />
            <source>cash</source>
            <translation>bar</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="50" />
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="108" />
            <source>checking every {0}</source>
            <translation>Prüfintervall {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="27" />
            <source>cheque</source>
            <translation>Scheck</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="412" />
            <source>created {0}</source>
            <translation>erstellt {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="97" />
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customers_view.py" line="97" />
            <source>customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="83" />
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="104" />
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="78" />
            <source>days sales outstanding</source>
            <translation>Forderungslaufzeit (DSO)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="195" />
            <source>does not have</source>
            <translation>hat nicht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_plan_dialog.py" line="64" />
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="49" />
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="46" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_pricing_dialog.py" line="71" />
            <source>e.g. 0.02</source>
            <translation>z. B. 0.02</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="56" />
            <source>e.g. 1.5</source>
            <translation>z. B. 1.5</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="54" />
            <source>e.g. 25.00</source>
            <translation>z. B. 25.00</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="69" />
            <source>e.g. 3, 7, 14</source>
            <translation>z. B. 3, 7, 14</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="91" />
            <source>e.g. Design approved</source>
            <translation>z. B. Design freigegeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/job_settings.py" line="58" />
            <source>e.g. Europe/Berlin</source>
            <translation>z. B. Europe/Berlin</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="55" />
            <source>e.g. Long-standing client; the bank delayed the transfer</source>
            <translation>z. B. Langjähriger Kunde; die Bank hat die Überweisung verzögert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="60" />
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="147" />
            <source>e.g. Long-standing clients</source>
            <translation>z. B. Langjährige Kunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="144" />
            <source>e.g. Monthly hosting</source>
            <translation>z. B. Monatliches Hosting</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="91" />
            <source>e.g. Standard reminders</source>
            <translation>z. B. Standarderinnerungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="120" />
            <source>e.g. USD 5000 (drafts above it wait for review)</source>
            <translation>z. B. USD 5000 (Entwürfe darüber warten auf Prüfung)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/approval_settings.py" line="61" />
            <source>e.g. USD 5000, EUR 4000 (empty: no amount rule)</source>
            <translation>z. B. USD 5000, EUR 4000 (leer: keine Betragsregel)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="74" />
            <source>e.g. USD 5000, EUR 4000 (empty: off)</source>
            <translation>z. B. USD 5000, EUR 4000 (leer: aus)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_dialogs.py" line="38" />
            <source>e.g. Website relaunch</source>
            <translation>z. B. Website-Relaunch</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="63" />
            <source>e.g. smtp.example.com</source>
            <translation>z. B. smtp.example.com</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/record_payment_dialog.py" line="69" />
            <source>e.g. the bank's reference or the cheque number</source>
            <translation>z. B. die Referenz der Bank oder die Schecknummer</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_terms.py" line="93" />
            <source>early-payment note</source>
            <translation>Hinweis zum Rabatt bei früher Zahlung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/late_fee_settings.py" line="59" />
            <source>empty: no cap</source>
            <translation>leer: keine Obergrenze</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="76" />
            <source>empty: the server needs no login</source>
            <translation>leer: Der Server braucht keine Anmeldung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="357" />
            <source>ended</source>
            <translation>beendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="93" />
            <source>error rate</source>
            <translation>Fehlerquote</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/schedule_dialog.py" line="209" />
            <source>every </source>
            <translation>alle </translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="84" />
            <source>failed payments later recovered by a retry ÷ failed payments</source>
            <translation>später durch einen erneuten Versuch eingebrachte fehlgeschlagene Zahlungen ÷ fehlgeschlagene Zahlungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="25" />
            <source>first period</source>
            <translation>erster Zeitraum</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="194" />
            <source>has</source>
            <translation>hat</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="32" />
            <source>held</source>
            <translation>zurückgehalten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="26" />
            <source>in Stripe</source>
            <translation>in Stripe</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/about_dialog.py" line="97" />
            <source>installed bundle</source>
            <translation>installierte Anwendung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="278" />
            <source>invoice</source>
            <translation>Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="278" />
            <source>invoices</source>
            <translation>Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="89" />
            <source>invoices created by schedules, usage or milestones ÷ all invoices</source>
            <translation>durch Zeitpläne, Nutzung oder Meilensteine erstellte Rechnungen ÷ alle Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="189" />
            <source>is</source>
            <translation>ist</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="192" />
            <source>is at least</source>
            <translation>ist mindestens</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="193" />
            <source>is at most</source>
            <translation>ist höchstens</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="196" />
            <source>is before</source>
            <translation>liegt vor</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="190" />
            <source>is not</source>
            <translation>ist nicht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="197" />
            <source>is on or after</source>
            <translation>liegt am oder nach</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/domain_texts.py" line="191" />
            <source>is one of</source>
            <translation>ist eines von</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/demo_server.py" line="108" />
            <source>it did not answer</source>
            <translation>er hat nicht geantwortet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/demo_server.py" line="106" />
            <source>it exited with code {0}</source>
            <translation>er wurde mit Code {0} beendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="37" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="103" />
            <source>kept in the system keyring only; empty keeps the stored one</source>
            <translation>nur im Schlüsselbund des Systems gespeichert; leer behält das gespeicherte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="57" />
            <source>late fee {0}</source>
            <translation>Mahngebühr {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="55" />
            <source>late fee {0} (waived)</source>
            <translation>Mahngebühr {0} (erlassen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="25" />
            <source>month {0}</source>
            <translation>Monat {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="49" />
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="163" />
            <source>no change</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/reports_view.py" line="332" />
            <source>no invoices</source>
            <translation>keine Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_segments.py" line="123" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rules_view.py" line="111" />
            <source>none ⚠</source>
            <translation>keine ⚠</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dispute_column.py" line="47" />
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="27" />
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalations_view.py" line="70" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="50" />
            <source>on {0}</source>
            <translation>am {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="38" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="29" />
            <source>other</source>
            <translation>sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="39" />
            <source>paid</source>
            <translation>bezahlt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="74" />
            <source>paid on the first attempt ÷ finalized</source>
            <translation>beim ersten Versuch bezahlt ÷ finalisiert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="48" />
            <source>payment plan of {0} instalments</source>
            <translation>Ratenplan mit {0} Raten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="73" />
            <source>payment success rate</source>
            <translation>Zahlungserfolgsquote</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_dialog.py" line="95" />
            <source>percent, e.g. 2</source>
            <translation>z. B. 2</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="66" />
            <source>product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/products_view.py" line="66" />
            <source>products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="52" />
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="31" />
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/audit_tab.py" line="47" />
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="33" />
            <source>requeued</source>
            <translation>erneut eingereiht</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="83" />
            <source>retry success rate</source>
            <translation>Erfolg erneuter Versuche</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/view_base.py" line="205" />
            <source>row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/view_base.py" line="205" />
            <source>rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/connect_dialog.py" line="153" />
            <source>sk_live_… or rk_live_… (sk_test_… for test mode)</source>
            <translation>sk_live_… oder rk_live_… (sk_test_… für den Testmodus)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/smtp_settings.py" line="101" />
            <source>stored in the system keyring (type to replace)</source>
            <translation>im Schlüsselbund des Systems gespeichert (zum Ersetzen tippen)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="60" />
            <source>the customer was deleted.</source>
            <translation>Der Kunde wurde gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="43" />
            <source>this segment</source>
            <translation>dieses Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoices_view.py" line="166" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="51" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="41" />
            <source>uncollectible</source>
            <translation>uneinbringlich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/data_settings.py" line="87" />
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/collections_menu.py" line="40" />
            <source>void</source>
            <translation>storniert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="47" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="259" />
            <source>{0:,} customer matches now.</source>
            <translation>{0:,} Kunde trifft derzeit zu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/segments_view.py" line="259" />
            <source>{0:,} customers match now.</source>
            <translation>{0:,} Kunden treffen derzeit zu.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="95" />
            <source>{0:,} in conflict</source>
            <translation>{0:,} im Konflikt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="93" />
            <source>{0:,} refused</source>
            <translation>{0:,} abgelehnt</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/billing_view.py" line="173" />
            <source>{0:,} usage rows imported, {1:,} waiting for their period to end. Each period is billed once, on the customer's next invoice.</source>
            <translation>{0:,} Nutzungszeilen importiert, {1:,} warten auf das Ende ihres Zeitraums. Jeder Zeitraum wird einmal abgerechnet, auf der nächsten Rechnung des Kunden.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="91" />
            <source>{0:,} waiting</source>
            <translation>{0:,} wartend</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/backup_settings.py" line="113" />
            <source>{0}   {1:.1f} MB   integrity {2}   {3}</source>
            <translation>{0}   {1:.1f} MB   Integrität {2}   {3}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="308" />
            <source>{0}  (vs {1})</source>
            <translation>{0}  (ggü. {1})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/customer_groups_dialog.py" line="80" />
            <location filename="../../desktop_invoicer/ui/reminder_dialog.py" line="343" />
            <source>{0} (off)</source>
            <translation>{0} (aus)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="336" />
            <source>{0} ({1} off)</source>
            <translation>{0} ({1} Rabatt)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="333" />
            <source>{0} ({1}% off)</source>
            <translation>{0} ({1} % Rabatt)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="44" />
            <source>{0} by {1} on {2}</source>
            <translation>{0} ({1}) am {2}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_parts.py" line="102" />
            <source>{0} by {1}, {2}</source>
            <translation>{0} von {1}, {2}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="221" />
            <source>{0} credit note</source>
            <translation>{0} Gutschrift</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="221" />
            <source>{0} credit notes</source>
            <translation>{0} Gutschriften</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="49" />
            <source>{0} days ago</source>
            <translation>vor {0} Tagen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/review_view.py" line="244" />
            <source>{0} drafts waiting</source>
            <translation>{0} Entwürfe warten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="61" />
            <source>{0} hours</source>
            <translation>{0} Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="45" />
            <source>{0} hours ago</source>
            <translation>vor {0} Stunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_lines.py" line="43" />
            <source>{0} incl.</source>
            <translation>{0} inkl.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="218" />
            <source>{0} invoice</source>
            <translation>{0} Rechnung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="218" />
            <source>{0} invoices</source>
            <translation>{0} Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_editor.py" line="515" />
            <source>{0} is billed in {1}.</source>
            <translation>{0} wird in {1} abgerechnet.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="58" />
            <source>{0} is larger than {1} MB.</source>
            <translation>{0} ist größer als {1} MB.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="64" />
            <source>{0} is not UTF-8 text; save it as CSV (UTF-8).</source>
            <translation>{0} ist kein UTF-8-Text; speichern Sie die Datei als CSV (UTF-8).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/branding_settings.py" line="105" />
            <source>{0} is not an image this app can read (use PNG or JPEG).</source>
            <translation>{0} ist kein Bild, das diese App lesen kann (verwenden Sie PNG oder JPEG).</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="59" />
            <source>{0} minutes</source>
            <translation>{0} Minuten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="41" />
            <source>{0} minutes ago</source>
            <translation>vor {0} Minuten</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/crm_import_dialog.py" line="204" />
            <source>{0} new, {1} changed, {2} unchanged, {3} rejected. Import saves {4} customers and sends them to Stripe at the next sync; rejected rows are left out.</source>
            <translation>{0} neu, {1} geändert, {2} unverändert, {3} abgelehnt. Der Import speichert {4} Kunden und sendet sie bei der nächsten Synchronisierung an Stripe; abgelehnte Zeilen werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="173" />
            <source>{0} of {1} invoices</source>
            <translation>{0} von {1} Rechnungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="173" />
            <source>{0} of {1} operations</source>
            <translation>{0} von {1} Vorgängen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/escalation_notifier.py" line="39" />
            <source>{0} overdue invoices need you. Open Escalations to see them.</source>
            <translation>{0} überfällige Rechnungen erfordern Ihre Aufmerksamkeit. Öffnen Sie „Eskalationen“, um sie zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="224" />
            <source>{0} payment</source>
            <translation>{0} Zahlung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/export_dialog.py" line="224" />
            <source>{0} payments</source>
            <translation>{0} Zahlungen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/payment_status.py" line="40" />
            <source>{0} remaining</source>
            <translation>{0} offen</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_status.py" line="56" />
            <source>{0} seconds</source>
            <translation>{0} Sekunden</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/jobs_view.py" line="377" />
            <source>{0} step {1}</source>
            <translation>{0} Schritt {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="147" />
            <source>{0} was changed in Stripe and here</source>
            <translation>{0} wurde in Stripe und hier geändert</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="230" />
            <source>{0} was refused</source>
            <translation>{0} nicht möglich</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="167" />
            <source>{0} {1} pts (better)</source>
            <translation>{0} {1} Pkt. (besser)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="167" />
            <source>{0} {1} pts (worse)</source>
            <translation>{0} {1} Pkt. (schlechter)</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/accounting_settings.py" line="100" />
            <source>{0} {1}% incl.</source>
            <translation>{0} {1}% inkl.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dispute_column.py" line="40" />
            <source>{0} · due {1}</source>
            <translation>{0} · fällig {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/sync_conflicts.py" line="128" />
            <source>{0} “{1}”</source>
            <translation>{0} „{1}“</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/waive_fee_dialog.py" line="29" />
            <source>{0}, {1}, from {2} ({3})</source>
            <translation>{0}, {1}, ab {2} ({3})</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="197" />
            <source>{0}. Nothing to import.</source>
            <translation>{0}. Nichts zu importieren.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/usage_import_dialog.py" line="199" />
            <source>{0}. Only the accepted rows will be imported.</source>
            <translation>{0}. Nur die akzeptierten Zeilen werden importiert.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dispute_column.py" line="48" />
            <source>{0}. Reason: {1}.</source>
            <translation>{0}. Grund: {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/rule_terms.py" line="58" />
            <source>{0}. Reminders and late fees are paused while it is open.</source>
            <translation>{0}. Zahlungserinnerungen und Mahngebühren sind pausiert, solange sie offen ist.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="228" />
            <source>{0}: done.</source>
            <translation>{0}: erledigt.</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/invoice_actions.py" line="218" />
            <source>{0}: queued, going to Stripe now…</source>
            <translation>{0}: eingereiht, wird jetzt an Stripe übertragen…</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="378" />
            <source>{0}: trend in %</source>
            <translation>{0}: Verlauf in %</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/dashboard_view.py" line="371" />
            <source>{0}: trend in days, per currency</source>
            <translation>{0}: Verlauf in Tagen, pro Währung</translation>
        </message>
        <message>
            <location filename="../../desktop_invoicer/ui/numbering_settings.py" line="45" />
            <source>{YYYY} year, {YY} short year, {MM} month, {seq:04} the sequence</source>
            <translation>{YYYY} Jahr, {YY} Jahr zweistellig, {MM} Monat, {seq:04} die laufende Nummer</translation>
        </message>
    </context>
</TS>
