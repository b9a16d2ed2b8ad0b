<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyAuthProvider</name>
    <message>
        <source>The API key needs a name: the header or query parameter it is sent in (e.g. X-Api-Key).</source>
        <translation>Der API-Schlüssel braucht einen Namen: den Header oder Query-Parameter, in dem er gesendet wird (z. B. X-Api-Key).</translation>
    </message>
    <message>
        <source>The API key location &quot;%1&quot; is unknown: use &quot;header&quot; or &quot;query&quot;.</source>
        <translation>Der Ort des API-Schlüssels &quot;%1&quot; ist unbekannt: Verwenden Sie &quot;header&quot; oder &quot;query&quot;.</translation>
    </message>
    <message>
        <source>The API key header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>Der Header-Name &quot;%1&quot; des API-Schlüssels ist kein gültiger HTTP-Header-Name.</translation>
    </message>
</context>
<context>
    <name>AuthProvider</name>
    <message>
        <source>The Magento user name is empty.</source>
        <translation>Der Magento-Benutzername ist leer.</translation>
    </message>
    <message>
        <source>This authentication type is not supported.</source>
        <translation>Diese Authentifizierungsart wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>The body file %1 cannot be opened: %2</source>
        <translation>Die Body-Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The body file %1 cannot be mapped into memory: %2</source>
        <translation>Die Body-Datei %1 kann nicht in den Speicher abgebildet werden: %2</translation>
    </message>
</context>
<context>
    <name>ContentKind</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo workspace is missing from this build.</source>
        <translation>Der Demo-Arbeitsbereich fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Key location</source>
        <translation>Ort des Schlüssels</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Signaturverfahren</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Access Token Secret</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
</context>
<context>
    <name>EndpointsView</name>
    <message>
        <source>The endpoint no longer exists.</source>
        <translation>Den Endpunkt gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EnvironmentsView</name>
    <message>
        <source>Type a new secret value</source>
        <translation>Neuen geheimen Wert eingeben</translation>
    </message>
    <message>
        <source>The environment “%1” no longer exists.</source>
        <translation>Die Umgebung „%1“ gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ErpBackOffice</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use &quot;demo&quot; or &quot;empty&quot;.</source>
        <translation>Unbekannte Vorbelegung „%1“: „demo“ oder „empty“ verwenden.</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The response body file %1 cannot be read: %2</source>
        <translation>Die Datei %1 mit dem Antwort-Body kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>old body</source>
        <translation>alter Body</translation>
    </message>
    <message>
        <source>new body</source>
        <translation>neuer Body</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>the text is empty: no JSON value</source>
        <translation>der Text ist leer: kein JSON-Wert</translation>
    </message>
    <message>
        <source>the text is UTF-16; JSON must be UTF-8</source>
        <translation>der Text ist UTF-16; JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key, found %1</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the text ends before the JSON value is complete (truncated?)</source>
        <translation>der Text endet, bevor der JSON-Wert vollständig ist (abgeschnitten?)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartet %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string: backslash before %1</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette: Backslash vor %1</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>a \u surrogate escape without its pair (not a valid Unicode character)</source>
        <translation>ein \u-Surrogat-Escape ohne sein Gegenstück (kein gültiges Unicode-Zeichen)</translation>
    </message>
    <message>
        <source>unescaped control character (%1) in a string</source>
        <translation>nicht maskiertes Steuerzeichen (%1) in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8 (%1)</source>
        <translation>ungültiges UTF-8 (%1)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid word: only true, false and null are allowed</source>
        <translation>ungültiges Wort: nur true, false und null sind erlaubt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>too large for the viewer</source>
        <translation>zu groß für die Anzeige</translation>
    </message>
    <message>
        <source>Line %1, column %2 (byte %3): %4</source>
        <translation>Zeile %1, Spalte %2 (Byte %3): %4</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>MagentoRestSchema</name>
    <message>
        <source>The store&apos;s schema could not be loaded: %1</source>
        <translation>Das Schema des Shops konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>MagentoSearchCriteria</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>is one of a comma-separated column&apos;s values</source>
        <translation>ist einer der kommagetrennten Werte der Spalte</translation>
    </message>
    <message>
        <source>is at least (start of a range)</source>
        <translation>ist mindestens (Anfang eines Bereichs)</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is greater than or equal to</source>
        <translation>ist größer oder gleich</translation>
    </message>
    <message>
        <source>is in a comma-separated list</source>
        <translation>ist in einer kommagetrennten Liste</translation>
    </message>
    <message>
        <source>matches a pattern (% is the wildcard)</source>
        <translation>passt zu einem Muster (% ist der Platzhalter)</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is less than or equal to</source>
        <translation>ist kleiner oder gleich</translation>
    </message>
    <message>
        <source>is greater than or equal to (moreq)</source>
        <translation>ist größer oder gleich (moreq)</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is not one of a comma-separated column&apos;s values</source>
        <translation>ist keiner der kommagetrennten Werte der Spalte</translation>
    </message>
    <message>
        <source>is not in a comma-separated list</source>
        <translation>ist nicht in einer kommagetrennten Liste</translation>
    </message>
    <message>
        <source>does not match a pattern</source>
        <translation>passt nicht zu einem Muster</translation>
    </message>
    <message>
        <source>is set (not NULL)</source>
        <translation>ist gesetzt (nicht NULL)</translation>
    </message>
    <message>
        <source>is not set (NULL)</source>
        <translation>ist nicht gesetzt (NULL)</translation>
    </message>
    <message>
        <source>is at most (end of a range)</source>
        <translation>ist höchstens (Ende eines Bereichs)</translation>
    </message>
</context>
<context>
    <name>MagentoStore</name>
    <message>
        <source>Unknown seed &quot;%1&quot;: use &quot;demo&quot; or &quot;empty&quot;.</source>
        <translation>Unbekannte Vorbelegung „%1“: „demo“ oder „empty“ verwenden.</translation>
    </message>
</context>
<context>
    <name>OAuth1AuthProvider</name>
    <message>
        <source>The OAuth 1.0a signature method &quot;%1&quot; is not supported: use HMAC-SHA256 or HMAC-SHA1.</source>
        <translation>Das OAuth-1.0a-Signaturverfahren &quot;%1&quot; wird nicht unterstützt: Verwenden Sie HMAC-SHA256 oder HMAC-SHA1.</translation>
    </message>
</context>
<context>
    <name>OAuth2AuthProvider</name>
    <message>
        <source>The OAuth 2.0 token URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>Die OAuth-2.0-Token-URL &quot;%1&quot; ist keine http- oder https-URL.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SecretCrypto</name>
    <message>
        <source>no details from OpenSSL</source>
        <translation>keine Details von OpenSSL</translation>
    </message>
    <message>
        <source>scrypt: N must be a power of two greater than 1 (got %1)</source>
        <translation>scrypt: N muss eine Zweierpotenz größer als 1 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>scrypt: r and p must be at least 1 (got r=%1, p=%2)</source>
        <translation>scrypt: r und p müssen mindestens 1 sein (erhalten: r=%1, p=%2)</translation>
    </message>
    <message>
        <source>scrypt: r·p must be below 2^30 (got r=%1, p=%2)</source>
        <translation>scrypt: r·p muss kleiner als 2^30 sein (erhalten: r=%1, p=%2)</translation>
    </message>
    <message>
        <source>scrypt: N=%1, r=%2 need more than %3 MiB of memory</source>
        <translation>scrypt: N=%1, r=%2 benötigen mehr als %3 MiB Speicher</translation>
    </message>
    <message>
        <source>scrypt: the key length must not be zero</source>
        <translation>scrypt: Die Schlüssellänge darf nicht null sein</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL: %1</source>
        <translation>scrypt ist in diesem OpenSSL nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>scrypt: %1</source>
        <translation>scrypt: %1</translation>
    </message>
    <message>
        <source>scrypt failed: %1</source>
        <translation>scrypt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot draw a negative number of random bytes</source>
        <translation>Eine negative Anzahl Zufallsbytes kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: %1</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key (got %1 bytes)</source>
        <translation>AES-256-GCM benötigt einen 32-Byte-Schlüssel (erhalten: %1 Bytes)</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a nonce</source>
        <translation>AES-256-GCM benötigt eine Nonce</translation>
    </message>
    <message>
        <source>AES-256-GCM: the data is too large</source>
        <translation>AES-256-GCM: Die Daten sind zu groß</translation>
    </message>
    <message>
        <source>AES-256-GCM set-up failed: %1</source>
        <translation>Einrichtung von AES-256-GCM fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AES-256-GCM failed: %1</source>
        <translation>AES-256-GCM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AES-256-GCM produced %1 bytes instead of %2</source>
        <translation>AES-256-GCM hat %1 Bytes statt %2 erzeugt</translation>
    </message>
    <message>
        <source>AES-256-GCM failed to produce a tag: %1</source>
        <translation>AES-256-GCM konnte kein Tag erzeugen: %1</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 16-byte tag (got %1 bytes)</source>
        <translation>AES-256-GCM benötigt ein 16-Byte-Tag (erhalten: %1 Bytes)</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SecretJobs</name>
    <message>
        <source>No secret store is available: no keychain is reachable and the encrypted vault is locked.</source>
        <translation>Kein Geheimnisspeicher verfügbar: Kein Schlüsselbund ist erreichbar und der verschlüsselte Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <source>No keychain is reachable.</source>
        <translation>Kein Schlüsselbund ist erreichbar.</translation>
    </message>
    <message>
        <source>%1 Secrets can instead be kept in an encrypted vault file (%2), protected by a passphrase you choose.</source>
        <translation>%1 Geheimnisse können stattdessen in einer verschlüsselten Tresordatei (%2) aufbewahrt werden, geschützt durch eine Passphrase Ihrer Wahl.</translation>
    </message>
</context>
<context>
    <name>StoreDb</name>
    <message>
        <source>The sandbox database (connection &quot;%1&quot;) is not open.</source>
        <translation>Die Sandbox-Datenbank (Verbindung &quot;%1&quot;) ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Sandbox database error: %1 (in: %2)</source>
        <translation>Fehler der Sandbox-Datenbank: %1 (bei: %2)</translation>
    </message>
    <message>
        <source>Could not start a transaction on the sandbox database: %1</source>
        <translation>Auf der Sandbox-Datenbank konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not commit to the sandbox database: %1</source>
        <translation>Auf der Sandbox-Datenbank konnte nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Sandbox database error: %1</source>
        <translation>Fehler der Sandbox-Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>StudioApp</name>
    <message>
        <source>Native workbench for Magento / Adobe Commerce integrations.</source>
        <translation>Native Werkbank für Magento-/Adobe-Commerce-Integrationen.</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;folder&gt;.</source>
        <translation>Den Arbeitsbereich in &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open the demo workspace (installed on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal installiert).</translation>
    </message>
    <message>
        <source>Demo sandbox running: Magento at http://127.0.0.1:%1, the demo ERP at http://127.0.0.1:%2.</source>
        <translation>Demo-Sandbox läuft: Magento unter http://127.0.0.1:%1, das Demo-ERP unter http://127.0.0.1:%2.</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>XmlPretty</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the text is too large for the viewer</source>
        <translation>der Text ist zu groß für die Anzeige</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>File is too large (%1 bytes, limit %2)</source>
        <translation>Die Datei ist zu groß (%1 Bytes, Grenze %2)</translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <translation>Spalte %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL (expected e.g. https://shop.example.com).</source>
        <translation>%1 ist keine gültige URL (erwartet z. B. https://shop.example.com).</translation>
    </message>
    <message>
        <source>%1 must start with http:// or https://.</source>
        <translation>%1 muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or fragment (#…).</source>
        <translation>%1 darf keine Query (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Timeout must be between 1 ms and 1 hour.</source>
        <translation>Das Zeitlimit muss zwischen 1 ms und 1 Stunde liegen.</translation>
    </message>
    <message>
        <source>Rate limit cannot be negative.</source>
        <translation>Das Ratenlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Burst cannot be negative.</source>
        <translation>Der Burst darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Concurrent requests must be between 1 and 256.</source>
        <translation>Gleichzeitige Anfragen müssen zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <source>Pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits (colons allowed).</source>
        <translation>Das fixierte Zertifikat muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Ein Client-Zertifikat benötigt sowohl die Zertifikatsdatei als auch die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Store code is required (&quot;default&quot;, &quot;all&quot; or a store view code).</source>
        <translation>Ein Store-Code ist erforderlich (&quot;default&quot;, &quot;all&quot; oder ein Store-View-Code).</translation>
    </message>
    <message>
        <source>Store code may contain only lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Der Store-Code darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>Choose a database driver (SQLite, PostgreSQL, MySQL/MariaDB or ODBC).</source>
        <translation>Wählen Sie einen Datenbanktreiber (SQLite, PostgreSQL, MySQL/MariaDB oder ODBC).</translation>
    </message>
    <message>
        <source>Data source (DSN or connection string) is required.</source>
        <translation>Eine Datenquelle (DSN oder Verbindungszeichenfolge) ist erforderlich.</translation>
    </message>
    <message>
        <source>Database is required.</source>
        <translation>Eine Datenbank ist erforderlich.</translation>
    </message>
    <message>
        <source>Host is required.</source>
        <translation>Ein Host ist erforderlich.</translation>
    </message>
    <message>
        <source>Port must be between 0 (driver default) and 65535.</source>
        <translation>Der Port muss zwischen 0 (Treiberstandard) und 65535 liegen.</translation>
    </message>
    <message>
        <source>Folder is required.</source>
        <translation>Ein Ordner ist erforderlich.</translation>
    </message>
    <message>
        <source>Format must be csv, json or jsonl.</source>
        <translation>Das Format muss csv, json oder jsonl sein.</translation>
    </message>
    <message>
        <source>Delimiter must be a single character (or \t for tab).</source>
        <translation>Das Trennzeichen muss ein einzelnes Zeichen sein (oder \t für Tabulator).</translation>
    </message>
    <message>
        <source>Quote must be a single character or empty.</source>
        <translation>Das Anführungszeichen muss ein einzelnes Zeichen oder leer sein.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unbekannte Kodierung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>File pattern is required (e.g. *.csv).</source>
        <translation>Ein Dateimuster ist erforderlich (z. B. *.csv).</translation>
    </message>
    <message>
        <source>This authentication type is not available for this kind of endpoint.</source>
        <translation>Diese Authentifizierungsart ist für diese Art von Endpunkt nicht verfügbar.</translation>
    </message>
    <message>
        <source>Key location must be &quot;header&quot; or &quot;query&quot;.</source>
        <translation>Der Ort des Schlüssels muss &quot;header&quot; oder &quot;query&quot; sein.</translation>
    </message>
    <message>
        <source>Signature method must be HMAC-SHA256 or HMAC-SHA1.</source>
        <translation>Das Signaturverfahren muss HMAC-SHA256 oder HMAC-SHA1 sein.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Left out %1: the endpoint&apos;s authentication writes it afresh.</source>
        <translation>%1 weggelassen: Die Authentifizierung des Endpunkts schreibt es neu.</translation>
    </message>
    <message>
        <source>Left out %1: the log holds only its redacted form, and the request goes without authentication.</source>
        <translation>%1 weggelassen: Das Protokoll enthält nur die geschwärzte Form, und die Anfrage geht ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>Left out the query parameters %1: the endpoint&apos;s authentication adds them afresh.</source>
        <translation>Die Query-Parameter %1 wurden weggelassen: Die Authentifizierung des Endpunkts fügt sie neu hinzu.</translation>
    </message>
    <message>
        <source>Log entry %1 has no HTTP method.</source>
        <translation>Protokolleintrag %1 hat keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>Log entry %1 has no usable http or https URL (&quot;%2&quot;).</source>
        <translation>Protokolleintrag %1 hat keine verwendbare http- oder https-URL („%2“).</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; the request was sent in no longer exists: endpoint addresses were resolved without its variables.</source>
        <translation>Die Umgebung „%1“, in der die Anfrage gesendet wurde, existiert nicht mehr: Die Adressen der Endpunkte wurden ohne ihre Variablen aufgelöst.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; the request was sent through no longer exists in the workspace.</source>
        <translation>Der Endpunkt „%1“, über den die Anfrage gesendet wurde, existiert im Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <source>The URL no longer lies under the address of endpoint &quot;%1&quot; in environment &quot;%2&quot;.</source>
        <translation>Die URL liegt nicht mehr unter der Adresse des Endpunkts „%1“ in der Umgebung „%2“.</translation>
    </message>
    <message>
        <source>The URL no longer lies under the address of endpoint &quot;%1&quot;; it matches endpoint &quot;%2&quot;.</source>
        <translation>Die URL liegt nicht mehr unter der Adresse des Endpunkts „%1“; sie passt zum Endpunkt „%2“.</translation>
    </message>
    <message>
        <source>No endpoint of the workspace serves %1: the request goes to the absolute URL, without authentication.</source>
        <translation>Kein Endpunkt des Arbeitsbereichs bedient %1: Die Anfrage geht an die absolute URL, ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>query parameter &quot;%1&quot;</source>
        <translation>Query-Parameter „%1“</translation>
    </message>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>Header „%1“</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is binary and cannot be edited as text: it was left out.</source>
        <translation>Der Body (%1 Bytes) ist binär und kann nicht als Text bearbeitet werden: Er wurde weggelassen.</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>den Body</translation>
    </message>
    <message>
        <source>The request to the GraphQL URL carries no GraphQL query: it goes to the absolute URL, without authentication.</source>
        <translation>Die Anfrage an die GraphQL-URL enthält keine GraphQL-Abfrage: Sie geht an die absolute URL, ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>The log kept only the first %1 of %2 bytes of the body: complete it before sending.</source>
        <translation>Das Protokoll hat nur die ersten %1 von %2 Bytes des Bodys behalten: Vervollständigen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <source>The log redacted %1 (shown as %2): enter the real values before sending.</source>
        <translation>Das Protokoll hat %1 geschwärzt (angezeigt als %2): Geben Sie vor dem Senden die echten Werte ein.</translation>
    </message>
    <message>
        <source>A proxy password needs a proxy server (http://user@host:port) to send it to.</source>
        <translation>Ein Proxy-Passwort braucht einen Proxy-Server (http://benutzer@host:port), an den es gesendet wird.</translation>
    </message>
    <message>
        <source>Proxy must be empty (system settings), &quot;direct&quot;, http://host:port or socks5://host:port.</source>
        <translation>Der Proxy muss leer (Systemeinstellungen), &quot;direct&quot;, http://host:port oder socks5://host:port sein.</translation>
    </message>
    <message>
        <source>Proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Do not put the proxy password in the URL: the endpoint file is shared; enter it as the proxy password, which is kept in the keychain.</source>
        <translation>Das Proxy-Passwort gehört nicht in die URL, denn die Endpunktdatei wird geteilt: Geben Sie es als Proxy-Passwort ein, das im Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>Proxy URL must not contain a path, query or fragment.</source>
        <translation>Die Proxy-URL darf keinen Pfad, keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>A proxy password needs the user name in the proxy URL (http://user@host:port).</source>
        <translation>Ein Proxy-Passwort braucht den Benutzernamen in der Proxy-URL (http://benutzer@host:port).</translation>
    </message>
</context>
<context>
    <name>studio::EnvironmentSecretStore</name>
    <message>
        <source>The environment variable %1 for %2 is set but empty (an unset CI secret often expands to nothing).</source>
        <translation>Die Umgebungsvariable %1 für %2 ist gesetzt, aber leer (ein nicht gesetztes CI-Geheimnis wird oft zu nichts).</translation>
    </message>
    <message>
        <source>No secret for %1 in the environment: set %2.</source>
        <translation>Kein Geheimnis für %1 in der Umgebung: Setzen Sie %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;, field &quot;%2&quot;</source>
        <translation>Endpunkt &quot;%1&quot;, Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <source>reference &quot;%1&quot;</source>
        <translation>Verweis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Cannot store the secret &quot;%1&quot;: secrets from environment variables are read-only. Set %2 instead.</source>
        <translation>Das Geheimnis &quot;%1&quot; kann nicht gespeichert werden: Geheimnisse aus Umgebungsvariablen sind schreibgeschützt. Setzen Sie stattdessen %2.</translation>
    </message>
    <message>
        <source>Cannot delete the secret &quot;%1&quot;: secrets from environment variables are read-only.</source>
        <translation>Das Geheimnis &quot;%1&quot; kann nicht gelöscht werden: Geheimnisse aus Umgebungsvariablen sind schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>studio::KeychainStore</name>
    <message>
        <source>No secret is stored in the %1 under the reference &quot;%2&quot;.</source>
        <translation>Im %1 ist unter dem Verweis &quot;%2&quot; kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Access to the secret &quot;%1&quot; in the %2 was refused at the keychain&apos;s prompt.</source>
        <translation>Der Zugriff auf das Geheimnis &quot;%1&quot; im %2 wurde an der Abfrage des Schlüsselbunds abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 denied access to the secret &quot;%2&quot; (is it locked?): %3</source>
        <translation>Der %1 hat den Zugriff auf das Geheimnis &quot;%2&quot; verweigert (ist er gesperrt?): %3</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1), so the secret &quot;%2&quot; cannot be used: %3</source>
        <translation>Kein Schlüsselbund ist erreichbar (%1), daher kann das Geheimnis &quot;%2&quot; nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>The %1 does not support this operation (secret &quot;%2&quot;).</source>
        <translation>Der %1 unterstützt diesen Vorgang nicht (Geheimnis &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Could not read the secret &quot;%1&quot; from the %2: %3</source>
        <translation>Das Geheimnis &quot;%1&quot; konnte nicht aus dem %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not store the secret &quot;%1&quot; in the %2: %3</source>
        <translation>Das Geheimnis &quot;%1&quot; konnte nicht im %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not delete the secret &quot;%1&quot; from the %2: %3</source>
        <translation>Das Geheimnis &quot;%1&quot; konnte nicht aus dem %2 gelöscht werden: %3</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>Cannot store a secret without a reference.</source>
        <translation>Ein Geheimnis kann nicht ohne Verweis gespeichert werden.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): %2</source>
        <translation>Kein Schlüsselbund ist erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): it did not answer within %2 s.</source>
        <translation>Kein Schlüsselbund ist erreichbar (%1): Er hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1): it returned a different value than was stored.</source>
        <translation>Kein Schlüsselbund ist erreichbar (%1): Er hat einen anderen Wert zurückgegeben als gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>studio::LayeredSecretStore</name>
    <message>
        <source>the workspace keeps its secrets in a vault; set STUDIO_VAULT_PASSPHRASE to open it</source>
        <translation>der Arbeitsbereich bewahrt seine Geheimnisse in einem Tresor auf; setzen Sie STUDIO_VAULT_PASSPHRASE, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>no keychain or vault is configured</source>
        <translation>kein Schlüsselbund und kein Tresor ist eingerichtet</translation>
    </message>
    <message>
        <source>environment variables, then %1</source>
        <translation>Umgebungsvariablen, dann %1</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Set %1 (%2).</source>
        <translation>Setzen Sie %1 (%2).</translation>
    </message>
    <message>
        <source>%1 Or set %2.</source>
        <translation>%1 Oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>studio::LogReader</name>
    <message>
        <source>reading the log</source>
        <translation>Lesen des Protokolls</translation>
    </message>
    <message>
        <source>%1 is not a request log this version of Integration Studio can read (format %2, expected %3).</source>
        <translation>%1 ist kein Anfrageprotokoll, das diese Version von Integration Studio lesen kann (Format %2, erwartet %3).</translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>Zählen der Einträge</translation>
    </message>
    <message>
        <source>reading entries</source>
        <translation>Lesen der Einträge</translation>
    </message>
    <message>
        <source>reading entry %1</source>
        <translation>Lesen von Eintrag %1</translation>
    </message>
    <message>
        <source>The request log has no entry %1 (it may have been pruned).</source>
        <translation>Das Anfrageprotokoll hat keinen Eintrag %1 (er wurde möglicherweise bereinigt).</translation>
    </message>
    <message>
        <source>listing values</source>
        <translation>Auflisten der Werte</translation>
    </message>
    <message>
        <source>reading the pruning anchor</source>
        <translation>Lesen des Bereinigungsankers</translation>
    </message>
    <message>
        <source>Entry %1 (%2) lies before the pruning anchor at entry %3: the anchor or the entry was altered.</source>
        <translation>Eintrag %1 (%2) liegt vor dem Bereinigungsanker bei Eintrag %3: Der Anker oder der Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: entries %2 were deleted (the entry before them started %3, the one after %4).</source>
        <translation>Eintrag %1 fehlt: Die Einträge %2 wurden gelöscht (der Eintrag davor begann %3, der danach %4).</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was altered and its hash recomputed: entry %3 still links to its original hash.</source>
        <translation>Eintrag %1 (%2) wurde verändert und sein Hash neu berechnet: Eintrag %3 verweist noch auf den ursprünglichen Hash.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) does not link to the pruning anchor: the anchor or the entry was altered.</source>
        <translation>Eintrag %1 (%2) verweist nicht auf den Bereinigungsanker: Der Anker oder der Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) holds the content of entry %3: entries were reordered.</source>
        <translation>Eintrag %1 (%2) enthält den Inhalt von Eintrag %3: Einträge wurden umsortiert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was altered: its content does not match its hash.</source>
        <translation>Eintrag %1 (%2) wurde verändert: Sein Inhalt passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <source>Verification was stopped after %1 entries.</source>
        <translation>Die Prüfung wurde nach %1 Einträgen abgebrochen.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the newest entries %1-%2 were deleted (the last one left started %3).</source>
        <translation>Eintrag %1 fehlt: Die neuesten Einträge %1-%2 wurden gelöscht (der letzte verbliebene begann %3).</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was altered and its hash recomputed: it no longer matches the recorded head of the log.</source>
        <translation>Eintrag %1 (%2) wurde verändert und sein Hash neu berechnet: Er passt nicht mehr zum gespeicherten Kopf des Protokolls.</translation>
    </message>
</context>
<context>
    <name>studio::RequestLog</name>
    <message>
        <source>Cannot create the folder %1 for the request log.</source>
        <translation>Der Ordner %1 für das Anfrageprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>preparing the log statements</source>
        <translation>Vorbereiten der Protokollanweisungen</translation>
    </message>
    <message>
        <source>The request log %1 is closed.</source>
        <translation>Das Anfrageprotokoll %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>writing entry %1</source>
        <translation>Schreiben von Eintrag %1</translation>
    </message>
    <message>
        <source>indexing entry %1 for search</source>
        <translation>Indizieren von Eintrag %1 für die Suche</translation>
    </message>
    <message>
        <source>finding old entries</source>
        <translation>Suchen alter Einträge</translation>
    </message>
    <message>
        <source>measuring the log</source>
        <translation>Vermessen des Protokolls</translation>
    </message>
    <message>
        <source>reading the hash of entry %1</source>
        <translation>Lesen des Hashs von Eintrag %1</translation>
    </message>
    <message>
        <source>removing entry %1 from the search index</source>
        <translation>Entfernen von Eintrag %1 aus dem Suchindex</translation>
    </message>
    <message>
        <source>pruning entries</source>
        <translation>Bereinigen der Einträge</translation>
    </message>
    <message>
        <source>recording the pruning anchor</source>
        <translation>Speichern des Bereinigungsankers</translation>
    </message>
    <message>
        <source>reading the newest entry</source>
        <translation>Lesen des neuesten Eintrags</translation>
    </message>
</context>
<context>
    <name>studio::RequestLog::Impl</name>
    <message>
        <source>updating the log state</source>
        <translation>Aktualisieren des Protokollzustands</translation>
    </message>
    <message>
        <source>reading entries for the search index</source>
        <translation>Lesen der Einträge für den Suchindex</translation>
    </message>
</context>
<context>
    <name>studio::VariableResolver</name>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Unknown variable {{%1}}%2: define it in the active environment.</source>
        <translation>Unbekannte Variable {{%1}}%2: Definieren Sie sie in der aktiven Umgebung.</translation>
    </message>
    <message>
        <source>Malformed variable placeholder &quot;%1&quot;%2: use {{name}} with letters, digits, _ . or -.</source>
        <translation>Fehlerhafter Variablenplatzhalter &quot;%1&quot;%2: Verwenden Sie {{name}} mit Buchstaben, Ziffern, _ . oder -.</translation>
    </message>
    <message>
        <source>Variables refer to each other in a loop (%1)%2.</source>
        <translation>Variablen verweisen in einer Schleife aufeinander (%1)%2.</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;: %2</source>
        <translation>Endpunkt &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>studio::VaultStore</name>
    <message>
        <source>The vault file is empty. It may have been cut short while it was being copied.</source>
        <translation>Die Tresordatei ist leer. Sie wurde möglicherweise beim Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>The vault file is truncated: it has %1 bytes, but its header alone needs %2.</source>
        <translation>Die Tresordatei ist abgeschnitten: Sie hat %1 Bytes, aber allein ihr Kopf benötigt %2.</translation>
    </message>
    <message>
        <source>This is not an Integration Studio vault file (it does not start with IS-VAULT).</source>
        <translation>Dies ist keine Tresordatei von Integration Studio (sie beginnt nicht mit IS-VAULT).</translation>
    </message>
    <message>
        <source>The vault uses format version %1, which this version of Integration Studio cannot read (it reads version %2). It was probably written by a newer version.</source>
        <translation>Der Tresor verwendet die Formatversion %1, die diese Version von Integration Studio nicht lesen kann (sie liest Version %2). Er wurde wahrscheinlich von einer neueren Version geschrieben.</translation>
    </message>
    <message>
        <source>The vault has an invalid format version (%1).</source>
        <translation>Der Tresor hat eine ungültige Formatversion (%1).</translation>
    </message>
    <message>
        <source>The vault names an unknown key derivation function (%1).</source>
        <translation>Der Tresor nennt eine unbekannte Schlüsselableitungsfunktion (%1).</translation>
    </message>
    <message>
        <source>The vault&apos;s key derivation parameters are out of range (N = 2^%1, r = %2, p = %3): the file is damaged or was not written by Integration Studio.</source>
        <translation>Die Parameter der Schlüsselableitung des Tresors liegen außerhalb des zulässigen Bereichs (N = 2^%1, r = %2, p = %3): Die Datei ist beschädigt oder wurde nicht von Integration Studio geschrieben.</translation>
    </message>
    <message>
        <source>The vault file is truncated: it has %1 bytes, but even an empty vault has %2.</source>
        <translation>Die Tresordatei ist abgeschnitten: Sie hat %1 Bytes, aber selbst ein leerer Tresor hat %2.</translation>
    </message>
    <message>
        <source>The vault file does not exist.</source>
        <translation>Die Tresordatei existiert nicht.</translation>
    </message>
    <message>
        <source>The vault decrypted, but its content is malformed. The file was left unchanged.</source>
        <translation>Der Tresor wurde entschlüsselt, aber sein Inhalt ist fehlerhaft. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The vault passphrase must not be empty.</source>
        <translation>Die Passphrase des Tresors darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Cannot encrypt the vault: %1</source>
        <translation>Der Tresor kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>The vault is being changed by another program; try again in a moment.</source>
        <translation>Der Tresor wird gerade von einem anderen Programm geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot create the vault&apos;s lock file next to it (is the folder writable?).</source>
        <translation>Die Sperrdatei des Tresors kann nicht daneben angelegt werden (ist der Ordner beschreibbar?).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the vault.</source>
        <translation>Der Ordner für den Tresor kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A vault file already exists here. Unlock it with its passphrase, or move it away to start a new vault.</source>
        <translation>Hier existiert bereits eine Tresordatei. Entsperren Sie sie mit ihrer Passphrase oder verschieben Sie sie, um einen neuen Tresor anzulegen.</translation>
    </message>
    <message>
        <source>Cannot unlock the vault: the passphrase is wrong, or the file was changed or damaged. The file was left unchanged.</source>
        <translation>Der Tresor kann nicht entsperrt werden: Die Passphrase ist falsch oder die Datei wurde verändert oder beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>scrypt parameters N = %1, r = %2, p = %3 are outside the range a vault accepts (N a power of two from 2^10 to 2^24, r 1–32, p 1–16, at most 1 GiB of memory and N·r·p at most 2^25).</source>
        <translation>Die scrypt-Parameter N = %1, r = %2, p = %3 liegen außerhalb des Bereichs, den ein Tresor akzeptiert (N eine Zweierpotenz von 2^10 bis 2^24, r 1–32, p 1–16, höchstens 1 GiB Speicher und N·r·p höchstens 2^25).</translation>
    </message>
    <message>
        <source>Encrypted vault (%1)</source>
        <translation>Verschlüsselter Tresor (%1)</translation>
    </message>
    <message>
        <source>The vault was re-encrypted with another passphrase since it was unlocked here (by another window or program). Unlock it again.</source>
        <translation>Der Tresor wurde seit dem Entsperren hier mit einer anderen Passphrase neu verschlüsselt (von einem anderen Fenster oder Programm). Entsperren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The vault file was changed or damaged since it was unlocked and cannot be decrypted any more. The file was left unchanged.</source>
        <translation>Die Tresordatei wurde seit dem Entsperren verändert oder beschädigt und kann nicht mehr entschlüsselt werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No secret is stored in the vault under the reference &quot;%1&quot;.</source>
        <translation>Im Tresor ist unter dem Verweis &quot;%1&quot; kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store a secret without a reference.</source>
        <translation>Ein Geheimnis kann nicht ohne Verweis gespeichert werden.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the vault was not changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; der Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The secrets are too large for the vault (%1 MiB at most); nothing was saved.</source>
        <translation>Die Geheimnisse sind zu groß für den Tresor (höchstens %1 MiB); nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>studio::Workspace</name>
    <message>
        <source>The folder is not empty; choose an empty or new folder for a new workspace.</source>
        <translation>Der Ordner ist nicht leer; wählen Sie für einen neuen Arbeitsbereich einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This folder is not an Integration Studio workspace (no workspace.json).</source>
        <translation>Dieser Ordner ist kein Arbeitsbereich von Integration Studio (keine workspace.json).</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a string</source>
        <translation>&quot;id&quot; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>another file already defines the environment &quot;%1&quot;; this one is ignored</source>
        <translation>eine andere Datei definiert bereits die Umgebung &quot;%1&quot;; diese wird ignoriert</translation>
    </message>
    <message>
        <source>A saved request needs a name.</source>
        <translation>Eine gespeicherte Anfrage braucht einen Namen.</translation>
    </message>
    <message>
        <source>This file could not be loaded, so it is not overwritten. Fix or remove it first.</source>
        <translation>Diese Datei konnte nicht geladen werden und wird daher nicht überschrieben. Korrigieren oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Saved as %1, but the old file could not be removed.</source>
        <translation>Als %1 gespeichert, aber die alte Datei konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot delete the file.</source>
        <translation>Die Datei kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>There is no saved request &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Anfrage &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a folder name.</source>
        <translation>&quot;%1&quot; kann nicht als Ordnername verwendet werden.</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>A folder &quot;%1&quot; already exists.</source>
        <translation>Ein Ordner &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot rename the folder.</source>
        <translation>Der Ordner kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>&quot;%1&quot; ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot delete the folder.</source>
        <translation>Der Ordner kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint id (lower-case letters, digits and dashes).</source>
        <translation>&quot;%1&quot; ist keine gültige Endpunkt-ID (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>There is no endpoint &quot;%1&quot;.</source>
        <translation>Es gibt keinen Endpunkt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An endpoint with the id &quot;%1&quot; already exists.</source>
        <translation>Ein Endpunkt mit der ID &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>An environment needs a name.</source>
        <translation>Eine Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is too similar to the environment &quot;%2&quot; (same file name).</source>
        <translation>Der Name &quot;%1&quot; ist der Umgebung &quot;%2&quot; zu ähnlich (gleicher Dateiname).</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>studio::app</name>
    <message>
        <source>logs: %1</source>
        <translation>logs: %1</translation>
    </message>
    <message>
        <source>Usage: integration-studio logs verify --workspace DIR
       integration-studio logs export --workspace DIR --format jsonl|har [--from ISO] [--to ISO] [--ids 1,2,5-9] [--out FILE]</source>
        <translation>Aufruf: integration-studio logs verify --workspace DIR
       integration-studio logs export --workspace DIR --format jsonl|har [--from ISO] [--to ISO] [--ids 1,2,5-9] [--out FILE]</translation>
    </message>
    <message>
        <source>--workspace DIR is required.</source>
        <translation>--workspace DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>Der Arbeitsbereichsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no workspace.json).</source>
        <translation>%1 ist kein Arbeitsbereich (keine workspace.json).</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO-8601 time (e.g. 2026-01-31T14:00:00Z).</source>
        <translation>%1 %2 ist keine ISO-8601-Zeit (z. B. 2026-01-31T14:00:00Z).</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not an id or a range like 5-9.</source>
        <translation>--ids: &quot;%1&quot; ist keine ID und kein Bereich wie 5-9.</translation>
    </message>
    <message>
        <source>--ids needs at least one id.</source>
        <translation>--ids braucht mindestens eine ID.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>OK: 0 entries verified (the workspace has no request log yet).</source>
        <translation>OK: 0 Einträge geprüft (der Arbeitsbereich hat noch kein Anfrageprotokoll).</translation>
    </message>
    <message>
        <source>OK: %1 entries verified</source>
        <translation>OK: %1 Einträge geprüft</translation>
    </message>
    <message>
        <source> (from the pruning anchor after entry %1)</source>
        <translation> (ab dem Bereinigungsanker nach Eintrag %1)</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>%1 entries before it verified.</source>
        <translation>%1 Einträge davor geprüft.</translation>
    </message>
    <message>
        <source>jsonl or har.</source>
        <translation>jsonl oder har.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Entries started at or after this time.</source>
        <translation>Einträge, die zu oder nach dieser Zeit begannen.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Entries started before this time.</source>
        <translation>Einträge, die vor dieser Zeit begannen.</translation>
    </message>
    <message>
        <source>Entry ids: 1,2,5-9.</source>
        <translation>Eintrags-IDs: 1,2,5-9.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--format jsonl|har is required.</source>
        <translation>--format jsonl|har ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be jsonl or har, not %1.</source>
        <translation>--format muss jsonl oder har sein, nicht %1.</translation>
    </message>
    <message>
        <source>--ids cannot be combined with --from/--to.</source>
        <translation>--ids kann nicht mit --from/--to kombiniert werden.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 entries.</source>
        <translation>%1 Einträge exportiert.</translation>
    </message>
    <message>
        <source>Usage: integration-studio logs verify --workspace DIR
       integration-studio logs export --workspace DIR --format jsonl|har [--from ISO] [--to ISO] [--ids 1,2,5-9] [--out FILE]
Exit codes: 0 OK, 1 verification failed, 2 usage error, 3 the log could not be read or written.</source>
        <translation>Aufruf: integration-studio logs verify --workspace DIR
       integration-studio logs export --workspace DIR --format jsonl|har [--from ISO] [--to ISO] [--ids 1,2,5-9] [--out FILE]
Exit-Codes: 0 OK, 1 Prüfung fehlgeschlagen, 2 Aufruffehler, 3 das Protokoll konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>choose verify or export.</source>
        <translation>wählen Sie verify oder export.</translation>
    </message>
    <message>
        <source>unknown sub-command %1 (verify or export).</source>
        <translation>unbekannter Unterbefehl %1 (verify oder export).</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>sandbox: %1</translation>
    </message>
    <message>
        <source>Usage: integration-studio sandbox [--port N] [--erp-port N] [--data DIR] [--seed demo|empty] [--faults SPEC] [--allow-bearer] [--bulk-delay MS] [--input-limits]</source>
        <translation>Aufruf: integration-studio sandbox [--port N] [--erp-port N] [--data DIR] [--seed demo|empty] [--faults SPEC] [--allow-bearer] [--bulk-delay MS] [--input-limits]</translation>
    </message>
    <message>
        <source>Runs the local Magento 2.4 sandbox and the demo ERP on 127.0.0.1 until Ctrl+C.</source>
        <translation>Startet die lokale Magento-2.4-Sandbox und das Demo-ERP auf 127.0.0.1 bis Strg+C.</translation>
    </message>
    <message>
        <source>Magento port (default 8780; 0 picks a free one).</source>
        <translation>Magento-Port (Standard 8780; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Demo ERP port (default: the Magento port + 1; 0 picks a free one).</source>
        <translation>Port des Demo-ERP (Standard: Magento-Port + 1; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Folder of the sandbox database (default: the application data folder&apos;s sandbox/).</source>
        <translation>Ordner der Sandbox-Datenbank (Standard: sandbox/ im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>What a new database is filled with: demo (products, customers, orders) or empty.</source>
        <translation>Womit eine neue Datenbank gefüllt wird: demo (Produkte, Kunden, Bestellungen) oder empty.</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. latency=50,jitter=20,error503=0.1,rate429=10,seed=42.</source>
        <translation>Einzuspeisende Fehler, z. B. latency=50,jitter=20,error503=0.1,rate429=10,seed=42.</translation>
    </message>
    <message>
        <source>Accept integration access tokens as Bearer tokens (Magento&apos;s oauth/consumer/enable_integration_as_bearer).</source>
        <translation>Access Tokens von Integrationen als Bearer-Tokens akzeptieren (Magentos oauth/consumer/enable_integration_as_bearer).</translation>
    </message>
    <message>
        <source>Pause before each async/bulk operation is processed, in milliseconds.</source>
        <translation>Pause vor der Verarbeitung jeder Async-/Bulk-Operation, in Millisekunden.</translation>
    </message>
    <message>
        <source>Enforce Magento&apos;s web API input limits (max page size 300 and so on).</source>
        <translation>Die Web-API-Eingabelimits von Magento durchsetzen (maximale Seitengröße 300 usw.).</translation>
    </message>
    <message>
        <source>--port expects a number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--erp-port expects a number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>--erp-port erwartet eine Zahl von 0 bis 65535, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--port 65535 leaves no port for the ERP; give --erp-port</source>
        <translation>--port 65535 lässt keinen Port für das ERP übrig; geben Sie --erp-port an</translation>
    </message>
    <message>
        <source>--seed expects demo or empty, got &quot;%1&quot;</source>
        <translation>--seed erwartet demo oder empty, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--bulk-delay expects milliseconds, got &quot;%1&quot;</source>
        <translation>--bulk-delay erwartet Millisekunden, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Starting the sandbox (data in %1) ...</source>
        <translation>Sandbox wird gestartet (Daten in %1) ...</translation>
    </message>
    <message>
        <source>sandbox: cannot set up signal handling</source>
        <translation>sandbox: Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Demo credentials (sandbox only; kept in %1):</source>
        <translation>Demo-Zugangsdaten (nur Sandbox; gespeichert in %1):</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>Usage: integration-studio sandbox [options]</source>
        <translation>Aufruf: integration-studio sandbox [Optionen]</translation>
    </message>
    <message>
        <source>Magento 2.4 sandbox</source>
        <translation>Magento-2.4-Sandbox</translation>
    </message>
    <message>
        <source>%1  (REST %1/rest/default/V1, schema %1/rest/default/schema)</source>
        <translation>%1  (REST %1/rest/default/V1, Schema %1/rest/default/schema)</translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation>Demo-ERP</translation>
    </message>
    <message>
        <source>%1  (header X-Api-Key)</source>
        <translation>%1  (Header X-Api-Key)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Ausgangsdaten</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Admin routes</source>
        <translation>Admin-Routen</translation>
    </message>
    <message>
        <source>  Admin user</source>
        <translation>  Admin-Benutzer</translation>
    </message>
    <message>
        <source>  Integration</source>
        <translation>  Integration</translation>
    </message>
    <message>
        <source>%1 (OAuth 1.0a, HMAC-SHA256 or HMAC-SHA1)</source>
        <translation>%1 (OAuth 1.0a, HMAC-SHA256 oder HMAC-SHA1)</translation>
    </message>
    <message>
        <source>    consumer key</source>
        <translation>    Consumer Key</translation>
    </message>
    <message>
        <source>    consumer secret</source>
        <translation>    Consumer Secret</translation>
    </message>
    <message>
        <source>    access token</source>
        <translation>    Access Token</translation>
    </message>
    <message>
        <source>    access token secret</source>
        <translation>    Access Token Secret</translation>
    </message>
    <message>
        <source>  ERP API key</source>
        <translation>  ERP-API-Schlüssel</translation>
    </message>
    <message>
        <source>  Customer</source>
        <translation>  Kunde</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <source>The body could not be written to %1.</source>
        <translation>Der Body konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The body could not be written to %1: %2</source>
        <translation>Der Body konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The body file %1 cannot be read: %2</source>
        <translation>Die Body-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sends one request through an endpoint of a workspace.</source>
        <translation>Sendet eine Anfrage über einen Endpunkt eines Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The environment whose variables to use.</source>
        <translation>Die Umgebung, deren Variablen verwendet werden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A query parameter (repeatable).</source>
        <translation>Ein Query-Parameter (wiederholbar).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>A request header (repeatable).</source>
        <translation>Ein Anfrage-Header (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME: VALUE</source>
        <translation>NAME: WERT</translation>
    </message>
    <message>
        <source>The request body: JSON or text, @FILE to read a file, @- to read standard input.</source>
        <translation>Der Anfrage-Body: JSON oder Text, @DATEI liest eine Datei, @- liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>BODY</translation>
    </message>
    <message>
        <source>Send the body as application/x-www-form-urlencoded.</source>
        <translation>Den Body als application/x-www-form-urlencoded senden.</translation>
    </message>
    <message>
        <source>Magento store code for this request (&quot;all&quot; for global scope) instead of the endpoint&apos;s.</source>
        <translation>Magento-Store-Code für diese Anfrage („all“ für den globalen Geltungsbereich) statt dem des Endpunkts.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The request may be repeated after a failure although the method is not idempotent (an upsert).</source>
        <translation>Die Anfrage darf nach einem Fehler wiederholt werden, obwohl die Methode nicht idempotent ist (ein Upsert).</translation>
    </message>
    <message>
        <source>Do not repeat the request after a failure.</source>
        <translation>Die Anfrage nach einem Fehler nicht wiederholen.</translation>
    </message>
    <message>
        <source>Send the body as it is, without replacing {{variables}}.</source>
        <translation>Den Body unverändert senden, ohne {{Variablen}} zu ersetzen.</translation>
    </message>
    <message>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <source>Write the body to FILE instead of standard output.</source>
        <translation>Den Body in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The endpoint id (its file name in endpoints/).</source>
        <translation>Die Endpunkt-ID (ihr Dateiname in endpoints/).</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE, ...</source>
        <translation>GET, POST, PUT, PATCH, DELETE, ...</translation>
    </message>
    <message>
        <source>Below the endpoint&apos;s API root: for Magento /V1/... (sent to /rest/&lt;store&gt;/V1/...), otherwise below the base URL.</source>
        <translation>Unterhalb der API-Wurzel des Endpunkts: für Magento /V1/... (gesendet an /rest/&lt;store&gt;/V1/...), sonst unterhalb der Basis-URL.</translation>
    </message>
    <message>
        <source>Secrets come from the keychain (or the workspace&apos;s vault, passphrase in STUDIO_VAULT_PASSPHRASE), or from environment variables:
  STUDIO_SECRET_&lt;ENDPOINT&gt;_&lt;FIELD&gt;      e.g. STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN
  STUDIO_SECRET_ENV_&lt;ENVIRONMENT&gt;_&lt;VARIABLE&gt;  secret variables of an environment
Exit codes: 0 HTTP 2xx, 1 HTTP error or unfollowed redirect, 2 usage, 3 transport (DNS, refused, timeout, TLS), 4 settings, secrets or credentials.</source>
        <translation>Geheimnisse kommen aus dem Schlüsselbund (oder dem Tresor des Arbeitsbereichs, Passphrase in STUDIO_VAULT_PASSPHRASE) oder aus Umgebungsvariablen:
  STUDIO_SECRET_&lt;ENDPOINT&gt;_&lt;FIELD&gt;      z. B. STUDIO_SECRET_MAGENTO_STAGING_ACCESS_TOKEN
  STUDIO_SECRET_ENV_&lt;ENVIRONMENT&gt;_&lt;VARIABLE&gt;  geheime Variablen einer Umgebung
Exit-Codes: 0 HTTP 2xx, 1 HTTP-Fehler oder nicht verfolgte Weiterleitung, 2 Aufruf, 3 Transport (DNS, abgelehnt, Zeitüberschreitung, TLS), 4 Einstellungen, Geheimnisse oder Zugangsdaten.</translation>
    </message>
    <message>
        <source>ENDPOINT, METHOD and PATH are required.</source>
        <translation>ENDPOINT, METHOD und PATH sind erforderlich.</translation>
    </message>
    <message>
        <source>The workspace has no endpoint &quot;%1&quot; (endpoints: %2).</source>
        <translation>Der Arbeitsbereich hat keinen Endpunkt „%1“ (Endpunkte: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; is not an HTTP endpoint.</source>
        <translation>Endpunkt „%1“ ist kein HTTP-Endpunkt.</translation>
    </message>
    <message>
        <source>The workspace has no environment &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich hat keine Umgebung „%1“.</translation>
    </message>
    <message>
        <source>--query %1: use KEY=VALUE.</source>
        <translation>--query %1: SCHLÜSSEL=WERT verwenden.</translation>
    </message>
    <message>
        <source>--header %1: use &apos;NAME: VALUE&apos;.</source>
        <translation>--header %1: &apos;NAME: WERT&apos; verwenden.</translation>
    </message>
    <message>
        <source>Cannot read the body from standard input.</source>
        <translation>Der Body kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>warning: the request is not logged: %1</source>
        <translation>Warnung: die Anfrage wird nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>retry: attempt %1 in %2 ms (%3)</source>
        <translation>Wiederholung: Versuch %1 in %2 ms (%3)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>retries: %1</source>
        <translation>Wiederholungen: %1</translation>
    </message>
    <message>
        <source>warning: the request log could not be written: %1</source>
        <translation>Warnung: das Anfrageprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>system, none, or a proxy URL, instead of the endpoint&apos;s proxy setting (default: the system&apos;s).</source>
        <translation>system, none oder eine Proxy-URL, statt der Proxy-Einstellung des Endpunkts (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>OK: 1 entry verified</source>
        <translation>OK: 1 Eintrag geprüft</translation>
    </message>
</context>
<context>
    <name>studio::buildinfo</name>
    <message>
        <source>LGPL-3.0-only (or GPL)</source>
        <translation>LGPL-3.0-only (oder GPL)</translation>
    </message>
    <message>
        <source>widgets, networking, SQL, HTTP server</source>
        <translation>Oberfläche, Netzwerk, SQL, HTTP-Server</translation>
    </message>
    <message>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <source>operating system keychains</source>
        <translation>Schlüsselbunde des Betriebssystems</translation>
    </message>
    <message>
        <source>Apache-2.0</source>
        <translation>Apache-2.0</translation>
    </message>
    <message>
        <source>TLS, encrypted vault</source>
        <translation>TLS, verschlüsselter Tresor</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>OpenAPI files in YAML</source>
        <translation>OpenAPI-Dateien in YAML</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei (Public Domain)</translation>
    </message>
    <message>
        <source>request log, run store</source>
        <translation>Anfrageprotokoll, Laufspeicher</translation>
    </message>
</context>
<context>
    <name>studio::format</name>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number</source>
        <translation>&quot;formatVersion&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>written by a newer version of Integration Studio (format %1; this version reads up to %2). The file is left untouched; update the studio to use it.</source>
        <translation>von einer neueren Version von Integration Studio geschrieben (Format %1; diese Version liest bis %2). Die Datei bleibt unverändert; aktualisieren Sie das Studio, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>missing; expected one of magento, rest, graphql, sql, file</source>
        <translation>fehlt; erwartet wird magento, rest, graphql, sql oder file</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; expected one of magento, rest, graphql, sql, file</source>
        <translation>unbekannte Art &quot;%1&quot;; erwartet wird magento, rest, graphql, sql oder file</translation>
    </message>
    <message>
        <source>unknown authentication type &quot;%1&quot;</source>
        <translation>unbekannte Authentifizierungsart &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; every environment needs a name</source>
        <translation>fehlt; jede Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>is both a plain and a secret variable</source>
        <translation>ist sowohl eine normale als auch eine geheime Variable</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;; expected rest, asyncBulk or graphql</source>
        <translation>unbekannter Modus &quot;%1&quot;; erwartet wird rest, asyncBulk oder graphql</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode</translation>
    </message>
    <message>
        <source>unknown body type &quot;%1&quot;; expected none, json, form, text or graphql</source>
        <translation>unbekannte Body-Art &quot;%1&quot;; erwartet wird none, json, form, text oder graphql</translation>
    </message>
</context>
<context>
    <name>studio::format::Reader</name>
    <message>
        <source>expected a string but found %1</source>
        <translation>Zeichenkette erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a whole number but found %1</source>
        <translation>ganze Zahl erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected a number but found %1</source>
        <translation>Zahl erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>%1 must not be less than %2</source>
        <translation>%1 darf nicht kleiner als %2 sein</translation>
    </message>
    <message>
        <source>expected true or false but found %1</source>
        <translation>true oder false erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object but found %1</source>
        <translation>Objekt erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array of {&quot;key&quot;, &quot;value&quot;} objects but found %1</source>
        <translation>Array aus {&quot;key&quot;, &quot;value&quot;}-Objekten erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>item %1 must be an object with a string &quot;key&quot; and a string &quot;value&quot;</source>
        <translation>Eintrag %1 muss ein Objekt mit einer Zeichenkette &quot;key&quot; und einer Zeichenkette &quot;value&quot; sein</translation>
    </message>
    <message>
        <source>expected a string or an array of strings</source>
        <translation>Zeichenkette oder Array aus Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>studio::interop</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated single quote (&apos;) at %1: add the closing quote.</source>
        <translation>Nicht geschlossenes einfaches Anführungszeichen (&apos;) bei %1: Ergänzen Sie das schließende Zeichen.</translation>
    </message>
    <message>
        <source>Unterminated $&apos;…&apos; string starting at %1: add the closing quote.</source>
        <translation>Nicht geschlossene $&apos;…&apos;-Zeichenkette ab %1: Ergänzen Sie das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unterminated double quote (&quot;) starting at %1: add the closing quote.</source>
        <translation>Nicht geschlossenes doppeltes Anführungszeichen (&quot;) ab %1: Ergänzen Sie das schließende Zeichen.</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>Not valid YAML at column %1: %2</source>
        <translation>Kein gültiges YAML in Spalte %1: %2</translation>
    </message>
    <message>
        <source>The YAML document cannot be used: %1.</source>
        <translation>Das YAML-Dokument kann nicht verwendet werden: %1.</translation>
    </message>
</context>
<context>
    <name>studio::interop::CommandParser</name>
    <message>
        <source>Unknown option %1 was ignored.</source>
        <translation>Die unbekannte Option %1 wurde ignoriert.</translation>
    </message>
    <message>
        <source>Option %1 at %2 needs a value.</source>
        <translation>Die Option %1 bei %2 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option -%1 was ignored.</source>
        <translation>Die unbekannte Option -%1 wurde ignoriert.</translation>
    </message>
    <message>
        <source>Option -%1 at %2 needs a value.</source>
        <translation>Die Option -%1 bei %2 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 reads &quot;%2&quot; from a file, which a pasted command cannot do: paste the file&apos;s content instead (e.g. --data-raw &apos;…&apos;), or import the command from a file next to it.</source>
        <translation>%1 liest &quot;%2&quot; aus einer Datei, was ein eingefügter Befehl nicht kann: Fügen Sie stattdessen den Inhalt der Datei ein (z. B. --data-raw &apos;…&apos;) oder importieren Sie den Befehl aus einer Datei daneben.</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Headers read from a file (%1) were not imported.</source>
        <translation>Aus einer Datei gelesene Header (%1) wurden nicht importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header (expected &quot;Name: value&quot;) and was ignored.</source>
        <translation>&quot;%1&quot; ist kein Header (erwartet &quot;Name: Wert&quot;) und wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; only removes a header curl would add; ignored.</source>
        <translation>&quot;%1:&quot; entfernt nur einen Header, den curl hinzufügen würde; ignoriert.</translation>
    </message>
    <message>
        <source>%1 gives no password (curl would ask for it): enter it in the endpoint&apos;s settings.</source>
        <translation>%1 gibt kein Passwort an (curl würde danach fragen): Geben Sie es in den Einstellungen des Endpunkts ein.</translation>
    </message>
    <message>
        <source>Cookies read from the file &quot;%1&quot; were not imported.</source>
        <translation>Aus der Datei &quot;%1&quot; gelesene Cookies wurden nicht importiert.</translation>
    </message>
    <message>
        <source>%1 (ignore TLS errors) was not carried over: the studio never ignores TLS errors. For a self-signed server, pin its certificate or add its CA file in the endpoint&apos;s TLS settings.</source>
        <translation>%1 (TLS-Fehler ignorieren) wurde nicht übernommen: Das Studio ignoriert nie TLS-Fehler. Fixieren Sie für einen selbstsignierten Server sein Zertifikat oder fügen Sie seine CA-Datei in den TLS-Einstellungen des Endpunkts hinzu.</translation>
    </message>
    <message>
        <source>The multipart part &quot;%1&quot; (a file upload) was not imported.</source>
        <translation>Der Multipart-Teil &quot;%1&quot; (ein Datei-Upload) wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Multipart form field &quot;%1&quot; is sent as a URL-encoded form field: the studio sends forms as application/x-www-form-urlencoded.</source>
        <translation>Das Multipart-Formularfeld &quot;%1&quot; wird als URL-kodiertes Formularfeld gesendet: Das Studio sendet Formulare als application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>Uploading the file &quot;%1&quot; was not imported: paste its content as the body.</source>
        <translation>Das Hochladen der Datei &quot;%1&quot; wurde nicht importiert: Fügen Sie ihren Inhalt als Body ein.</translation>
    </message>
    <message>
        <source>%1 was not imported: set certificates and keys in the endpoint&apos;s TLS settings.</source>
        <translation>%1 wurde nicht importiert: Setzen Sie Zertifikate und Schlüssel in den TLS-Einstellungen des Endpunkts.</translation>
    </message>
    <message>
        <source>%1 was not imported: the studio uses the system&apos;s proxy settings.</source>
        <translation>%1 wurde nicht importiert: Das Studio verwendet die Proxy-Einstellungen des Systems.</translation>
    </message>
</context>
<context>
    <name>studio::interop::Converter</name>
    <message>
        <source>the document expands to more than %1 values (aliases nested too deeply?)</source>
        <translation>das Dokument ergibt mehr als %1 Werte (Aliase zu tief verschachtelt?)</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep (or an alias refers to itself)</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt (oder ein Alias verweist auf sich selbst)</translation>
    </message>
    <message>
        <source>a mapping key is itself a mapping or sequence, which JSON cannot hold</source>
        <translation>ein Mapping-Schlüssel ist selbst ein Mapping oder eine Sequenz, was JSON nicht abbilden kann</translation>
    </message>
</context>
<context>
    <name>studio::interop::CurlFormat</name>
    <message>
        <source>cURL command</source>
        <translation>cURL-Befehl</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh *.txt *.bat *.cmd)</source>
        <translation>Shell-Skripte (*.sh *.txt *.bat *.cmd)</translation>
    </message>
    <message>
        <source>The text is empty: paste a curl command.</source>
        <translation>Der Text ist leer: Fügen Sie einen curl-Befehl ein.</translation>
    </message>
    <message>
        <source>Command %1: %2</source>
        <translation>Befehl %1: %2</translation>
    </message>
    <message>
        <source>This is not a curl command: it starts with &quot;%1&quot; at %2.</source>
        <translation>Das ist kein curl-Befehl: Er beginnt mit &quot;%1&quot; bei %2.</translation>
    </message>
    <message>
        <source>Everything from the pipe, redirection or next command at %1 on was ignored.</source>
        <translation>Alles ab der Pipe, Umleitung oder dem nächsten Befehl bei %1 wurde ignoriert.</translation>
    </message>
    <message>
        <source>The shell variable %1 became the studio variable {{%2}}: define it in the environment.</source>
        <translation>Die Shell-Variable %1 wurde zur Studio-Variable {{%2}}: Definieren Sie sie in der Umgebung.</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>Der curl-Befehl hat keine URL.</translation>
    </message>
    <message>
        <source>Only the first URL is imported; &quot;%1&quot; was ignored.</source>
        <translation>Nur die erste URL wird importiert; &quot;%1&quot; wurde ignoriert.</translation>
    </message>
    <message>
        <source>The URL has no scheme; http:// was assumed, as curl does.</source>
        <translation>Die URL hat kein Schema; wie bei curl wurde http:// angenommen.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be imported, not &quot;%1&quot;.</source>
        <translation>Nur http- und https-URLs können importiert werden, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no host.</source>
        <translation>Die URL &quot;%1&quot; hat keinen Host.</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>die URL</translation>
    </message>
    <message>
        <source>The OAuth 1.0a Authorization header was dropped: its signature is valid for that one request only. Send through an endpoint with OAuth 1.0a auth, which signs every request.</source>
        <translation>Der OAuth-1.0a-Authorization-Header wurde verworfen: Seine Signatur gilt nur für diese eine Anfrage. Senden Sie über einen Endpunkt mit OAuth-1.0a-Authentifizierung, der jede Anfrage signiert.</translation>
    </message>
    <message>
        <source>A second set of credentials (%1) was ignored; the first one (%2) is used.</source>
        <translation>Ein zweiter Satz Zugangsdaten (%1) wurde ignoriert; der erste (%2) wird verwendet.</translation>
    </message>
    <message>
        <source>The command authenticates with %1, but the endpoint &quot;%2&quot; uses %3: its credentials were kept aside and are not used unless you switch the endpoint&apos;s auth.</source>
        <translation>Der Befehl authentifiziert sich mit %1, aber der Endpunkt &quot;%2&quot; verwendet %3: Seine Zugangsdaten wurden beiseitegelegt und werden nur verwendet, wenn Sie die Authentifizierung des Endpunkts umstellen.</translation>
    </message>
    <message>
        <source>The credentials were taken out of the request; they belong to the endpoint &quot;%1&quot;.</source>
        <translation>Die Zugangsdaten wurden aus der Anfrage entfernt; sie gehören zum Endpunkt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The credentials were taken out of the request and a new endpoint &quot;%1&quot; holds them.</source>
        <translation>Die Zugangsdaten wurden aus der Anfrage entfernt; ein neuer Endpunkt &quot;%1&quot; enthält sie.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at character %2).</source>
        <translation>Der Body ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The GraphQL variables are not a JSON object: %1.</source>
        <translation>Die GraphQL-Variablen sind kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot; uses the endpoint &quot;%2&quot;, which is not part of the export.</source>
        <translation>Die Anfrage &quot;%1&quot; verwendet den Endpunkt &quot;%2&quot;, der nicht Teil des Exports ist.</translation>
    </message>
    <message>
        <source>OAuth 1.0a signatures are computed per request; the command carries no Authorization header. Copy it from the console to get one that is signed.</source>
        <translation>OAuth-1.0a-Signaturen werden je Anfrage berechnet; der Befehl enthält keinen Authorization-Header. Kopieren Sie ihn aus der Konsole, um einen signierten zu erhalten.</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot;: %2</source>
        <translation>Anfrage &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The body is JSON, but the command sets no Content-Type, so curl sends it as a form (application/x-www-form-urlencoded). Switch the body type to JSON if the server expects JSON.</source>
        <translation>Der Body ist JSON, aber der Befehl setzt keinen Content-Type, daher sendet curl ihn als Formular (application/x-www-form-urlencoded). Stellen Sie den Body-Typ auf JSON um, wenn der Server JSON erwartet.</translation>
    </message>
</context>
<context>
    <name>studio::interop::Exporter</name>
    <message>
        <source>The endpoint &quot;%1&quot; used by the requests is not part of the export.</source>
        <translation>Der von den Anfragen verwendete Endpunkt &quot;%1&quot; ist nicht Teil des Exports.</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot;: %2</source>
        <translation>Anfrage &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Exported from Integration Studio. Secrets are variables without values: supply them at run time (newman --env-var name=value).</source>
        <translation>Aus Integration Studio exportiert. Geheimnisse sind Variablen ohne Werte: Geben Sie sie zur Laufzeit an (newman --env-var name=wert).</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; obtains tokens itself; in the collection it is a bearer token: supply a current token as the variable %2.</source>
        <translation>Der Endpunkt &quot;%1&quot; holt Tokens selbst; in der Collection ist er ein Bearer-Token: Geben Sie ein aktuelles Token als Variable %2 an.</translation>
    </message>
    <message>
        <source>Postman sends no operation name; the document&apos;s operation %1 must be its only one.</source>
        <translation>Postman sendet keinen Operationsnamen; die Operation %1 muss die einzige des Dokuments sein.</translation>
    </message>
</context>
<context>
    <name>studio::interop::HarFormat</name>
    <message>
        <source>HTTP Archive (HAR)</source>
        <translation>HTTP-Archiv (HAR)</translation>
    </message>
    <message>
        <source>HTTP archives (*.har *.json)</source>
        <translation>HTTP-Archive (*.har *.json)</translation>
    </message>
    <message>
        <source>HAR file</source>
        <translation>HAR-Datei</translation>
    </message>
    <message>
        <source>This is not an HTTP archive: it has no log.entries list.</source>
        <translation>Das ist kein HTTP-Archiv: Es hat keine log.entries-Liste.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>The entry has no http(s) URL and was skipped.</source>
        <translation>Der Eintrag hat keine http(s)-URL und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Credentials and cookies of the archived request were left out; the endpoint&apos;s auth applies.</source>
        <translation>Zugangsdaten und Cookies der archivierten Anfrage wurden weggelassen; es gilt die Authentifizierung des Endpunkts.</translation>
    </message>
    <message>
        <source>The uploaded file &quot;%1&quot; was left out.</source>
        <translation>Die hochgeladene Datei &quot;%1&quot; wurde weggelassen.</translation>
    </message>
    <message>
        <source>Saved requests are not exported as HAR; export log entries from the log browser instead.</source>
        <translation>Gespeicherte Anfragen werden nicht als HAR exportiert; exportieren Sie stattdessen Protokolleinträge aus dem Protokoll-Browser.</translation>
    </message>
</context>
<context>
    <name>studio::interop::Importer</name>
    <message>
        <source>The document has no &quot;paths&quot; object, so there are no operations to import.</source>
        <translation>Das Dokument hat kein &quot;paths&quot;-Objekt, daher gibt es keine Operationen zu importieren.</translation>
    </message>
    <message>
        <source>The document defines no operations.</source>
        <translation>Das Dokument definiert keine Operationen.</translation>
    </message>
    <message>
        <source>The $ref &quot;%1&quot; points into another file, which is not read; the part it describes was left out.</source>
        <translation>Die $ref &quot;%1&quot; zeigt in eine andere Datei, die nicht gelesen wird; der beschriebene Teil wurde weggelassen.</translation>
    </message>
    <message>
        <source>The $ref &quot;%1&quot; points to nothing in the document.</source>
        <translation>Die $ref &quot;%1&quot; zeigt auf nichts im Dokument.</translation>
    </message>
    <message>
        <source>$ref loop: %1 — the part it describes was left out.</source>
        <translation>$ref-Schleife: %1 — der beschriebene Teil wurde weggelassen.</translation>
    </message>
    <message>
        <source>$ref loop through &quot;%1&quot;: the part it describes was left out.</source>
        <translation>$ref-Schleife über &quot;%1&quot;: Der beschriebene Teil wurde weggelassen.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; to import into does not exist.</source>
        <translation>Der Endpunkt &quot;%1&quot;, in den importiert werden soll, existiert nicht.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>servers</translation>
    </message>
    <message>
        <source>The document does not say where the API is served: the new endpoint&apos;s address is {{baseUrl}}; define it in the environment or import into an existing endpoint.</source>
        <translation>Das Dokument sagt nicht, wo die API bereitsteht: Die Adresse des neuen Endpunkts ist {{baseUrl}}; definieren Sie sie in der Umgebung oder importieren Sie in einen bestehenden Endpunkt.</translation>
    </message>
    <message>
        <source>Choose how the studio signs in to this Magento endpoint (OAuth 1.0a or an admin token) in its settings.</source>
        <translation>Wählen Sie in den Einstellungen, wie sich das Studio an diesem Magento-Endpunkt anmeldet (OAuth 1.0a oder ein Admin-Token).</translation>
    </message>
    <message>
        <source>The API key is sent in a cookie, which the studio does not support; add it as a Cookie header.</source>
        <translation>Der API-Schlüssel wird in einem Cookie gesendet, was das Studio nicht unterstützt; fügen Sie ihn als Cookie-Header hinzu.</translation>
    </message>
    <message>
        <source>The API uses OAuth 2.0 with a user sign-in flow; the endpoint takes a bearer token.</source>
        <translation>Die API verwendet OAuth 2.0 mit Benutzeranmeldung; der Endpunkt nimmt ein Bearer-Token.</translation>
    </message>
    <message>
        <source>The security scheme &quot;%1&quot; (%2) is not supported; set the endpoint&apos;s auth by hand.</source>
        <translation>Das Sicherheitsschema &quot;%1&quot; (%2) wird nicht unterstützt; stellen Sie die Authentifizierung des Endpunkts von Hand ein.</translation>
    </message>
    <message>
        <source>The endpoint authenticates with %1 as the document&apos;s &quot;%2&quot; scheme asks; enter the credentials in its settings.</source>
        <translation>Der Endpunkt authentifiziert sich mit %1, wie das Schema &quot;%2&quot; des Dokuments verlangt; geben Sie die Zugangsdaten in seinen Einstellungen ein.</translation>
    </message>
    <message>
        <source>The file upload parameter &quot;%1&quot; was left out: the studio does not send multipart bodies.</source>
        <translation>Der Datei-Upload-Parameter &quot;%1&quot; wurde weggelassen: Das Studio sendet keine Multipart-Bodys.</translation>
    </message>
    <message>
        <source>The operation expects multipart/form-data; the studio sends the fields URL-encoded.</source>
        <translation>Die Operation erwartet multipart/form-data; das Studio sendet die Felder URL-kodiert.</translation>
    </message>
    <message>
        <source>The body types %1 are not supported; the request was imported without a body.</source>
        <translation>Die Body-Arten %1 werden nicht unterstützt; die Anfrage wurde ohne Body importiert.</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;</source>
        <translation>Variable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The variable name &quot;%1&quot; cannot be used as {{%1}} in the studio (letters, digits, _ . - only); rename it and the places that use it.</source>
        <translation>Der Variablenname &quot;%1&quot; kann im Studio nicht als {{%1}} verwendet werden (nur Buchstaben, Ziffern, _ . -); benennen Sie ihn und die Stellen, die ihn verwenden, um.</translation>
    </message>
    <message>
        <source>The %1 script was not imported: the studio does not run Postman scripts.</source>
        <translation>Das %1-Skript wurde nicht importiert: Das Studio führt keine Postman-Skripte aus.</translation>
    </message>
    <message>
        <source>folder &quot;%1&quot;</source>
        <translation>Ordner &quot;%1&quot;</translation>
    </message>
    <message>
        <source>request &quot;%1&quot;</source>
        <translation>Anfrage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The item has no request and was skipped.</source>
        <translation>Der Eintrag hat keine Anfrage und wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 refers to {{%2}}, which the collection does not define: enter it in the endpoint&apos;s auth settings.</source>
        <translation>%1 verweist auf {{%2}}, das die Collection nicht definiert: Geben Sie es in den Authentifizierungseinstellungen des Endpunkts ein.</translation>
    </message>
    <message>
        <source>%1 uses variables the collection does not define: enter it in the endpoint&apos;s auth settings.</source>
        <translation>%1 verwendet Variablen, die die Collection nicht definiert: Geben Sie es in den Authentifizierungseinstellungen des Endpunkts ein.</translation>
    </message>
    <message>
        <source>The OAuth 1.0a signature method %1 is not supported; HMAC-SHA256 is used instead.</source>
        <translation>Das OAuth-1.0a-Signaturverfahren %1 wird nicht unterstützt; stattdessen wird HMAC-SHA256 verwendet.</translation>
    </message>
    <message>
        <source>OAuth 1.0a parameters are sent in the Authorization header (Magento reads them only there), not in the query or body as the collection asked.</source>
        <translation>OAuth-1.0a-Parameter werden im Authorization-Header gesendet (Magento liest sie nur dort), nicht in Query oder Body, wie die Collection verlangte.</translation>
    </message>
    <message>
        <source>OAuth 2.0 was imported as a bearer token (the collection&apos;s current access token). For automatic renewal, switch the endpoint to OAuth 2.0 client credentials or refresh token.</source>
        <translation>OAuth 2.0 wurde als Bearer-Token importiert (das aktuelle Access Token der Collection). Für automatische Erneuerung stellen Sie den Endpunkt auf OAuth 2.0 Client Credentials oder Refresh-Token um.</translation>
    </message>
    <message>
        <source>The auth type &quot;%1&quot; is not supported by the studio; the requests were imported without auth.</source>
        <translation>Die Authentifizierungsart &quot;%1&quot; wird vom Studio nicht unterstützt; die Anfragen wurden ohne Authentifizierung importiert.</translation>
    </message>
    <message>
        <source>The path variable :%1 became {{%1}}: define it in the environment.</source>
        <translation>Die Pfadvariable :%1 wurde zu {{%1}}: Definieren Sie sie in der Umgebung.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The request has no URL and was skipped.</source>
        <translation>Die Anfrage hat keine URL und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The credentials of the %1 header were moved into the endpoint&apos;s auth.</source>
        <translation>Die Zugangsdaten des Headers %1 wurden in die Authentifizierung des Endpunkts verschoben.</translation>
    </message>
    <message>
        <source>The %1 header was dropped: the request already authenticates with %2.</source>
        <translation>Der Header %1 wurde verworfen: Die Anfrage authentifiziert sich bereits mit %2.</translation>
    </message>
    <message>
        <source>The file upload field &quot;%1&quot; was not imported: the studio does not send multipart bodies.</source>
        <translation>Das Datei-Upload-Feld &quot;%1&quot; wurde nicht importiert: Das Studio sendet keine Multipart-Bodys.</translation>
    </message>
    <message>
        <source>The multipart form was imported as a URL-encoded form (application/x-www-form-urlencoded).</source>
        <translation>Das Multipart-Formular wurde als URL-kodiertes Formular importiert (application/x-www-form-urlencoded).</translation>
    </message>
    <message>
        <source>The body is read from a file in Postman and was not imported: paste its content as the body.</source>
        <translation>Der Body wird in Postman aus einer Datei gelesen und wurde nicht importiert: Fügen Sie ihren Inhalt als Body ein.</translation>
    </message>
    <message>
        <source>The body mode &quot;%1&quot; is not supported.</source>
        <translation>Der Body-Modus &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The URL has no scheme; https:// was assumed.</source>
        <translation>Die URL hat kein Schema; https:// wurde angenommen.</translation>
    </message>
    <message>
        <source>%1 includes Magento&apos;s /rest/&lt;store&gt; part; the endpoint uses the shop&apos;s address %2 instead.</source>
        <translation>%1 enthält Magentos Teil /rest/&lt;store&gt;; der Endpunkt verwendet stattdessen die Adresse des Shops %2.</translation>
    </message>
</context>
<context>
    <name>studio::interop::OpenApiFormat</name>
    <message>
        <source>OpenAPI 3 / Swagger 2.0</source>
        <translation>OpenAPI 3 / Swagger 2.0</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml)</source>
        <translation>OpenAPI-Dokumente (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI-Dokument</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI document: its top level is not an object.</source>
        <translation>Das ist kein OpenAPI-Dokument: Seine oberste Ebene ist kein Objekt.</translation>
    </message>
    <message>
        <source>Unsupported OpenAPI version &quot;%1&quot;: OpenAPI 3.x and Swagger 2.0 can be imported.</source>
        <translation>Nicht unterstützte OpenAPI-Version &quot;%1&quot;: OpenAPI 3.x und Swagger 2.0 können importiert werden.</translation>
    </message>
    <message>
        <source>Unsupported Swagger version &quot;%1&quot;: OpenAPI 3.x and Swagger 2.0 can be imported.</source>
        <translation>Nicht unterstützte Swagger-Version &quot;%1&quot;: OpenAPI 3.x und Swagger 2.0 können importiert werden.</translation>
    </message>
    <message>
        <source>This is not an OpenAPI document: it has neither an &quot;openapi&quot; nor a &quot;swagger&quot; version field.</source>
        <translation>Das ist kein OpenAPI-Dokument: Es hat weder ein Versionsfeld &quot;openapi&quot; noch &quot;swagger&quot;.</translation>
    </message>
    <message>
        <source>The studio imports OpenAPI documents but does not write them.</source>
        <translation>Das Studio importiert OpenAPI-Dokumente, schreibt aber keine.</translation>
    </message>
</context>
<context>
    <name>studio::interop::PostmanFormat</name>
    <message>
        <source>Postman Collection v2.1</source>
        <translation>Postman Collection v2.1</translation>
    </message>
    <message>
        <source>Postman collections (*.postman_collection.json *.json)</source>
        <translation>Postman-Collections (*.postman_collection.json *.json)</translation>
    </message>
    <message>
        <source>Postman collection</source>
        <translation>Postman-Collection</translation>
    </message>
    <message>
        <source>This is not a Postman collection: the file is not a JSON object.</source>
        <translation>Das ist keine Postman-Collection: Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is a Postman v1 collection, which is not supported: export it from Postman again as Collection v2.1.</source>
        <translation>Das ist eine Postman-v1-Collection, die nicht unterstützt wird: Exportieren Sie sie aus Postman erneut als Collection v2.1.</translation>
    </message>
    <message>
        <source>This is not a Postman collection: it has no &quot;info&quot; object.</source>
        <translation>Das ist keine Postman-Collection: Sie hat kein &quot;info&quot;-Objekt.</translation>
    </message>
    <message>
        <source>Unsupported Postman collection schema &quot;%1&quot;: export it from Postman as Collection v2.1.</source>
        <translation>Nicht unterstütztes Postman-Collection-Schema &quot;%1&quot;: Exportieren Sie sie aus Postman als Collection v2.1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>This is a v2.0 collection; it was read as v2.1, which differs only in details.</source>
        <translation>Das ist eine v2.0-Collection; sie wurde als v2.1 gelesen, das sich nur in Details unterscheidet.</translation>
    </message>
    <message>
        <source>The Postman collection has no &quot;item&quot; list.</source>
        <translation>Die Postman-Collection hat keine &quot;item&quot;-Liste.</translation>
    </message>
</context>
<context>
    <name>studio::logstore</name>
    <message>
        <source>reading the version</source>
        <translation>Lesen der Version</translation>
    </message>
    <message>
        <source>Request log %1 was written by a newer version of Integration Studio (format %2; this version reads format %3).</source>
        <translation>Das Anfrageprotokoll %1 wurde von einer neueren Version von Integration Studio geschrieben (Format %2; diese Version liest Format %3).</translation>
    </message>
    <message>
        <source>reading the tables</source>
        <translation>Lesen der Tabellen</translation>
    </message>
    <message>
        <source>%1 is not a request log of Integration Studio.</source>
        <translation>%1 ist kein Anfrageprotokoll von Integration Studio.</translation>
    </message>
</context>
<context>
    <name>studio::logstore::Database</name>
    <message>
        <source>There is no request log at %1.</source>
        <translation>Unter %1 gibt es kein Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>opening the request log</source>
        <translation>Öffnen des Anfrageprotokolls</translation>
    </message>
    <message>
        <source>Request log %1: %2</source>
        <translation>Anfrageprotokoll %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>Request log %1: %2 failed: %3</source>
        <translation>Anfrageprotokoll %1: %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>studio::magento</name>
    <message>
        <source>unknown status %1</source>
        <translation>unbekannter Status %1</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed, can be retried</source>
        <translation>fehlgeschlagen, wiederholbar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>erfolgreich beendet</translation>
    </message>
    <message>
        <source>finished with failures</source>
        <translation>mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Magento&apos;s async API does not take GET requests: read synchronously, write asynchronously.</source>
        <translation>Die asynchrone API von Magento nimmt keine GET-Anfragen an: synchron lesen, asynchron schreiben.</translation>
    </message>
    <message>
        <source>Magento&apos;s async API takes POST, PUT, PATCH and DELETE, not %1.</source>
        <translation>Die asynchrone API von Magento nimmt POST, PUT, PATCH und DELETE an, nicht %1.</translation>
    </message>
    <message>
        <source>The answer has no bulk_uuid, so it is not an async or bulk answer (keys: %1).</source>
        <translation>Die Antwort hat keine bulk_uuid und ist daher keine Async- oder Bulk-Antwort (Schlüssel: %1).</translation>
    </message>
    <message>
        <source>The async answer for bulk %1 has no request_items list.</source>
        <translation>Die asynchrone Antwort für Bulk %1 hat keine request_items-Liste.</translation>
    </message>
    <message>
        <source>request_items[%1] of bulk %2 is not an object.</source>
        <translation>request_items[%1] von Bulk %2 ist kein Objekt.</translation>
    </message>
    <message>
        <source>The answer is not a bulk status: it has neither operations_list nor operation_count (keys: %1).</source>
        <translation>Die Antwort ist kein Bulk-Status: Sie hat weder operations_list noch operation_count (Schlüssel: %1).</translation>
    </message>
    <message>
        <source>operations_list[%1] is not an object.</source>
        <translation>operations_list[%1] ist kein Objekt.</translation>
    </message>
    <message>
        <source>operations_list[%1] has status %2, which Magento does not define (1 to 5).</source>
        <translation>operations_list[%1] hat den Status %2, den Magento nicht definiert (1 bis 5).</translation>
    </message>
    <message>
        <source>The operation count answer is not a whole number: &quot;%1&quot;</source>
        <translation>Die Antwort zur Anzahl der Operationen ist keine ganze Zahl: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Magento is probably in maintenance mode (bin/magento maintenance:status shows it; maintenance:disable ends it, and allowed IP addresses bypass it). Try again later.</source>
        <translation>Magento ist wahrscheinlich im Wartungsmodus (bin/magento maintenance:status zeigt es; maintenance:disable beendet ihn, und erlaubte IP-Adressen umgehen ihn). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A Cloudflare firewall or bot check stopped the request before it reached Magento. Ask the shop&apos;s administrators to allow the studio&apos;s IP address or the /rest/ path in the firewall rules.</source>
        <translation>Eine Cloudflare-Firewall oder Bot-Prüfung hat die Anfrage gestoppt, bevor sie Magento erreichte. Bitten Sie die Administratoren des Shops, die IP-Adresse des Studios oder den Pfad /rest/ in den Firewall-Regeln zu erlauben.</translation>
    </message>
    <message>
        <source>An Imperva (Incapsula) firewall stopped the request before it reached Magento. Ask the shop&apos;s administrators to allow the studio&apos;s IP address for the API.</source>
        <translation>Eine Imperva-Firewall (Incapsula) hat die Anfrage gestoppt, bevor sie Magento erreichte. Bitten Sie die Administratoren des Shops, die IP-Adresse des Studios für die API zu erlauben.</translation>
    </message>
    <message>
        <source>The Sucuri firewall stopped the request before it reached Magento. Ask the shop&apos;s administrators to allow the studio&apos;s IP address for the API.</source>
        <translation>Die Sucuri-Firewall hat die Anfrage gestoppt, bevor sie Magento erreichte. Bitten Sie die Administratoren des Shops, die IP-Adresse des Studios für die API zu erlauben.</translation>
    </message>
    <message>
        <source>A ModSecurity rule on the web server rejected the request (often because of the request body or query). Ask the hosting provider to check the ModSecurity audit log.</source>
        <translation>Eine ModSecurity-Regel auf dem Webserver hat die Anfrage abgelehnt (oft wegen des Bodys oder der Query). Bitten Sie den Hoster, das ModSecurity-Audit-Log zu prüfen.</translation>
    </message>
    <message>
        <source>An AWS firewall (CloudFront/WAF) blocked the request before it reached Magento. Ask the shop&apos;s administrators to allow the studio&apos;s IP address or the /rest/ path.</source>
        <translation>Eine AWS-Firewall (CloudFront/WAF) hat die Anfrage blockiert, bevor sie Magento erreichte. Bitten Sie die Administratoren des Shops, die IP-Adresse des Studios oder den Pfad /rest/ zu erlauben.</translation>
    </message>
    <message>
        <source>The CDN or Varnish cache in front of Magento got no usable answer from the shop (a PHP error, timeout or overload). Try again; if it persists, the shop&apos;s logs tell why.</source>
        <translation>Das CDN oder der Varnish-Cache vor Magento hat vom Shop keine brauchbare Antwort erhalten (PHP-Fehler, Zeitüberschreitung oder Überlastung). Versuchen Sie es erneut; bleibt es so, sagen die Logs des Shops warum.</translation>
    </message>
    <message>
        <source>A firewall (this page looks like Akamai&apos;s) denied the request before it reached Magento. Ask the shop&apos;s administrators to allow the studio&apos;s IP address for the API.</source>
        <translation>Eine Firewall (die Seite sieht nach Akamai aus) hat die Anfrage abgewiesen, bevor sie Magento erreichte. Bitten Sie die Administratoren des Shops, die IP-Adresse des Studios für die API zu erlauben.</translation>
    </message>
    <message>
        <source>This is the Magento admin login page, not the web API: check the endpoint&apos;s base URL.</source>
        <translation>Das ist die Anmeldeseite des Magento-Admins, nicht die Web-API: Prüfen Sie die Basis-URL des Endpunkts.</translation>
    </message>
    <message>
        <source>A proxy in front of Magento could not get an answer from it in time (PHP-FPM down, overloaded or too slow). Try again later; for large requests use smaller pages or async bulk.</source>
        <translation>Ein Proxy vor Magento hat nicht rechtzeitig eine Antwort erhalten (PHP-FPM ausgefallen, überlastet oder zu langsam). Versuchen Sie es später erneut; verwenden Sie für große Anfragen kleinere Seiten oder asynchrones Bulk.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (maintenance or overload). Try again later.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (Wartung oder Überlastung). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The web server has no such page: the base URL may be wrong, or /rest is not routed to Magento (check the web server&apos;s rewrite rules, or add index.php/ to the base URL).</source>
        <translation>Der Webserver hat keine solche Seite: Die Basis-URL ist vielleicht falsch, oder /rest wird nicht an Magento geleitet (prüfen Sie die Rewrite-Regeln des Webservers oder fügen Sie index.php/ zur Basis-URL hinzu).</translation>
    </message>
    <message>
        <source>The web server (not Magento) refused access; it may be protected by HTTP basic authentication or an IP allow-list.</source>
        <translation>Der Webserver (nicht Magento) hat den Zugriff verweigert; er ist möglicherweise durch HTTP-Basic-Authentifizierung oder eine IP-Freigabeliste geschützt.</translation>
    </message>
    <message>
        <source>The base URL probably points at a web page rather than at Magento&apos;s web API.</source>
        <translation>Die Basis-URL zeigt wahrscheinlich auf eine Webseite statt auf die Web-API von Magento.</translation>
    </message>
    <message>
        <source>The server redirects the request (for example from http to https, or to a login page). Use the final address as the base URL.</source>
        <translation>Der Server leitet die Anfrage um (zum Beispiel von http auf https oder auf eine Anmeldeseite). Verwenden Sie die endgültige Adresse als Basis-URL.</translation>
    </message>
    <message>
        <source>Magento treated the request as coming from a guest. The token may have expired or been revoked, the integration or admin role may lack access to this resource, or an integration access token was sent as a Bearer token while &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; is off (the default since 2.4.4): sign with OAuth 1.0a instead.</source>
        <translation>Magento hat die Anfrage als die eines Gastes behandelt. Das Token ist vielleicht abgelaufen oder widerrufen, der Integration oder Admin-Rolle fehlt der Zugriff auf diese Ressource, oder ein Access Token einer Integration wurde als Bearer-Token gesendet, während &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; ausgeschaltet ist (Standard seit 2.4.4): Signieren Sie stattdessen mit OAuth 1.0a.</translation>
    </message>
    <message>
        <source>The OAuth signature did not match. Check the consumer secret and access token secret, and that the base URL (scheme, host, port and path) is exactly the address Magento sees.</source>
        <translation>Die OAuth-Signatur stimmte nicht. Prüfen Sie Consumer Secret und Access Token Secret und ob die Basis-URL (Schema, Host, Port und Pfad) genau die Adresse ist, die Magento sieht.</translation>
    </message>
    <message>
        <source>Magento refused the request&apos;s timestamp: check that this computer&apos;s clock is correct.</source>
        <translation>Magento hat den Zeitstempel der Anfrage abgelehnt: Prüfen Sie, ob die Uhr dieses Computers stimmt.</translation>
    </message>
    <message>
        <source>The OAuth nonce was used before: a request was replayed unchanged. Send it again to sign it anew.</source>
        <translation>Die OAuth-Nonce wurde schon verwendet: Eine Anfrage wurde unverändert wiederholt. Senden Sie sie erneut, um sie neu zu signieren.</translation>
    </message>
    <message>
        <source>Magento accepts only HMAC-SHA256 and HMAC-SHA1 signatures.</source>
        <translation>Magento akzeptiert nur HMAC-SHA256- und HMAC-SHA1-Signaturen.</translation>
    </message>
    <message>
        <source>Check the user name and password. After 6 failed attempts Magento locks the account for 30 minutes.</source>
        <translation>Prüfen Sie Benutzername und Passwort. Nach 6 Fehlversuchen sperrt Magento das Konto für 30 Minuten.</translation>
    </message>
    <message>
        <source>Magento has no route for this method and path. Check the path and the method, and the store code: an unknown store code gives this answer too.</source>
        <translation>Magento hat keine Route für diese Methode und diesen Pfad. Prüfen Sie Pfad, Methode und Store-Code: Ein unbekannter Store-Code ergibt ebenfalls diese Antwort.</translation>
    </message>
    <message>
        <source>Async and bulk requests need a message queue: this Magento has no AMQP (RabbitMQ) connection configured in app/etc/env.php.</source>
        <translation>Asynchrone und Bulk-Anfragen brauchen eine Message Queue: Dieses Magento hat in app/etc/env.php keine AMQP-Verbindung (RabbitMQ) konfiguriert.</translation>
    </message>
    <message>
        <source>The store limits page sizes (web API input limits). Use a smaller page size.</source>
        <translation>Der Shop begrenzt die Seitengröße (Web-API-Eingabelimits). Verwenden Sie eine kleinere Seitengröße.</translation>
    </message>
    <message>
        <source>The store limits how many items one request may carry (web API input limits). Send fewer items per request, or use async bulk.</source>
        <translation>Der Shop begrenzt, wie viele Einträge eine Anfrage enthalten darf (Web-API-Eingabelimits). Senden Sie weniger Einträge pro Anfrage oder verwenden Sie asynchrones Bulk.</translation>
    </message>
    <message>
        <source>Magento hid the cause of this error. An administrator finds it in var/log/exception.log by searching for %1.</source>
        <translation>Magento hat die Ursache dieses Fehlers verborgen. Ein Administrator findet sie in var/log/exception.log durch Suche nach %1.</translation>
    </message>
    <message>
        <source>Magento hid the cause of this error. An administrator finds it in var/report/api/%1.</source>
        <translation>Magento hat die Ursache dieses Fehlers verborgen. Ein Administrator findet sie in var/report/api/%1.</translation>
    </message>
    <message>
        <source>The shop (or a proxy in front of it) limits the request rate. Wait and try again; lower the endpoint&apos;s rate limit to avoid this.</source>
        <translation>Der Shop (oder ein Proxy davor) begrenzt die Anfragerate. Warten Sie und versuchen Sie es erneut; senken Sie das Ratenlimit des Endpunkts, um das zu vermeiden.</translation>
    </message>
    <message>
        <source>The credentials were not accepted. Check the endpoint&apos;s authentication settings.</source>
        <translation>Die Zugangsdaten wurden nicht akzeptiert. Prüfen Sie die Authentifizierungseinstellungen des Endpunkts.</translation>
    </message>
    <message>
        <source>This admin account uses two-factor authentication, so /V1/integration/admin/token does not issue tokens. Use an integration (OAuth 1.0a) for automated access, or get the token from POST %1 with the user name, password and a current one-time code (otp).</source>
        <translation>Dieses Admin-Konto verwendet Zwei-Faktor-Authentifizierung, daher stellt /V1/integration/admin/token keine Tokens aus. Verwenden Sie für automatisierten Zugriff eine Integration (OAuth 1.0a) oder holen Sie das Token per POST %1 mit Benutzername, Passwort und einem aktuellen Einmalcode (otp).</translation>
    </message>
    <message>
        <source>This admin account has not set up two-factor authentication yet, so Magento does not issue tokens for it. Log in to the admin once to set it up, or use an integration (OAuth 1.0a).</source>
        <translation>Dieses Admin-Konto hat die Zwei-Faktor-Authentifizierung noch nicht eingerichtet, daher stellt Magento dafür keine Tokens aus. Melden Sie sich einmal im Admin an, um sie einzurichten, oder verwenden Sie eine Integration (OAuth 1.0a).</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of JSON.</source>
        <translation>Der Server hat mit einer HTML-Seite statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of JSON (title: &quot;%1&quot;).</source>
        <translation>Der Server hat mit einer HTML-Seite statt JSON geantwortet (Titel: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Der Server hat HTTP %1 mit leerem Body geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Die Antwort des Servers war leer.</translation>
    </message>
    <message>
        <source>An empty 401/403 answer usually comes from the web server or a proxy (basic authentication, IP allow-list), not from Magento.</source>
        <translation>Eine leere 401/403-Antwort kommt meist vom Webserver oder einem Proxy (Basic-Authentifizierung, IP-Freigabeliste), nicht von Magento.</translation>
    </message>
    <message>
        <source>An empty server error usually means PHP crashed or ran out of memory or time; the shop&apos;s web server and PHP logs tell why.</source>
        <translation>Ein leerer Serverfehler bedeutet meist, dass PHP abgestürzt ist oder Speicher bzw. Zeit ausgingen; die Webserver- und PHP-Logs des Shops sagen warum.</translation>
    </message>
    <message>
        <source>The server answered with compressed (gzip) data that was not decompressed (%1).</source>
        <translation>Der Server hat mit komprimierten Daten (gzip) geantwortet, die nicht entpackt wurden (%1).</translation>
    </message>
    <message>
        <source>The server answered with %1 of binary data instead of JSON.</source>
        <translation>Der Server hat mit %1 Binärdaten statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with %1 of JSON, too large to be an error message.</source>
        <translation>Der Server hat mit %1 JSON geantwortet, zu groß für eine Fehlermeldung.</translation>
    </message>
    <message>
        <source>The server answered with JSON that is not a Magento error: %1</source>
        <translation>Der Server hat mit JSON geantwortet, das kein Magento-Fehler ist: %1</translation>
    </message>
    <message>
        <source>The server answered with a JSON list instead of an error message: %1</source>
        <translation>Der Server hat mit einer JSON-Liste statt einer Fehlermeldung geantwortet: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty error message.</source>
        <translation>Der Server hat HTTP %1 mit einer leeren Fehlermeldung geantwortet.</translation>
    </message>
    <message>
        <source>%1 (the answer was cut off)</source>
        <translation>%1 (die Antwort wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer looks like JSON but cannot be read (%1); it may have been cut off.</source>
        <translation>Die Antwort des Servers sieht wie JSON aus, kann aber nicht gelesen werden (%1); sie wurde möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 (read from JSON that cannot be parsed completely: %2; it may have been cut off)</source>
        <translation>%1 (aus JSON gelesen, das nicht vollständig geparst werden kann: %2; es wurde möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>The server answered with plain text instead of JSON: &quot;%1&quot;</source>
        <translation>Der Server hat mit reinem Text statt JSON geantwortet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server answered with text that is not valid UTF-8 instead of JSON: &quot;%1&quot;</source>
        <translation>Der Server hat statt JSON mit Text geantwortet, der kein gültiges UTF-8 ist: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has unexpected text &quot;%2&quot; after a closing bracket.</source>
        <translation>Der Schlüssel &quot;%1&quot; hat unerwarteten Text &quot;%2&quot; nach einer schließenden Klammer.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has a &apos;[&apos; without a matching &apos;]&apos;.</source>
        <translation>Der Schlüssel &quot;%1&quot; hat ein &apos;[&apos; ohne passendes &apos;]&apos;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has an empty index &quot;[]&quot;; Magento needs explicit indexes such as [0].</source>
        <translation>Der Schlüssel &quot;%1&quot; hat einen leeren Index &quot;[]&quot;; Magento braucht explizite Indizes wie [0].</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has a &apos;[&apos; inside brackets.</source>
        <translation>Der Schlüssel &quot;%1&quot; hat ein &apos;[&apos; innerhalb von Klammern.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, &quot;%2&quot; is not an index (a whole number from 0).</source>
        <translation>In &quot;%1&quot; ist &quot;%2&quot; kein Index (eine ganze Zahl ab 0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 1, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von mindestens 1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>expected filter_groups, sort_orders, page_size or current_page (snake_case or camelCase)</source>
        <translation>erwartet filter_groups, sort_orders, page_size oder current_page (snake_case oder camelCase)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a searchCriteria key: %2.</source>
        <translation>&quot;%1&quot; ist kein searchCriteria-Schlüssel: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filter key: expected searchCriteria[filter_groups][&lt;group&gt;][filters][&lt;filter&gt;][field|value|condition_type].</source>
        <translation>&quot;%1&quot; ist kein Filterschlüssel: erwartet searchCriteria[filter_groups][&lt;group&gt;][filters][&lt;filter&gt;][field|value|condition_type].</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a filter has no property &quot;%2&quot; (expected field, value or condition_type).</source>
        <translation>&quot;%1&quot;: Ein Filter hat keine Eigenschaft &quot;%2&quot; (erwartet field, value oder condition_type).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sort key: expected searchCriteria[sort_orders][&lt;index&gt;][field|direction].</source>
        <translation>&quot;%1&quot; ist kein Sortierschlüssel: erwartet searchCriteria[sort_orders][&lt;index&gt;][field|direction].</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a sort order has no property &quot;%2&quot; (expected field or direction).</source>
        <translation>&quot;%1&quot;: Eine Sortierung hat keine Eigenschaft &quot;%2&quot; (erwartet field oder direction).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has extra brackets after %2.</source>
        <translation>&quot;%1&quot; hat zusätzliche Klammern nach %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown searchCriteria key &quot;%2&quot;; %3.</source>
        <translation>&quot;%1&quot;: unbekannter searchCriteria-Schlüssel &quot;%2&quot;; %3.</translation>
    </message>
    <message>
        <source>%1: write the condition type in lowercase, &quot;%2&quot; (Magento does not recognise &quot;%3&quot;).</source>
        <translation>%1: Schreiben Sie den Bedingungstyp klein, &quot;%2&quot; (Magento erkennt &quot;%3&quot; nicht).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a condition type; use one of %3.</source>
        <translation>%1: &quot;%2&quot; ist kein Bedingungstyp; verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a sort direction; use ASC or DESC.</source>
        <translation>%1: &quot;%2&quot; ist keine Sortierrichtung; verwenden Sie ASC oder DESC.</translation>
    </message>
    <message>
        <source>%1 has no field: add %1[field]=&lt;attribute code&gt;.</source>
        <translation>%1 hat kein Feld: Fügen Sie %1[field]=&lt;Attributcode&gt; hinzu.</translation>
    </message>
    <message>
        <source>%1 must be a text or a number.</source>
        <translation>%1 muss ein Text oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1 muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The password is not valid UTF-8 text, so it cannot be sent in a JSON body.</source>
        <translation>Das Passwort ist kein gültiger UTF-8-Text und kann daher nicht in einem JSON-Body gesendet werden.</translation>
    </message>
    <message>
        <source>The token contains an escape sequence a token cannot contain.</source>
        <translation>Das Token enthält eine Escape-Sequenz, die ein Token nicht enthalten kann.</translation>
    </message>
    <message>
        <source>Magento answered with an empty token.</source>
        <translation>Magento hat mit einem leeren Token geantwortet.</translation>
    </message>
    <message>
        <source>a JSON object with the keys %1</source>
        <translation>ein JSON-Objekt mit den Schlüsseln %1</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>eine JSON-Liste</translation>
    </message>
    <message>
        <source>%1 bytes that are not a JSON string</source>
        <translation>%1 Bytes, die keine JSON-Zeichenkette sind</translation>
    </message>
    <message>
        <source>Magento did not answer with a token: %1</source>
        <translation>Magento hat nicht mit einem Token geantwortet: %1</translation>
    </message>
    <message>
        <source>Magento did not answer with a token but with %1.</source>
        <translation>Magento hat nicht mit einem Token geantwortet, sondern mit %1.</translation>
    </message>
    <message>
        <source>The token request failed. %1</source>
        <translation>Die Token-Anfrage ist fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>studio::magento::BulkPoller</name>
    <message>
        <source>There is no bulk to follow: the bulk UUID is empty.</source>
        <translation>Es gibt keinen Bulk zu verfolgen: Die Bulk-UUID ist leer.</translation>
    </message>
    <message>
        <source>Following bulk %1 was cancelled.</source>
        <translation>Das Verfolgen von Bulk %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The status of bulk %1 could not be read %2 times in a row: %3</source>
        <translation>Der Status von Bulk %1 konnte %2-mal hintereinander nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Bulk %1: %2</source>
        <translation>Bulk %1: %2</translation>
    </message>
    <message>
        <source>Bulk %1 did not finish within %2.</source>
        <translation>Bulk %1 wurde nicht innerhalb von %2 beendet.</translation>
    </message>
    <message>
        <source>Nothing has been processed: Magento runs bulk operations in the consumer async.operations.all, which needs RabbitMQ (AMQP) and must be running (bin/magento queue:consumers:start async.operations.all, or cron with consumers_runner enabled).</source>
        <translation>Nichts wurde verarbeitet: Magento führt Bulk-Operationen im Consumer async.operations.all aus, der RabbitMQ (AMQP) braucht und laufen muss (bin/magento queue:consumers:start async.operations.all oder Cron mit aktiviertem consumers_runner).</translation>
    </message>
    <message>
        <source>The consumer async.operations.all is working but slowly; check again later.</source>
        <translation>Der Consumer async.operations.all arbeitet, aber langsam; prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>The last status request failed: %1</source>
        <translation>Die letzte Statusanfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>studio::magento::BulkRequest</name>
    <message>
        <source>A bulk request needs at least one item.</source>
        <translation>Eine Bulk-Anfrage braucht mindestens einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>studio::magento::BulkStatus</name>
    <message>
        <source>Operations processed: %1 of %2 (%3 complete, %4 failed, %5 open).</source>
        <translation>Verarbeitete Operationen: %1 von %2 (%3 abgeschlossen, %4 fehlgeschlagen, %5 offen).</translation>
    </message>
</context>
<context>
    <name>studio::magento::MagentoError</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>studio::magento::MagentoUrl</name>
    <message>
        <source>The shop&apos;s base URL is empty. Enter it like https://shop.example.com/</source>
        <translation>Die Basis-URL des Shops ist leer. Geben Sie sie wie https://shop.example.com/ ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme. Enter the base URL with https://, like https://%1</source>
        <translation>&quot;%1&quot; hat kein Schema. Geben Sie die Basis-URL mit https:// ein, etwa https://%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>&quot;%1&quot; ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>&quot;%1&quot; hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The base URL contains a user name or password. Remove them from the URL and set them in the endpoint&apos;s authentication instead, so they are stored in the keychain.</source>
        <translation>Die Basis-URL enthält einen Benutzernamen oder ein Passwort. Entfernen Sie sie aus der URL und setzen Sie sie stattdessen in der Authentifizierung des Endpunkts, damit sie im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?...) or fragment (#...): &quot;%1&quot;</source>
        <translation>Die Basis-URL darf keine Query (?...) und kein Fragment (#...) enthalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The base URL should be the shop&apos;s address without the API path: use %1 (the studio adds /rest/... or /graphql itself).</source>
        <translation>Die Basis-URL sollte die Adresse des Shops ohne API-Pfad sein: Verwenden Sie %1 (das Studio ergänzt /rest/... oder /graphql selbst).</translation>
    </message>
    <message>
        <source>No base URL is set for this Magento endpoint.</source>
        <translation>Für diesen Magento-Endpunkt ist keine Basis-URL gesetzt.</translation>
    </message>
    <message>
        <source>Async bulk routes take no path parameter values in the URL (&quot;%1&quot; becomes &quot;%2&quot;); put the values into each item of the request body.</source>
        <translation>Asynchrone Bulk-Routen nehmen keine Pfadparameterwerte in der URL an (&quot;%1&quot; wird zu &quot;%2&quot;); legen Sie die Werte in jeden Eintrag des Anfrage-Bodys.</translation>
    </message>
    <message>
        <source>The path parameter {%1} of &quot;%2&quot; has no value.</source>
        <translation>Der Pfadparameter {%1} von &quot;%2&quot; hat keinen Wert.</translation>
    </message>
    <message>
        <source>The path parameter {%1} of &quot;%2&quot; is empty.</source>
        <translation>Der Pfadparameter {%1} von &quot;%2&quot; ist leer.</translation>
    </message>
    <message>
        <source>The path parameter {%1} is &quot;%2&quot;, which cannot be sent in a URL path: servers treat it as a directory step. Look the record up with searchCriteria instead.</source>
        <translation>Der Pfadparameter {%1} ist &quot;%2&quot;, was nicht in einem URL-Pfad gesendet werden kann: Server behandeln es als Verzeichnisschritt. Suchen Sie den Datensatz stattdessen mit searchCriteria.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no path parameter {%2}.</source>
        <translation>&quot;%1&quot; hat keinen Pfadparameter {%2}.</translation>
    </message>
</context>
<context>
    <name>studio::magento::Pager</name>
    <message>
        <source>The page size must be at least 1.</source>
        <translation>Die Seitengröße muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The pager needs a unique key field to sort by (for example entity_id).</source>
        <translation>Die Seitenabfrage braucht ein eindeutiges Schlüsselfeld zum Sortieren (zum Beispiel entity_id).</translation>
    </message>
    <message>
        <source>Keyset paging sorts by %1 ascending only; remove the sort on &quot;%2&quot; or use offset paging.</source>
        <translation>Keyset-Paging sortiert nur aufsteigend nach %1; entfernen Sie die Sortierung nach &quot;%2&quot; oder verwenden Sie Offset-Paging.</translation>
    </message>
    <message>
        <source>The fields parameter cannot be used: %1</source>
        <translation>Der Parameter fields kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The listing was cancelled after %1 items.</source>
        <translation>Die Auflistung wurde nach %1 Einträgen abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 could not be fetched (after %2 items): %3</source>
        <translation>Seite %1 konnte nicht abgerufen werden (nach %2 Einträgen): %3</translation>
    </message>
    <message>
        <source>The answer to page %1 has no &quot;items&quot; list (it has: %2). Is this a list endpoint that takes searchCriteria?</source>
        <translation>Die Antwort auf Seite %1 hat keine &quot;items&quot;-Liste (sie hat: %2). Ist das ein Listen-Endpunkt, der searchCriteria annimmt?</translation>
    </message>
    <message>
        <source>Item %1 of page %2 is not a JSON object.</source>
        <translation>Eintrag %1 von Seite %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Item %1 of page %2 has no &quot;%3&quot; value, so pages cannot be de-duplicated. Set the key to a unique field of these items.</source>
        <translation>Eintrag %1 von Seite %2 hat keinen Wert &quot;%3&quot;, daher können Seiten nicht entdoppelt werden. Setzen Sie den Schlüssel auf ein eindeutiges Feld dieser Einträge.</translation>
    </message>
    <message>
        <source>Magento answered page %1 with items already delivered although it was asked for %2 greater than %3: the endpoint seems to ignore the filter. Use offset paging for it.</source>
        <translation>Magento hat Seite %1 mit bereits gelieferten Einträgen beantwortet, obwohl nach %2 größer als %3 gefragt wurde: Der Endpunkt scheint den Filter zu ignorieren. Verwenden Sie dafür Offset-Paging.</translation>
    </message>
    <message>
        <source>Magento answered pages %1 to %2 with items already delivered although total_count (%3) says there are more. The endpoint may ignore the sort order; try keyset paging or another key.</source>
        <translation>Magento hat die Seiten %1 bis %2 mit bereits gelieferten Einträgen beantwortet, obwohl total_count (%3) sagt, dass es mehr gibt. Der Endpunkt ignoriert vielleicht die Sortierung; versuchen Sie Keyset-Paging oder einen anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>studio::magento::Parser</name>
    <message>
        <source>The field selection is empty.</source>
        <translation>Die Feldauswahl ist leer.</translation>
    </message>
    <message>
        <source>Column %1: &apos;]&apos; has no matching &apos;[&apos;.</source>
        <translation>Spalte %1: &apos;]&apos; hat kein passendes &apos;[&apos;.</translation>
    </message>
    <message>
        <source>&apos;,&apos; or the end</source>
        <translation>&apos;,&apos; oder das Ende</translation>
    </message>
    <message>
        <source>Column %1: the selection ends where %2 was expected.</source>
        <translation>Spalte %1: Die Auswahl endet, wo %2 erwartet wurde.</translation>
    </message>
    <message>
        <source>Column %1: spaces are not allowed in a field selection (Magento then ignores the whole selection and answers with an empty result). Remove the space.</source>
        <translation>Spalte %1: Leerzeichen sind in einer Feldauswahl nicht erlaubt (Magento ignoriert dann die ganze Auswahl und antwortet mit einem leeren Ergebnis). Entfernen Sie das Leerzeichen.</translation>
    </message>
    <message>
        <source>Column %1: &apos;%2&apos; cannot appear in a field selection; field names contain only letters, digits and &apos;_&apos; (Magento ignores the whole selection otherwise).</source>
        <translation>Spalte %1: &apos;%2&apos; darf in einer Feldauswahl nicht vorkommen; Feldnamen enthalten nur Buchstaben, Ziffern und &apos;_&apos; (sonst ignoriert Magento die ganze Auswahl).</translation>
    </message>
    <message>
        <source>Column %1: expected %2, found &apos;%3&apos;.</source>
        <translation>Spalte %1: %2 erwartet, &apos;%3&apos; gefunden.</translation>
    </message>
    <message>
        <source>Column %1: a field name is missing before &apos;%2&apos;.</source>
        <translation>Spalte %1: Vor &apos;%2&apos; fehlt ein Feldname.</translation>
    </message>
    <message>
        <source>Column %1: &apos;[&apos; must follow a field name.</source>
        <translation>Spalte %1: &apos;[&apos; muss auf einen Feldnamen folgen.</translation>
    </message>
    <message>
        <source>a field name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <source>Column %1: &quot;%2[]&quot; selects nothing; name the fields inside the brackets or drop them to select the whole field.</source>
        <translation>Spalte %1: &quot;%2[]&quot; wählt nichts aus; nennen Sie die Felder in den Klammern oder lassen Sie die Klammern weg, um das ganze Feld zu wählen.</translation>
    </message>
    <message>
        <source>Column %1: &apos;[&apos; after &quot;%2&quot; is never closed.</source>
        <translation>Spalte %1: &apos;[&apos; nach &quot;%2&quot; wird nie geschlossen.</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>Column %1: &quot;%2&quot; is selected twice (first at column %3); Magento keeps only the last one. Merge them into one, e.g. %2[a,b].</source>
        <translation>Spalte %1: &quot;%2&quot; ist doppelt ausgewählt (zuerst in Spalte %3); Magento behält nur die letzte Auswahl. Fassen Sie sie zusammen, z. B. %2[a,b].</translation>
    </message>
    <message>
        <source>Column %1: the selection ends with a &apos;,&apos;.</source>
        <translation>Spalte %1: Die Auswahl endet mit einem &apos;,&apos;.</translation>
    </message>
    <message>
        <source>&apos;,&apos;</source>
        <translation>&apos;,&apos;</translation>
    </message>
</context>
<context>
    <name>studio::magento::SearchCriteria</name>
    <message>
        <source>&quot;%1&quot; is not a searchCriteria property (expected filter_groups, sort_orders, page_size or current_page).</source>
        <translation>&quot;%1&quot; ist keine searchCriteria-Eigenschaft (erwartet filter_groups, sort_orders, page_size oder current_page).</translation>
    </message>
    <message>
        <source>filter_groups must be a list.</source>
        <translation>filter_groups muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;filters&quot;.</source>
        <translation>%1 muss ein Objekt mit &quot;filters&quot; sein.</translation>
    </message>
    <message>
        <source>%1.filters must be a list.</source>
        <translation>%1.filters muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object with field, value and condition_type.</source>
        <translation>%1 muss ein Objekt mit field, value und condition_type sein.</translation>
    </message>
    <message>
        <source>%1 has no field.</source>
        <translation>%1 hat kein Feld.</translation>
    </message>
    <message>
        <source>sort_orders must be a list.</source>
        <translation>sort_orders muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object with field and direction.</source>
        <translation>%1 muss ein Objekt mit field und direction sein.</translation>
    </message>
    <message>
        <source>Filter group %1 is empty and is left out of the query.</source>
        <translation>Filtergruppe %1 ist leer und wird in der Abfrage weggelassen.</translation>
    </message>
    <message>
        <source>&quot;%1 %2 %3&quot; has no %, so it only matches the exact value; write %%3% to match a part.</source>
        <translation>&quot;%1 %2 %3&quot; enthält kein %, passt also nur auf den genauen Wert; schreiben Sie %%3%, um einen Teil zu treffen.</translation>
    </message>
    <message>
        <source>The list for &quot;%1&quot; has spaces after commas; Magento keeps them as part of the values.</source>
        <translation>Die Liste für &quot;%1&quot; hat Leerzeichen nach Kommas; Magento behält sie als Teil der Werte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ignores its value (%2).</source>
        <translation>&quot;%1&quot; ignoriert seinen Wert (%2).</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; on &quot;%1&quot; are in the same group, so they are OR-ed and match almost everything; put them in two groups for a range.</source>
        <translation>&quot;from&quot; und &quot;to&quot; für &quot;%1&quot; stehen in derselben Gruppe, werden also ODER-verknüpft und treffen fast alles; legen Sie sie für einen Bereich in zwei Gruppen.</translation>
    </message>
    <message>
        <source>Paging without a sort order is not stable in Magento: items can repeat or go missing between pages (magento2#25001). Sort by a unique key such as entity_id.</source>
        <translation>Paging ohne Sortierung ist in Magento nicht stabil: Einträge können sich zwischen Seiten wiederholen oder fehlen (magento2#25001). Sortieren Sie nach einem eindeutigen Schlüssel wie entity_id.</translation>
    </message>
    <message>
        <source>Stores with web API input limits enabled refuse page sizes above 300 (&quot;Maximum SearchCriteria pageSize is 300&quot;).</source>
        <translation>Shops mit aktivierten Web-API-Eingabelimits lehnen Seitengrößen über 300 ab (&quot;Maximum SearchCriteria pageSize is 300&quot;).</translation>
    </message>
    <message>
        <source>current_page has no effect without page_size.</source>
        <translation>current_page wirkt nicht ohne page_size.</translation>
    </message>
</context>
<context>
    <name>studio::magento::SearchFields</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Source items (MSI)</source>
        <translation>Quellenartikel (MSI)</translation>
    </message>
    <message>
        <source>Sources (MSI)</source>
        <translation>Quellen (MSI)</translation>
    </message>
    <message>
        <source>Stocks (MSI)</source>
        <translation>Bestände (MSI)</translation>
    </message>
    <message>
        <source>Product attributes</source>
        <translation>Produktattribute</translation>
    </message>
    <message>
        <source>Attribute sets</source>
        <translation>Attributsets</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Credit memos</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Payment transactions</source>
        <translation>Zahlungstransaktionen</translation>
    </message>
    <message>
        <source>Customer groups</source>
        <translation>Kundengruppen</translation>
    </message>
    <message>
        <source>CMS pages</source>
        <translation>CMS-Seiten</translation>
    </message>
    <message>
        <source>CMS blocks</source>
        <translation>CMS-Blöcke</translation>
    </message>
    <message>
        <source>Cart price rules</source>
        <translation>Warenkorb-Preisregeln</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Tax rules</source>
        <translation>Steuerregeln</translation>
    </message>
    <message>
        <source>Returns (RMA)</source>
        <translation>Rücksendungen (RMA)</translation>
    </message>
    <message>
        <source>Bulk operations</source>
        <translation>Massenoperationen</translation>
    </message>
</context>
<context>
    <name>studio::magento::StoreScope</name>
    <message>
        <source>The store code is empty. Leave the store field empty for the default store view, or use &quot;all&quot; for the global scope.</source>
        <translation>Der Store-Code ist leer. Lassen Sie das Store-Feld für die Standard-Store-View leer oder verwenden Sie &quot;all&quot; für den globalen Bereich.</translation>
    </message>
    <message>
        <source>&quot;admin&quot; cannot be used in a REST URL (Magento answers &quot;Request does not match any route&quot;). Use &quot;all&quot; for the admin store (global scope).</source>
        <translation>&quot;admin&quot; kann nicht in einer REST-URL verwendet werden (Magento antwortet &quot;Request does not match any route&quot;). Verwenden Sie &quot;all&quot; für den Admin-Store (globaler Bereich).</translation>
    </message>
    <message>
        <source>The store code &quot;%1&quot; is longer than 32 characters, which Magento does not allow.</source>
        <translation>Der Store-Code &quot;%1&quot; ist länger als 32 Zeichen, was Magento nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid store code: Magento store codes contain only letters (a-z), digits (0-9) and underscores (_), and start with a letter.</source>
        <translation>&quot;%1&quot; ist kein gültiger Store-Code: Magento-Store-Codes enthalten nur Buchstaben (a-z), Ziffern (0-9) und Unterstriche (_) und beginnen mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>default store view (no store code)</source>
        <translation>Standard-Store-View (kein Store-Code)</translation>
    </message>
    <message>
        <source>all store views (global scope)</source>
        <translation>alle Store-Views (globaler Bereich)</translation>
    </message>
    <message>
        <source>store view &quot;%1&quot;</source>
        <translation>Store-View &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Without a store code Magento runs the call in the default store view. Reads return that store view&apos;s values. Writes are saved as store-view values of the default store view, which then shadow the global values there (a well-known pitfall, magento2#9186). For catalog writes that should apply everywhere, use &quot;all&quot;.</source>
        <translation>Ohne Store-Code führt Magento den Aufruf in der Standard-Store-View aus. Lesevorgänge liefern die Werte dieser Store-View. Schreibvorgänge werden als Store-View-Werte der Standard-Store-View gespeichert und überdecken dort die globalen Werte (eine bekannte Falle, magento2#9186). Für Katalogänderungen, die überall gelten sollen, verwenden Sie &quot;all&quot;.</translation>
    </message>
    <message>
        <source>&quot;all&quot; runs the call in the admin store, i.e. the global scope. Writes change the global (default) values that every store view inherits unless it has its own. Reads return global values, not store-view translations or prices.</source>
        <translation>&quot;all&quot; führt den Aufruf im Admin-Store aus, also im globalen Bereich. Schreibvorgänge ändern die globalen (Standard-)Werte, die jede Store-View erbt, sofern sie keine eigenen hat. Lesevorgänge liefern globale Werte, keine Übersetzungen oder Preise der Store-Views.</translation>
    </message>
    <message>
        <source>Runs the call in store view &quot;%1&quot;. Reads return that store view&apos;s values; writes are saved for that store view only and override the global values there. An unknown store code makes Magento answer 404 &quot;Request does not match any route.&quot;</source>
        <translation>Führt den Aufruf in der Store-View &quot;%1&quot; aus. Lesevorgänge liefern die Werte dieser Store-View; Schreibvorgänge werden nur für diese Store-View gespeichert und überschreiben dort die globalen Werte. Bei einem unbekannten Store-Code antwortet Magento mit 404 &quot;Request does not match any route.&quot;</translation>
    </message>
    <message>
        <source>This write has no store code, so Magento saves it on the default store view: the values will shadow the global ones there (magento2#9186). Use &quot;all&quot; to change global values.</source>
        <translation>Dieser Schreibvorgang hat keinen Store-Code, daher speichert Magento ihn in der Standard-Store-View: Die Werte überdecken dort die globalen (magento2#9186). Verwenden Sie &quot;all&quot;, um globale Werte zu ändern.</translation>
    </message>
    <message>
        <source>This write is saved for store view &quot;%1&quot; only; other store views keep their values.</source>
        <translation>Dieser Schreibvorgang wird nur für die Store-View &quot;%1&quot; gespeichert; andere Store-Views behalten ihre Werte.</translation>
    </message>
</context>
<context>
    <name>studio::net</name>
    <message>
        <source>The host name %1 could not be resolved (DNS): check the spelling of the URL, your network or VPN.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden (DNS): Prüfen Sie die Schreibweise der URL, Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused): is the server running and the port right?</source>
        <translation>Unter %1 nimmt nichts Verbindungen an (Verbindung abgelehnt): Läuft der Server und stimmt der Port?</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent nothing for longer than the endpoint&apos;s timeout; the request was given up.</source>
        <translation>%1 hat länger als das Zeitlimit des Endpunkts nichts gesendet; die Anfrage wurde aufgegeben.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). The studio requires TLS 1.2 or newer; a server that offers only older versions, or that requires a client certificate it did not get, fails this way.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2). Das Studio verlangt TLS 1.2 oder neuer; ein Server, der nur ältere Versionen anbietet oder ein Client-Zertifikat verlangt, das er nicht erhalten hat, scheitert auf diese Weise.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The proxy failed on the way to %1: %2</source>
        <translation>Der Proxy ist auf dem Weg zu %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>The network is down: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>Die %1-Datei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read: %3</source>
        <translation>Die %1-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Connection test passed: %1</source>
        <translation>Verbindungstest bestanden: %1</translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>Verbindungstest fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>No SQL driver is chosen: pick one of %1.</source>
        <translation>Kein SQL-Treiber gewählt: Wählen Sie einen von %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed here (available: %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist hier nicht installiert (verfügbar: %2).</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed here: install it (on Debian: apt install %2) and try again.</source>
        <translation>Der Qt-SQL-Treiber %1 ist hier nicht installiert: Installieren Sie ihn (unter Debian: apt install %2) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is available.</source>
        <translation>Der Qt-SQL-Treiber %1 ist verfügbar.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Die SQLite-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 auf %2%3</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>SELECT 1 answered 1.</source>
        <translation>SELECT 1 hat 1 geliefert.</translation>
    </message>
    <message>
        <source>The database did not answer SELECT 1: %1</source>
        <translation>Die Datenbank hat SELECT 1 nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>No folder is set.</source>
        <translation>Kein Ordner ist festgelegt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permissions).</source>
        <translation>Der Ordner %1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>The folder %1 exists and can be read.</source>
        <translation>Der Ordner %1 existiert und ist lesbar.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>No file in the folder matches %1.</source>
        <translation>Keine Datei im Ordner passt zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match %1.</source>
        <translation>
            <numerusform>%n Datei passt zu %1.</numerusform>
            <numerusform>%n Dateien passen zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The encoding %1 is not known.</source>
        <translation>Die Kodierung %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The first file, %1, is empty.</source>
        <translation>Die erste Datei, %1, ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s): %2.</source>
        <translation>
            <numerusform>%1 hat %n Spalte: %2.</numerusform>
            <numerusform>%1 hat %n Spalten: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s) (no header row).</source>
        <translation>
            <numerusform>%1 hat %n Spalte (keine Kopfzeile).</numerusform>
            <numerusform>%1 hat %n Spalten (keine Kopfzeile).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts with a JSON array.</source>
        <translation>%1 beginnt mit einem JSON-Array.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>The first record of %1 is not a JSON object.</source>
        <translation>Der erste Datensatz von %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The first record of %1 has the fields %2.</source>
        <translation>Der erste Datensatz von %1 hat die Felder %2.</translation>
    </message>
    <message>
        <source>The GraphQL variables are not a JSON object: %1 at character %2.</source>
        <translation>Die GraphQL-Variablen sind kein JSON-Objekt: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Async bulk requests need a Magento endpoint.</source>
        <translation>Asynchrone Bulk-Anfragen benötigen einen Magento-Endpunkt.</translation>
    </message>
    <message>
        <source>Magento&apos;s async bulk API takes POST, PUT, PATCH and DELETE, not GET.</source>
        <translation>Die asynchrone Bulk-API von Magento nimmt POST, PUT, PATCH und DELETE an, nicht GET.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; already names the REST root: give the part after /rest/&lt;store&gt;/ (e.g. /V1/products) and choose the store code separately.</source>
        <translation>Der Pfad &quot;%1&quot; nennt bereits die REST-Wurzel: Geben Sie den Teil nach /rest/&lt;store&gt;/ an (z. B. /V1/products) und wählen Sie den Store-Code separat.</translation>
    </message>
    <message>
        <source>Unknown body type &quot;%1&quot;: use none, json, form, text or graphql.</source>
        <translation>Unbekannte Body-Art &quot;%1&quot;: Verwenden Sie none, json, form, text oder graphql.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the proxy %1 (connection refused): check the endpoint&apos;s proxy setting, and that the proxy is running.</source>
        <translation>Der Proxy %1 nimmt keine Verbindungen an (Verbindung abgelehnt): Prüfen Sie die Proxy-Einstellung des Endpunkts und ob der Proxy läuft.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name %1 could not be resolved (DNS): check the endpoint&apos;s proxy setting.</source>
        <translation>Der Hostname des Proxys %1 konnte nicht aufgelöst werden (DNS): Prüfen Sie die Proxy-Einstellung des Endpunkts.</translation>
    </message>
</context>
<context>
    <name>studio::net::ApiKeyAuthProvider</name>
    <message>
        <source>The server refused the API key sent as query parameter &quot;%1&quot; (HTTP 401)</source>
        <translation>Der Server hat den als Query-Parameter &quot;%1&quot; gesendeten API-Schlüssel abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>The server refused the API key sent in header &quot;%1&quot; (HTTP 401)</source>
        <translation>Der Server hat den im Header &quot;%1&quot; gesendeten API-Schlüssel abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>API key in query parameter &quot;%1&quot;</source>
        <translation>API-Schlüssel im Query-Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>API key in header &quot;%1&quot;</source>
        <translation>API-Schlüssel im Header &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>studio::net::AuthProvider</name>
    <message>
        <source>The server refused the credentials (HTTP 401)</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>studio::net::BasicAuthProvider</name>
    <message>
        <source>The server refused user &quot;%1&quot; with the stored password (HTTP 401)</source>
        <translation>Der Server hat den Benutzer &quot;%1&quot; mit dem gespeicherten Passwort abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP Basic authentication as &quot;%1&quot;</source>
        <translation>HTTP-Basic-Authentifizierung als &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>studio::net::BearerAuthProvider</name>
    <message>
        <source>The server refused the stored bearer token (HTTP 401)</source>
        <translation>Der Server hat das gespeicherte Bearer-Token abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>If this is an integration&apos;s access token: Magento 2.4.4 and later accept it as a bearer token only when &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; is on; otherwise use OAuth 1.0a with the integration&apos;s four keys.</source>
        <translation>Falls dies das Access Token einer Integration ist: Magento 2.4.4 und neuer akzeptieren es nur dann als Bearer-Token, wenn &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot; eingeschaltet ist; andernfalls verwenden Sie OAuth 1.0a mit den vier Schlüsseln der Integration.</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
</context>
<context>
    <name>studio::net::ConnectionTestRun</name>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Connected to the %1 database %2.</source>
        <translation>Mit der %1-Datenbank %2 verbunden.</translation>
    </message>
    <message>
        <source>The database password cannot be read: no secret store is available.</source>
        <translation>Das Datenbankpasswort kann nicht gelesen werden: Kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>The database password could not be read: %1</source>
        <translation>Das Datenbankpasswort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 needs no name lookup.</source>
        <translation>%1 benötigt keine Namensauflösung.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS): check the spelling of the base URL, your network or VPN.</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS): Prüfen Sie die Schreibweise der Basis-URL, Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <source>The host name %1 could not be looked up (DNS): %2</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden (DNS): %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird zu %2 aufgelöst.</translation>
    </message>
    <message>
        <source>%1 accepts connections.</source>
        <translation>%1 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused): is the server running and the port right?</source>
        <translation>Unter %1 nimmt nichts Verbindungen an (Verbindung abgelehnt): Läuft der Server und stimmt der Port?</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s (timeout): a firewall may be dropping the traffic.</source>
        <translation>%1 hat innerhalb von %2 s keine Verbindung angenommen (Zeitüberschreitung): Möglicherweise verwirft eine Firewall den Verkehr.</translation>
    </message>
    <message>
        <source>%1, certificate %2 issued by %3, valid until %4%5.</source>
        <translation>%1, Zertifikat %2, ausgestellt von %3, gültig bis %4%5.</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fixiert)</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed (%3). The studio requires TLS 1.2 or newer; a server that offers only older versions, or that wants a client certificate it did not get, fails this way.</source>
        <translation>Der TLS-Handshake mit %1:%2 ist fehlgeschlagen (%3). Das Studio verlangt TLS 1.2 oder neuer; ein Server, der nur ältere Versionen anbietet oder ein Client-Zertifikat verlangt, das er nicht erhalten hat, scheitert auf diese Weise.</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete in time (timeout).</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an HTML page%3 instead of JSON</source>
        <translation>%1 hat HTTP %2 mit einer HTML-Seite%3 statt JSON beantwortet</translation>
    </message>
    <message>
        <source>: a maintenance page, a firewall (WAF) block page or a login page in front of the API, or a base URL that does not lead to the API.</source>
        <translation>: eine Wartungsseite, eine Sperrseite einer Firewall (WAF) oder eine Anmeldeseite vor der API, oder eine Basis-URL, die nicht zur API führt.</translation>
    </message>
    <message>
        <source>Magento&apos;s REST API answers at %1.</source>
        <translation>Die REST-API von Magento antwortet unter %1.</translation>
    </message>
    <message>
        <source>Magento accepts the %1.</source>
        <translation>Magento akzeptiert %1.</translation>
    </message>
    <message>
        <source>%1 does not lead to Magento&apos;s REST API: %2 answers 404 &quot;Request does not match any route.&quot;; check the base URL (a sub-folder, or index.php/ when URL rewrites are off).</source>
        <translation>%1 führt nicht zur REST-API von Magento: %2 antwortet 404 &quot;Request does not match any route.&quot;; prüfen Sie die Basis-URL (ein Unterordner oder index.php/, wenn URL-Rewrites aus sind).</translation>
    </message>
    <message>
        <source>Magento&apos;s REST API answers under %1.</source>
        <translation>Die REST-API von Magento antwortet unter %1.</translation>
    </message>
    <message>
        <source>Magento does not know the store code &quot;%1&quot; (/rest/%1/V1 answers 404 &quot;Request does not match any route.&quot;): use a store view code from Stores › All Stores, &quot;default&quot;, or &quot;all&quot; for global scope.</source>
        <translation>Magento kennt den Store-Code &quot;%1&quot; nicht (/rest/%1/V1 antwortet 404 &quot;Request does not match any route.&quot;): Verwenden Sie einen Store-View-Code aus Stores › All Stores, &quot;default&quot; oder &quot;all&quot; für den globalen Bereich.</translation>
    </message>
    <message>
        <source>%1 does not lead to Magento&apos;s REST API: /rest/%2/V1 and /rest/all/V1 answer 404 &quot;Request does not match any route.&quot;; check the base URL (a sub-folder, or index.php/ when URL rewrites are off).</source>
        <translation>%1 führt nicht zur REST-API von Magento: /rest/%2/V1 und /rest/all/V1 antworten 404 &quot;Request does not match any route.&quot;; prüfen Sie die Basis-URL (ein Unterordner oder index.php/, wenn URL-Rewrites aus sind).</translation>
    </message>
    <message>
        <source>No authentication is configured: Magento treats these requests as a guest&apos;s.</source>
        <translation>Keine Authentifizierung konfiguriert: Magento behandelt diese Anfragen als die eines Gastes.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Akzeptiert: %1.</translation>
    </message>
    <message>
        <source>Store view &quot;%1&quot;: locale %2, base currency %3, time zone %4.</source>
        <translation>Store-View &quot;%1&quot;: Gebietsschema %2, Basiswährung %3, Zeitzone %4.</translation>
    </message>
    <message>
        <source>The shop does not reveal its version (/magento_version answers %1).</source>
        <translation>Der Shop gibt seine Version nicht preis (/magento_version antwortet %1).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (%3), without authentication.</source>
        <translation>Mit %1 unter %2 (%3) verbunden, ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (%3); %4.</source>
        <translation>Mit %1 unter %2 (%3) verbunden; %4.</translation>
    </message>
    <message>
        <source>The server answers HTTP.</source>
        <translation>Der Server antwortet per HTTP.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2.</source>
        <translation>%1 antwortet mit HTTP %2.</translation>
    </message>
    <message>
        <source>No authentication is configured.</source>
        <translation>Keine Authentifizierung konfiguriert.</translation>
    </message>
    <message>
        <source>Not refused (HTTP %1 for the base URL): %2.</source>
        <translation>Nicht abgelehnt (HTTP %1 für die Basis-URL): %2.</translation>
    </message>
    <message>
        <source>Connected to %1; %2.</source>
        <translation>Mit %1 verbunden; %2.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <source>The GraphQL endpoint answers.</source>
        <translation>Der GraphQL-Endpunkt antwortet.</translation>
    </message>
    <message>
        <source>No GraphQL answer at %1: %2</source>
        <translation>Keine GraphQL-Antwort unter %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer the query { __typename }%2</source>
        <translation>%1 hat die Abfrage { __typename } nicht beantwortet%2</translation>
    </message>
    <message>
        <source>The GraphQL endpoint answers (root type %1).</source>
        <translation>Der GraphQL-Endpunkt antwortet (Wurzeltyp %1).</translation>
    </message>
    <message>
        <source>Connected to the GraphQL endpoint %1.</source>
        <translation>Mit dem GraphQL-Endpunkt %1 verbunden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Store-Code</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Magento API</source>
        <translation>Magento-API</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Store view</source>
        <translation>Store-Ansicht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>No authentication is configured, and Magento refuses guests what needs credentials (HTTP 401 &quot;%1&quot;): choose an authentication type (integration OAuth 1.0a, admin or customer token) to call more than Magento&apos;s public routes.</source>
        <translation>Keine Authentifizierung konfiguriert, und Magento verweigert Gästen, was Zugangsdaten braucht (HTTP 401 &quot;%1&quot;): Wählen Sie eine Authentifizierungsart (Integration mit OAuth 1.0a, Admin- oder Kunden-Token), um mehr als die öffentlichen Routen von Magento aufzurufen.</translation>
    </message>
    <message>
        <source>Magento refuses customer tokens under /rest/all (the admin store): a customer&apos;s own routes answer only in the store views of the customer&apos;s website, so use &quot;default&quot; or a store view code.</source>
        <translation>Magento lehnt Kunden-Token unter /rest/all (dem Admin-Store) ab: Die eigenen Routen eines Kunden antworten nur in den Store-Views seiner Website, verwenden Sie also &quot;default&quot; oder einen Store-View-Code.</translation>
    </message>
    <message>
        <source>Accepted: %1, the account of %2 (customer %3).</source>
        <translation>Akzeptiert: %1, das Konto von %2 (Kunde %3).</translation>
    </message>
    <message>
        <source>Connected to %1 at %2 (%3) as a guest: the endpoint needs credentials for anything beyond Magento&apos;s public routes.</source>
        <translation>Mit %1 unter %2 (%3) als Gast verbunden: Der Endpunkt braucht Zugangsdaten für alles über die öffentlichen Routen von Magento hinaus.</translation>
    </message>
    <message>
        <source>Requests go through the proxy %1, so name lookup, connection and TLS are checked by the request itself.</source>
        <translation>Anfragen laufen über den Proxy %1, daher werden Namensauflösung, Verbindung und TLS durch die Anfrage selbst geprüft.</translation>
    </message>
</context>
<context>
    <name>studio::net::EndpointSession</name>
    <message>
        <source>The secret variable {{%1}} cannot be read: no secret store is available.</source>
        <translation>Die geheime Variable {{%1}} kann nicht gelesen werden: Kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>The secret variable {{%1}} of environment &quot;%2&quot; could not be read: %3</source>
        <translation>Die geheime Variable {{%1}} der Umgebung &quot;%2&quot; konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; of endpoint &quot;%2&quot; is not an http or https URL.</source>
        <translation>Die Basis-URL &quot;%1&quot; des Endpunkts &quot;%2&quot; ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>TLS settings of endpoint &quot;%1&quot;: %2</source>
        <translation>TLS-Einstellungen des Endpunkts &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Authentication of endpoint &quot;%1&quot;: %2</source>
        <translation>Authentifizierung des Endpunkts &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The passphrase of the client key cannot be read: no secret store is available.</source>
        <translation>Die Passphrase des Client-Schlüssels kann nicht gelesen werden: Kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>The passphrase of the client key of endpoint &quot;%1&quot; could not be read: %2</source>
        <translation>Die Passphrase des Client-Schlüssels des Endpunkts &quot;%1&quot; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The endpoint is not ready to send requests.</source>
        <translation>Der Endpunkt ist nicht bereit, Anfragen zu senden.</translation>
    </message>
    <message>
        <source>Proxy of endpoint &quot;%1&quot;: %2</source>
        <translation>Proxy des Endpunkts &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The proxy password cannot be read: no secret store is available.</source>
        <translation>Das Proxy-Passwort kann nicht gelesen werden: Kein Geheimnisspeicher ist verfügbar.</translation>
    </message>
    <message>
        <source>The proxy password of endpoint &quot;%1&quot; could not be read: %2</source>
        <translation>Das Proxy-Passwort des Endpunkts &quot;%1&quot; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Proxy of endpoint &quot;%1&quot;: the URL contains a password; enter it as the proxy password, which is kept in the keychain.</source>
        <translation>Proxy des Endpunkts &quot;%1&quot;: Die URL enthält ein Passwort; geben Sie es als Proxy-Passwort ein, das im Schlüsselbund gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>studio::net::Exchange</name>
    <message>
        <source>sent without authentication</source>
        <translation>ohne Authentifizierung gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method.</source>
        <translation>&quot;%1&quot; ist keine HTTP-Methode.</translation>
    </message>
    <message>
        <source>the path</source>
        <translation>der Pfad</translation>
    </message>
    <message>
        <source>The endpoint has no base URL, so the path &quot;%1&quot; cannot be sent anywhere.</source>
        <translation>Der Endpunkt hat keine Basis-URL, daher kann der Pfad &quot;%1&quot; nirgendwohin gesendet werden.</translation>
    </message>
    <message>
        <source>query parameter %1</source>
        <translation>Query-Parameter %1</translation>
    </message>
    <message>
        <source>a header name</source>
        <translation>ein Header-Name</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>&quot;%1&quot; ist kein gültiger HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>The value of header %1 contains a line break.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Body</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http or https URL.</source>
        <translation>&quot;%1&quot; ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>The response body could not be written to a temporary file in %1 (disk full?).</source>
        <translation>Der Antwort-Body konnte nicht in eine temporäre Datei in %1 geschrieben werden (Datenträger voll?).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1 %2: the server answered with an HTML page%3 instead of JSON.</source>
        <translation>HTTP %1 %2: Der Server hat mit einer HTML-Seite%3 statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>HTTP %1 %2%3</source>
        <translation>HTTP %1 %2%3</translation>
    </message>
    <message>
        <source>The server redirects http to https (%1): change the endpoint&apos;s base URL to https so that credentials are never sent in clear text.</source>
        <translation>Der Server leitet http auf https um (%1): Ändern Sie die Basis-URL des Endpunkts auf https, damit Zugangsdaten nie im Klartext gesendet werden.</translation>
    </message>
    <message>
        <source>The server answered with redirect %1 but named no target.</source>
        <translation>Der Server hat mit der Umleitung %1 geantwortet, aber kein Ziel genannt.</translation>
    </message>
    <message>
        <source>The server redirects to %1 (HTTP %2); the studio does not send requests with credentials on to another address or repeat a %3 there: check the URL.</source>
        <translation>Der Server leitet auf %1 um (HTTP %2); das Studio leitet Anfragen mit Zugangsdaten nicht an eine andere Adresse weiter und wiederholt dort kein %3: Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The credentials of endpoint &quot;%1&quot; are only sent to %2, not to %3.</source>
        <translation>Die Zugangsdaten von Endpunkt „%1“ werden nur an %2 gesendet, nicht an %3.</translation>
    </message>
    <message>
        <source>(The server had begun to answer with HTTP %1; %2 bytes of the body arrived.)</source>
        <translation>(Der Server hatte begonnen, mit HTTP %1 zu antworten; %2 Bytes des Bodys kamen an.)</translation>
    </message>
</context>
<context>
    <name>studio::net::MagentoTokenAuthProvider</name>
    <message>
        <source>Magento tokens cannot be fetched here (no transport).</source>
        <translation>Magento-Tokens können hier nicht abgerufen werden (kein Transport).</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot;</source>
        <translation>Kunde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>admin user &quot;%1&quot;</source>
        <translation>Admin-Benutzer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not reach Magento to sign in as %1: %2</source>
        <translation>Magento war für die Anmeldung als %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Magento answered the sign-in of %1 without a token; is %2 a Magento store?</source>
        <translation>Magento hat die Anmeldung von %1 ohne Token beantwortet; ist %2 ein Magento-Shop?</translation>
    </message>
    <message>
        <source>Magento refused the sign-in of %1: %2 The studio will not try this password again in this session (after 6 failures Magento locks the account for 30 minutes); check the user name and password.</source>
        <translation>Magento hat die Anmeldung von %1 abgelehnt: %2 Das Studio versucht dieses Passwort in dieser Sitzung nicht erneut (nach 6 Fehlversuchen sperrt Magento das Konto für 30 Minuten); prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Magento has no token route at %1 (HTTP 404%2): check the base URL and the store code &quot;%3&quot;.</source>
        <translation>Magento hat unter %1 keine Token-Route (HTTP 404%2): Prüfen Sie die Basis-URL und den Store-Code &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Magento did not sign in %1 (HTTP %2)%3</source>
        <translation>Magento hat %1 nicht angemeldet (HTTP %2)%3</translation>
    </message>
    <message>
        <source>Magento refused a freshly issued token for %1 (HTTP 401)</source>
        <translation>Magento hat ein gerade ausgestelltes Token für %1 abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Customers may only call their own (&quot;self&quot;) routes.</source>
        <translation>Kunden dürfen nur ihre eigenen (&quot;self&quot;) Routen aufrufen.</translation>
    </message>
    <message>
        <source>The user signs in, but its role lacks this resource: grant it under System › Permissions › User Roles.</source>
        <translation>Der Benutzer kann sich anmelden, aber seiner Rolle fehlt diese Ressource: Gewähren Sie sie unter System › Permissions › User Roles.</translation>
    </message>
    <message>
        <source>Magento customer token for &quot;%1&quot;</source>
        <translation>Magento-Kunden-Token für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Magento admin token for &quot;%1&quot;</source>
        <translation>Magento-Admin-Token für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Magento requires two-factor authentication for %1 (&quot;%2&quot;). %3</source>
        <translation>Magento verlangt Zwei-Faktor-Authentifizierung für %1 (&quot;%2&quot;). %3</translation>
    </message>
</context>
<context>
    <name>studio::net::NoAuthProvider</name>
    <message>
        <source>The server requires authentication, and this endpoint is set to send none</source>
        <translation>Der Server verlangt eine Authentifizierung, und dieser Endpunkt ist so eingestellt, dass er keine sendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sent without authentication</source>
        <translation>ohne Authentifizierung gesendet</translation>
    </message>
</context>
<context>
    <name>studio::net::OAuth1AuthProvider</name>
    <message>
        <source>The server refused the OAuth 1.0a signature (HTTP 401)</source>
        <translation>Der Server hat die OAuth-1.0a-Signatur abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Check the consumer secret and access token secret: Magento issues new keys when an integration is reauthorized.</source>
        <translation>Prüfen Sie Consumer Secret und Access Token Secret: Magento stellt neue Schlüssel aus, wenn eine Integration erneut autorisiert wird.</translation>
    </message>
    <message>
        <source>The signature was accepted, but the integration lacks this permission: grant the resource in System › Extensions › Integrations › API, then reauthorize the integration.</source>
        <translation>Die Signatur wurde akzeptiert, aber der Integration fehlt diese Berechtigung: Gewähren Sie die Ressource unter System › Extensions › Integrations › API und autorisieren Sie die Integration dann erneut.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: Magento refuses timestamps more than 10 minutes ahead.</source>
        <translation>Prüfen Sie die Uhr dieses Computers: Magento lehnt Zeitstempel ab, die mehr als 10 Minuten voraus sind.</translation>
    </message>
    <message>
        <source>signed with OAuth 1.0a %1</source>
        <translation>signiert mit OAuth 1.0a %1</translation>
    </message>
</context>
<context>
    <name>studio::net::OAuth2AuthProvider</name>
    <message>
        <source>OAuth 2.0 tokens cannot be fetched here (no transport).</source>
        <translation>OAuth-2.0-Tokens können hier nicht abgerufen werden (kein Transport).</translation>
    </message>
    <message>
        <source>Could not reach the OAuth 2.0 token server %1: %2</source>
        <translation>Der OAuth-2.0-Token-Server %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation>die Antwort enthält kein access_token</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Check the client id and client secret.</source>
        <translation>Prüfen Sie Client-ID und Client Secret.</translation>
    </message>
    <message>
        <source>The refresh token is expired or revoked: obtain a new one and store it.</source>
        <translation>Das Refresh-Token ist abgelaufen oder widerrufen: Besorgen Sie ein neues und speichern Sie es.</translation>
    </message>
    <message>
        <source>Check the scopes.</source>
        <translation>Prüfen Sie die Scopes.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 token server refused to issue a token (HTTP %1): %2.%3</source>
        <translation>Der OAuth-2.0-Token-Server hat die Ausstellung eines Tokens verweigert (HTTP %1): %2.%3</translation>
    </message>
    <message>
        <source>The server refused a freshly issued OAuth 2.0 token (HTTP 401)</source>
        <translation>Der Server hat ein gerade ausgestelltes OAuth-2.0-Token abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Check that the scopes (%1) cover this request.</source>
        <translation>Prüfen Sie, ob die Scopes (%1) diese Anfrage abdecken.</translation>
    </message>
    <message>
        <source>OAuth 2.0 refresh-token grant via %1</source>
        <translation>OAuth-2.0-Refresh-Token-Grant über %1</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials via %1</source>
        <translation>OAuth-2.0-Client-Credentials über %1</translation>
    </message>
</context>
<context>
    <name>studio::net::ProxySettings</name>
    <message>
        <source>The proxy &quot;%1&quot; is not understood: use &quot;system&quot;, &quot;none&quot;, http://host:port or socks5://host:port.</source>
        <translation>Der Proxy &quot;%1&quot; wird nicht verstanden: Verwenden Sie &quot;system&quot;, &quot;none&quot;, http://host:port oder socks5://host:port.</translation>
    </message>
</context>
<context>
    <name>studio::net::RetryPolicy</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the transport failure</source>
        <translation>der Transportfehler</translation>
    </message>
    <message>
        <source>HTTP %1 is not a failure.</source>
        <translation>HTTP %1 ist kein Fehler.</translation>
    </message>
    <message>
        <source>HTTP %1 is not repeated: the same request would fail the same way.</source>
        <translation>HTTP %1 wird nicht wiederholt: Dieselbe Anfrage würde auf dieselbe Weise scheitern.</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>This kind of transport failure is not repeated.</source>
        <translation>Diese Art von Transportfehler wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>%1 is not repeated automatically after %2: it may already have taken effect (mark the request safe to retry if it is an upsert).</source>
        <translation>%1 wird nach %2 nicht automatisch wiederholt: Es könnte bereits gewirkt haben (markieren Sie die Anfrage als sicher wiederholbar, wenn es ein Upsert ist).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked to wait %1 s (Retry-After), beyond the retry time budget of %2 s.</source>
        <translation>Der Server hat gebeten, %1 s zu warten (Retry-After), länger als das Zeitbudget für Wiederholungen von %2 s.</translation>
    </message>
    <message>
        <source>The retry time budget of %1 s is spent.</source>
        <translation>Das Zeitbudget für Wiederholungen von %1 s ist aufgebraucht.</translation>
    </message>
    <message>
        <source>%1: waiting %2 s as Retry-After asked.</source>
        <translation>%1: %2 s warten, wie von Retry-After verlangt.</translation>
    </message>
    <message>
        <source>%1: retrying in %2 s.</source>
        <translation>%1: neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>studio::net::SecretFields</name>
    <message>
        <source>No %1 is stored for this endpoint: enter it in the endpoint&apos;s authentication settings.</source>
        <translation>Für diesen Endpunkt ist kein %1 gespeichert: Geben Sie es in den Authentifizierungseinstellungen des Endpunkts ein.</translation>
    </message>
    <message>
        <source>No secret store is available to read the %1.</source>
        <translation>Kein Geheimnisspeicher ist verfügbar, um %1 zu lesen.</translation>
    </message>
    <message>
        <source>The %1 could not be read from %2: %3</source>
        <translation>%1 konnte nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>The stored %1 is empty: enter it in the endpoint&apos;s authentication settings.</source>
        <translation>Der gespeicherte Wert für %1 ist leer: Geben Sie ihn in den Authentifizierungseinstellungen des Endpunkts ein.</translation>
    </message>
</context>
<context>
    <name>studio::net::TlsPolicy</name>
    <message>
        <source>The pinned certificate fingerprint must be a SHA-256 value: 64 hexadecimal digits (colons allowed), as shown by the connection test.</source>
        <translation>Der Fingerabdruck des fixierten Zertifikats muss ein SHA-256-Wert sein: 64 Hexadezimalziffern (Doppelpunkte erlaubt), wie vom Verbindungstest angezeigt.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die CA-Zertifikatsdatei %1 enthält kein PEM-Zertifikat (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <source>A client certificate needs its private key file as well.</source>
        <translation>Ein Client-Zertifikat benötigt auch seine Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>A client key needs its certificate file as well.</source>
        <translation>Ein Client-Schlüssel benötigt auch seine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: it is not a PEM private key, or it is encrypted and needs its passphrase.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: Er ist kein privater PEM-Schlüssel oder er ist verschlüsselt und benötigt seine Passphrase.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: the passphrase is wrong or it is not a PEM private key.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: Die Passphrase ist falsch oder er ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer</source>
        <translation>TLS 1.2 oder neuer</translation>
    </message>
    <message>
        <source>pinned certificate %1</source>
        <translation>fixiertes Zertifikat %1</translation>
    </message>
    <message numerus="yes">
        <source>system CAs plus %n extra CA certificate(s)</source>
        <translation>
            <numerusform>System-CAs plus %n zusätzliches CA-Zertifikat</numerusform>
            <numerusform>System-CAs plus %n zusätzliche CA-Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
</context>
<context>
    <name>studio::net::TlsProblem</name>
    <message>
        <source>The server %1 presented a certificate that is not the pinned one (SHA-256 %2, subject %3, issued by %4); if the server&apos;s certificate was replaced legitimately, pin the new one: %2.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, das nicht das fixierte ist (SHA-256 %2, Subjekt %3, ausgestellt von %4); wurde das Zertifikat des Servers rechtmäßig ersetzt, fixieren Sie das neue: %2.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>the handshake did not complete</source>
        <translation>der Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): subject %3, issued by %4, valid %5 to %6; if you trust it, pin this certificate: %7.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2): Subjekt %3, ausgestellt von %4, gültig von %5 bis %6; wenn Sie ihm vertrauen, fixieren Sie dieses Zertifikat: %7.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Pinned: %1</source>
        <translation>Fixiert: %1</translation>
    </message>
    <message>
        <source>Way forward: pin this certificate (SHA-256 %1) in the endpoint&apos;s TLS settings.</source>
        <translation>Weiteres Vorgehen: Fixieren Sie dieses Zertifikat (SHA-256 %1) in den TLS-Einstellungen des Endpunkts.</translation>
    </message>
</context>
<context>
    <name>studio::sandbox</name>
    <message>
        <source>faults: item %1 &quot;%2&quot;: %3</source>
        <translation>faults: Eintrag %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>creating the SKU write counters</source>
        <translation>Anlegen der SKU-Schreibzähler</translation>
    </message>
    <message>
        <source>resetting the SKU write counters</source>
        <translation>Zurücksetzen der SKU-Schreibzähler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::AuthService</name>
    <message>
        <source>creating the sandbox&apos;s auth tables</source>
        <translation>Anlegen der Authentifizierungstabellen der Sandbox</translation>
    </message>
    <message>
        <source>reading the token signing key</source>
        <translation>Lesen des Token-Signaturschlüssels</translation>
    </message>
    <message>
        <source>saving the token signing key</source>
        <translation>Speichern des Token-Signaturschlüssels</translation>
    </message>
    <message>
        <source>resetting admin users</source>
        <translation>Zurücksetzen der Admin-Benutzer</translation>
    </message>
    <message>
        <source>resetting integrations</source>
        <translation>Zurücksetzen der Integrationen</translation>
    </message>
    <message>
        <source>resetting %1</source>
        <translation>Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>an admin user needs a username</source>
        <translation>ein Admin-Benutzer braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>the admin password must have at least 7 characters</source>
        <translation>das Admin-Passwort muss mindestens 7 Zeichen haben</translation>
    </message>
    <message>
        <source>A user with the same user name or email already exists.</source>
        <translation>Ein Benutzer mit demselben Benutzernamen oder derselben E-Mail existiert bereits.</translation>
    </message>
    <message>
        <source>creating admin user %1</source>
        <translation>Anlegen des Admin-Benutzers %1</translation>
    </message>
    <message>
        <source>an integration needs a name</source>
        <translation>eine Integration braucht einen Namen</translation>
    </message>
    <message>
        <source>The integration with name &quot;%1&quot; exists.</source>
        <translation>Die Integration mit dem Namen &quot;%1&quot; existiert.</translation>
    </message>
    <message>
        <source>creating integration %1</source>
        <translation>Anlegen der Integration %1</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::BulkService</name>
    <message>
        <source>creating the bulk tables</source>
        <translation>Anlegen der Bulk-Tabellen</translation>
    </message>
    <message>
        <source>resetting bulk operations</source>
        <translation>Zurücksetzen der Bulk-Operationen</translation>
    </message>
    <message>
        <source>resetting bulks</source>
        <translation>Zurücksetzen der Bulks</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::FaultSpec</name>
    <message>
        <source>empty setting (two commas in a row?)</source>
        <translation>leere Einstellung (zwei Kommas hintereinander?)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>unbekannte Einstellung &quot;%1&quot;; bekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>expected %1=VALUE</source>
        <translation>%1=WERT erwartet</translation>
    </message>
    <message>
        <source>missing value after &apos;=&apos;</source>
        <translation>fehlender Wert nach &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected milliseconds between 0 and 600000</source>
        <translation>Millisekunden zwischen 0 und 600000 erwartet</translation>
    </message>
    <message>
        <source>expected requests per second, a whole number from 0</source>
        <translation>Anfragen pro Sekunde erwartet, eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>expected bytes per second, a whole number from 1</source>
        <translation>Bytes pro Sekunde erwartet, eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>expected 1 or 0</source>
        <translation>1 oder 0 erwartet</translation>
    </message>
    <message>
        <source>expected a non-negative whole number</source>
        <translation>eine nicht negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected magento, erp or all</source>
        <translation>magento, erp oder all erwartet</translation>
    </message>
    <message>
        <source>expected a share between 0 and 1 (or 0%-100%)</source>
        <translation>einen Anteil zwischen 0 und 1 erwartet (oder 0 %–100 %)</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::SandboxDatabase</name>
    <message>
        <source>no data folder given for the sandbox</source>
        <translation>kein Datenordner für die Sandbox angegeben</translation>
    </message>
    <message>
        <source>cannot create the sandbox data folder</source>
        <translation>der Datenordner der Sandbox kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the sandbox database: %1</source>
        <translation>die Sandbox-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>saving sandbox setting %1</source>
        <translation>Speichern der Sandbox-Einstellung %1</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::SandboxServer</name>
    <message>
        <source>unknown seed &quot;%1&quot; (use demo or empty)</source>
        <translation>unbekannte Ausgangsdaten &quot;%1&quot; (verwenden Sie demo oder empty)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is another sandbox running?)</source>
        <translation>auf 127.0.0.1:%1 kann nicht gelauscht werden (läuft schon eine andere Sandbox?)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 for the demo ERP</source>
        <translation>auf 127.0.0.1:%1 kann für das Demo-ERP nicht gelauscht werden</translation>
    </message>
    <message>
        <source>The demo ERP is not served by this sandbox.</source>
        <translation>Das Demo-ERP wird von dieser Sandbox nicht bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>studio::sandbox::SchemaService</name>
    <message>
        <source>the embedded Magento schema is missing from this build</source>
        <translation>das eingebettete Magento-Schema fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the embedded Magento schema does not parse: %1</source>
        <translation>das eingebettete Magento-Schema lässt sich nicht parsen: %1</translation>
    </message>
</context>
<context>
    <name>studio::schema::GraphQLDocument</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: this string is not closed with a quote.</source>
        <translation>%1: Diese Zeichenkette wird nicht mit einem Anführungszeichen geschlossen.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; closes nothing.</source>
        <translation>%1: „%2“ schließt nichts.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not match the &apos;%3&apos; opened at %4.</source>
        <translation>%1: „%2“ passt nicht zu dem „%3“, das bei %4 geöffnet wurde.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not closed.</source>
        <translation>%1: „%2“ wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>studio::schema::GraphQLIntrospector</name>
    <message>
        <source>No introspection has run yet.</source>
        <translation>Es wurde noch keine Introspektion ausgeführt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without a GraphQL answer; is this the GraphQL URL?</source>
        <translation>Der Server antwortete mit HTTP %1, aber ohne GraphQL-Antwort; ist das die GraphQL-URL?</translation>
    </message>
    <message>
        <source>The answer is not a GraphQL JSON object (%1 at byte %2).</source>
        <translation>Die Antwort ist kein GraphQL-JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The server has introspection turned off, so it does not describe its schema (it said: &quot;%1&quot;).</source>
        <translation>Der Server hat die Introspektion abgeschaltet und beschreibt sein Schema daher nicht (Meldung: „%1“).</translation>
    </message>
    <message>
        <source>The server refused the introspection query (HTTP %1): %2</source>
        <translation>Der Server hat die Introspektionsabfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and no schema.</source>
        <translation>Der Server antwortete mit HTTP %1 und ohne Schema.</translation>
    </message>
    <message>
        <source>No HTTP engine is available (no workspace is open).</source>
        <translation>Keine HTTP-Engine verfügbar (kein Arbeitsbereich geöffnet).</translation>
    </message>
    <message>
        <source>The HTTP engine went away before the introspection was sent.</source>
        <translation>Die HTTP-Engine wurde beendet, bevor die Introspektion gesendet wurde.</translation>
    </message>
    <message>
        <source>The introspection query got no answer.</source>
        <translation>Die Introspektionsabfrage blieb ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>studio::schema::GraphQLSchema</name>
    <message>
        <source>The server refused the introspection query: %1</source>
        <translation>Der Server hat die Introspektionsabfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The answer holds no schema (expected data.__schema from an introspection query).</source>
        <translation>Die Antwort enthält kein Schema (erwartet data.__schema aus einer Introspektionsabfrage).</translation>
    </message>
    <message>
        <source>The introspection answer has no list of types (__schema.types).</source>
        <translation>Die Introspektionsantwort hat keine Typenliste (__schema.types).</translation>
    </message>
    <message>
        <source>A type in the introspection answer has no name or kind.</source>
        <translation>Ein Typ in der Introspektionsantwort hat keinen Namen oder keine Art.</translation>
    </message>
    <message>
        <source>The introspection answer names no query type that it also describes.</source>
        <translation>Die Introspektionsantwort nennt keinen Query-Typ, den sie auch beschreibt.</translation>
    </message>
</context>
<context>
    <name>studio::schema::ResponseSchemas</name>
    <message>
        <source>The API description has no &quot;paths&quot; object, so it describes no responses.</source>
        <translation>Die API-Beschreibung hat kein Objekt „paths“ und beschreibt daher keine Antworten.</translation>
    </message>
</context>
<context>
    <name>studio::schema::RestOperations</name>
    <message>
        <source>The API description has no &quot;paths&quot; object, so it lists no operations.</source>
        <translation>Die API-Beschreibung hat kein „paths“-Objekt und nennt daher keine Operationen.</translation>
    </message>
</context>
<context>
    <name>studio::ui::AboutDialog</name>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>About Integration Studio</source>
        <translation>Über Integration Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Integration Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Integration Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A native workbench for Magento 2 / Adobe Commerce integrations: endpoints, requests, mappings and sync jobs, with secrets kept in the keychain.</source>
        <translation>Eine native Werkbank für Magento-2-/Adobe-Commerce-Integrationen: Endpunkte, Anfragen, Zuordnungen und Synchronisationsjobs, mit Geheimnissen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>Bibliotheken und ihre Lizenzen:</translation>
    </message>
</context>
<context>
    <name>studio::ui::BodyEditor</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <source>{&quot;product&quot;: {&quot;sku&quot;: &quot;...&quot;}}</source>
        <translation>{&quot;product&quot;: {&quot;sku&quot;: &quot;...&quot;}}</translation>
    </message>
    <message>
        <source>Indent the JSON body with two spaces (Ctrl+Shift+F)</source>
        <translation>JSON-Body mit zwei Leerzeichen einrücken (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Click to move the cursor to the problem</source>
        <translation>Klicken, um den Cursor an die Fehlerstelle zu setzen</translation>
    </message>
</context>
<context>
    <name>studio::ui::BodyView</name>
    <message>
        <source>Format anyway</source>
        <translation>Trotzdem formatieren</translation>
    </message>
    <message>
        <source>Show in Raw</source>
        <translation>Als Rohtext zeigen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop formatting and show the raw text</source>
        <translation>Formatieren anhalten und den Rohtext zeigen</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Alles einklappen</translation>
    </message>
    <message>
        <source>Fold every object and array below the top level (Ctrl+Shift+[ folds at the cursor)</source>
        <translation>Jedes Objekt und Array unterhalb der obersten Ebene einklappen (Strg+Umschalt+[ klappt an der Schreibmarke ein)</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Alles ausklappen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in the body (Ctrl+F)</source>
        <translation>Im Body suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Formatting was stopped.</source>
        <translation>Das Formatieren wurde angehalten.</translation>
    </message>
    <message>
        <source>Formatting was stopped; showing the raw text.</source>
        <translation>Das Formatieren wurde angehalten; der Rohtext wird gezeigt.</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copied the key</source>
        <translation>Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Kopiere %1…</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 (the copy limit)</source>
        <translation>Die ersten %1 von %2 kopiert (die Kopiergrenze)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Der Body ist leer.</translation>
    </message>
    <message>
        <source> and the tree</source>
        <translation> und den Baum</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Rendered as text</source>
        <translation>Als Text dargestellt</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formatiere…</translation>
    </message>
    <message>
        <source>The body is too large to format: %1</source>
        <translation>Der Body ist zu groß zum Formatieren: %1</translation>
    </message>
    <message>
        <source>Not valid JSON — %1. The pretty view shows the text up to the error.</source>
        <translation>Kein gültiges JSON — %1. Die formatierte Ansicht zeigt den Text bis zum Fehler.</translation>
    </message>
    <message>
        <source>The tree needs valid JSON.
%1</source>
        <translation>Der Baum braucht gültiges JSON.
%1</translation>
    </message>
    <message>
        <source>Not well-formed XML — line %1, column %2: %3. The pretty view shows the text up to the error.</source>
        <translation>Kein wohlgeformtes XML — Zeile %1, Spalte %2: %3. Die formatierte Ansicht zeigt den Text bis zum Fehler.</translation>
    </message>
    <message>
        <source>Indexing lines…</source>
        <translation>Indiziere Zeilen…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Stelle dar…</translation>
    </message>
    <message>
        <source>The page has no visible text.</source>
        <translation>Die Seite hat keinen sichtbaren Text.</translation>
    </message>
    <message>
        <source>Checking the JSON…</source>
        <translation>Prüfe das JSON…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Liste auf…</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizieren</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>(the first %1 can be visited)</source>
        <translation>(die ersten %1 sind ansteuerbar)</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Pfad kopiert</translation>
    </message>
    <message>
        <source>Copied the value</source>
        <translation>Wert kopiert</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiere…</translation>
    </message>
    <message>
        <source>Copied the value (%1)</source>
        <translation>Wert kopiert (%1)</translation>
    </message>
    <message>
        <source>This %1 body is %2, more than the %3 limit for the pretty view%4 (View &gt; Pretty view size limit). It is shown as raw text, which stays fast at any size.</source>
        <translation>Dieser %1-Body ist %2 groß, mehr als die Grenze von %3 für die formatierte Ansicht%4 (Ansicht &gt; Größengrenze der formatierten Ansicht). Er wird als Rohtext gezeigt, der bei jeder Größe schnell bleibt.</translation>
    </message>
</context>
<context>
    <name>studio::ui::BulkPanel</name>
    <message>
        <source>Stop following</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop asking Magento for the bulk&apos;s status (the operations keep running in Magento)</source>
        <translation>Magento nicht mehr nach dem Status des Bulks fragen (die Operationen laufen in Magento weiter)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Send an array of request bodies in async bulk mode to follow a bulk here.</source>
        <translation>Senden Sie im Modus „Async Bulk“ ein Array von Request-Bodies, um den Bulk hier zu verfolgen.</translation>
    </message>
    <message>
        <source>Bulk %1</source>
        <translation>Bulk %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message numerus="yes">
        <source>Magento accepted none of the %n item(s).</source>
        <translation>
            <numerusform>Magento hat den %n Eintrag nicht angenommen.</numerusform>
            <numerusform>Magento hat keinen der %n Einträge angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Magento queued %1 of %n item(s); following the bulk…</source>
        <translation>
            <numerusform>Magento hat %1 von %n Eintrag eingereiht; der Bulk wird verfolgt…</numerusform>
            <numerusform>Magento hat %1 von %n Einträgen eingereiht; der Bulk wird verfolgt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — finished: %2.</source>
        <translation>%1 — beendet: %2.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ConsoleInterop</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1 holds no requests to import.</source>
        <translation>%1 enthält keine Anfragen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n request(s) from %1?</source>
        <translation>
            <numerusform>%n Anfrage aus %1 importieren?</numerusform>
            <numerusform>%n Anfragen aus %1 importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>New endpoints: %1.</source>
        <translation>Neue Endpunkte: %1.</translation>
    </message>
    <message>
        <source>The authentication of these existing endpoints is replaced by the imported one: %1.</source>
        <translation>Die Authentifizierung dieser vorhandenen Endpunkte wird durch die importierte ersetzt: %1.</translation>
    </message>
    <message>
        <source>Variables go to the environment &quot;%1&quot;.</source>
        <translation>Variablen kommen in die Umgebung „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) go to %1, never into the workspace files.</source>
        <translation>
            <numerusform>%n Geheimnis kommt in %1, nie in die Dateien des Arbeitsbereichs.</numerusform>
            <numerusform>%n Geheimnisse kommen in %1, nie in die Dateien des Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message>
        <source>the secret store</source>
        <translation>den Geheimnisspeicher</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation>Anfragen importieren</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was imported: the import carries secrets, and no secret store (keychain or vault) is available to keep them.</source>
        <translation>Nichts wurde importiert: Der Import enthält Geheimnisse, und kein Geheimnisspeicher (Schlüsselbund oder Tresor) steht bereit, um sie aufzubewahren.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: the secrets could not be stored: %1</source>
        <translation>Nichts wurde importiert: Die Geheimnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s) into &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Anfrage nach „%1“ importiert.</numerusform>
            <numerusform>%n Anfragen nach „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; is now active.</source>
        <translation>Die Umgebung „%1“ ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>Its variables are in the environment &quot;%1&quot;; switch to it to use them.</source>
        <translation>Ihre Variablen stehen in der Umgebung „%1“; wechseln Sie zu ihr, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; no longer exists.</source>
        <translation>Den Endpunkt „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation>Die Anfrage wurde als cURL-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command; set %1 in the shell before running it.</source>
        <translation>Die Anfrage wurde als cURL-Befehl kopiert; setzen Sie %1 in der Shell, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; holds no requests to export.</source>
        <translation>Der Ordner „%1“ enthält keine Anfragen zum Exportieren.</translation>
    </message>
    <message>
        <source>Not exported: a request uses the endpoint &quot;%1&quot;, which no longer exists.</source>
        <translation>Nicht exportiert: Eine Anfrage verwendet den Endpunkt „%1“, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>Export as Postman collection</source>
        <translation>Als Postman-Collection exportieren</translation>
    </message>
    <message>
        <source>Postman collection (*.json)</source>
        <translation>Postman-Collection (*.json)</translation>
    </message>
    <message>
        <source>No Postman format.</source>
        <translation>Kein Postman-Format.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1. Supply the secrets when running it, e.g. newman run … --env-var %2=…</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert. Geben Sie die Geheimnisse beim Ausführen an, z. B. newman run … --env-var %2=…</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert. Geben Sie die Geheimnisse beim Ausführen an, z. B. newman run … --env-var %2=…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::ConsoleView</name>
    <message>
        <source>Bulk follow ended.</source>
        <translation>Verfolgung des Bulks beendet.</translation>
    </message>
    <message>
        <source>The environment whose variables fill {{placeholders}}; the same as the toolbar&apos;s</source>
        <translation>Die Umgebung, deren Variablen {{Platzhalter}} füllen; dieselbe wie in der Werkzeugleiste</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>Async bulk</source>
        <translation>Async Bulk</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>REST: one request. Async bulk (Magento): an array of bodies queued as one bulk, followed to completion. GraphQL: a query to the GraphQL endpoint.</source>
        <translation>REST: eine Anfrage. Async Bulk (Magento): ein Array von Bodies, als ein Bulk eingereiht und bis zum Ende verfolgt. GraphQL: eine Abfrage an den GraphQL-Endpunkt.</translation>
    </message>
    <message>
        <source>St&amp;ore:</source>
        <translation>St&amp;ore:</translation>
    </message>
    <message>
        <source>/V1/products?searchCriteria[pageSize]=10 — or paste a cURL command</source>
        <translation>/V1/products?searchCriteria[pageSize]=10 — oder einen cURL-Befehl einfügen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running request or bulk follow (Esc)</source>
        <translation>Laufende Anfrage oder Bulk-Verfolgung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Save, import and export</source>
        <translation>Speichern, importieren und exportieren</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>B&amp;ulk</source>
        <translation>B&amp;ulk</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Paste cURL command</source>
        <translation>cURL-Befehl &amp;einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>&amp;Copy as cURL</source>
        <translation>Als cURL &amp;kopieren</translation>
    </message>
    <message>
        <source>Import Postman collection…</source>
        <translation>Postman-Collection importieren…</translation>
    </message>
    <message>
        <source>Import requests from OpenAPI / Swagger…</source>
        <translation>Anfragen aus OpenAPI / Swagger importieren…</translation>
    </message>
    <message>
        <source>Import from OpenAPI</source>
        <translation>Aus OpenAPI importieren</translation>
    </message>
    <message>
        <source>Send the imported requests through the endpoint &quot;%1&quot;? (No: propose a new endpoint from the file&apos;s servers.)</source>
        <translation>Die importierten Anfragen über den Endpunkt „%1“ senden? (Nein: einen neuen Endpunkt aus den Servern der Datei vorschlagen.)</translation>
    </message>
    <message>
        <source>Import requests from a HAR archive…</source>
        <translation>Anfragen aus einem HAR-Archiv importieren…</translation>
    </message>
    <message>
        <source>Export folder as Postman collection…</source>
        <translation>Ordner als Postman-Collection exportieren…</translation>
    </message>
    <message>
        <source>Attach OpenAPI description to the endpoint…</source>
        <translation>OpenAPI-Beschreibung an den Endpunkt anhängen…</translation>
    </message>
    <message>
        <source>OpenAPI / Swagger file for %1</source>
        <translation>OpenAPI-/Swagger-Datei für %1</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The API description is attached; paths complete from it.</source>
        <translation>Die API-Beschreibung ist angehängt; Pfade werden daraus vervollständigt.</translation>
    </message>
    <message>
        <source>(none: absolute URL, no auth)</source>
        <translation>(keiner: absolute URL, ohne Authentifizierung)</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(keine Umgebung)</translation>
    </message>
    <message>
        <source>endpoint&apos;s (%1)</source>
        <translation>vom Endpunkt (%1)</translation>
    </message>
    <message>
        <source>The store scope of /rest/{store}/V1. Empty: the endpoint&apos;s store code. &quot;all&quot;: global scope, the right choice for catalog writes. A store view code: that store view only.</source>
        <translation>Der Store-Bereich von /rest/{store}/V1. Leer: der Store-Code des Endpunkts. „all“: globaler Bereich, die richtige Wahl für Schreibzugriffe auf den Katalog. Ein Store-View-Code: nur diese Store-View.</translation>
    </message>
    <message>
        <source>/V1/products/{sku} — the route template; the body is an array of bodies</source>
        <translation>/V1/products/{sku} — die Routenvorlage; der Body ist ein Array von Bodies</translation>
    </message>
    <message>
        <source>No endpoint: the request goes to the absolute URL in the path field, without authentication.</source>
        <translation>Kein Endpunkt: Die Anfrage geht an die absolute URL im Pfadfeld, ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Die Einstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Requests to %1 cannot be sent as configured: %2</source>
        <translation>Anfragen an %1 können so nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Requests to %1 are %2.</source>
        <translation>Anfragen an %1 werden %2.</translation>
    </message>
    <message>
        <source>sent without authentication</source>
        <translation>ohne Authentifizierung gesendet</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <source>Store code: %1</source>
        <translation>Store-Code: %1</translation>
    </message>
    <message>
        <source>The credentials come from the endpoint&apos;s settings and the secret store; edit them in Endpoints.</source>
        <translation>Die Zugangsdaten kommen aus den Einstellungen des Endpunkts und dem Geheimnisspeicher; bearbeiten Sie sie unter Endpunkte.</translation>
    </message>
    <message>
        <source>Unsaved request</source>
        <translation>Ungespeicherte Anfrage</translation>
    </message>
    <message>
        <source>Changed since it was saved (Ctrl+S saves)</source>
        <translation>Seit dem Speichern geändert (Strg+S speichert)</translation>
    </message>
    <message>
        <source>The request is in the console: edit it and send it with Ctrl+Enter.</source>
        <translation>Die Anfrage ist in der Konsole: Bearbeiten Sie sie und senden Sie sie mit Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The request in the console has unsaved changes. Open &quot;%1&quot; and discard them?</source>
        <translation>Die Anfrage in der Konsole hat ungespeicherte Änderungen. „%1“ öffnen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Name (use &quot;Folder/Name&quot; to save it in a folder):</source>
        <translation>Name („Ordner/Name“ speichert in einem Ordner):</translation>
    </message>
    <message>
        <source>Name (in the folder &quot;%1&quot;; &quot;Folder/Name&quot; saves elsewhere):</source>
        <translation>Name (im Ordner „%1“; „Ordner/Name“ speichert woanders):</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not a usable cURL command: %1</source>
        <translation>Kein verwendbarer cURL-Befehl: %1</translation>
    </message>
    <message>
        <source>The cURL command holds no request.</source>
        <translation>Der cURL-Befehl enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>Credentials in the command were not kept in the request: the endpoint&apos;s own authentication is used (set credentials in Endpoints).</source>
        <translation>Zugangsdaten im Befehl wurden nicht in die Anfrage übernommen: Es gilt die Authentifizierung des Endpunkts (Zugangsdaten unter Endpunkte setzen).</translation>
    </message>
    <message>
        <source>cURL command read into the console.</source>
        <translation>cURL-Befehl in die Konsole übernommen.</translation>
    </message>
    <message>
        <source>cURL command read into the console. %1</source>
        <translation>cURL-Befehl in die Konsole übernommen. %1</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; no longer exists.</source>
        <translation>Den Endpunkt „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Enter the URL to send the request to.</source>
        <translation>Geben Sie die URL ein, an die die Anfrage gehen soll.</translation>
    </message>
    <message>
        <source>Enter the path of the request, e.g. /V1/products.</source>
        <translation>Geben Sie den Pfad der Anfrage ein, z. B. /V1/products.</translation>
    </message>
    <message>
        <source>Async bulk mode needs a Magento endpoint.</source>
        <translation>Der Modus „Async Bulk“ braucht einen Magento-Endpunkt.</translation>
    </message>
    <message>
        <source>The bulk body is not valid JSON: %1</source>
        <translation>Der Bulk-Body ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>In async bulk mode the body must be a JSON array with one request body (an object) per operation, e.g. [{&quot;product&quot;: {...}}, {&quot;product&quot;: {...}}].</source>
        <translation>Im Modus „Async Bulk“ muss der Body ein JSON-Array mit einem Request-Body (einem Objekt) pro Operation sein, z. B. [{&quot;product&quot;: {...}}, {&quot;product&quot;: {...}}].</translation>
    </message>
    <message>
        <source>No HTTP engine is available.</source>
        <translation>Keine HTTP-Engine verfügbar.</translation>
    </message>
    <message>
        <source>Sending the GraphQL query…</source>
        <translation>Die GraphQL-Abfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Receiving… %1</source>
        <translation>Empfang… %1</translation>
    </message>
    <message>
        <source>Waiting for a free connection…</source>
        <translation>Warten auf eine freie Verbindung…</translation>
    </message>
    <message>
        <source>Waiting for the endpoint&apos;s rate limit…</source>
        <translation>Warten auf das Ratenlimit des Endpunkts…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Waiting to retry…</source>
        <translation>Warten auf den nächsten Versuch…</translation>
    </message>
    <message>
        <source>Attempt %1 in %2 ms: %3</source>
        <translation>Versuch %1 in %2 ms: %3</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>%1 %2 answered %3 in %4 ms.</source>
        <translation>%1 %2 antwortete %3 in %4 ms.</translation>
    </message>
    <message>
        <source>The answer is not Magento&apos;s bulk answer (no JSON object).</source>
        <translation>Die Antwort ist nicht Magentos Bulk-Antwort (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>Bulk %1 accepted; following it…</source>
        <translation>Bulk %1 angenommen; er wird verfolgt…</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The endpoint of the bulk is no longer available.</source>
        <translation>Der Endpunkt des Bulks ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The bulk status is not a JSON object.</source>
        <translation>Der Bulk-Status ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The saved request &quot;%1&quot; has unsaved changes. Replace it in the console and discard them?</source>
        <translation>Die gespeicherte Anfrage „%1“ hat ungespeicherte Änderungen. Sie in der Konsole ersetzen und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>studio::ui::DemoController</name>
    <message>
        <source>This build has no demo services: the demo endpoints will not answer.</source>
        <translation>Dieser Build hat keine Demo-Dienste: Die Demo-Endpunkte werden nicht antworten.</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Die Demo-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1 The demo endpoints will not answer.</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1 Die Demo-Endpunkte werden nicht antworten.</translation>
    </message>
    <message>
        <source>The demo credentials could not be stored: %1</source>
        <translation>Die Demo-Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Its demo credentials are stored for the demo endpoints.</source>
        <translation>Ihre Demo-Zugangsdaten sind für die Demo-Endpunkte gespeichert.</translation>
    </message>
</context>
<context>
    <name>studio::ui::EndpointEditor</name>
    <message>
        <source>New %1 endpoint</source>
        <translation>Neuer Endpunkt: %1</translation>
    </message>
    <message>
        <source>Edit endpoint “%1”</source>
        <translation>Endpunkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Magento staging</source>
        <translation>z. B. Magento Staging</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Anything a colleague should know about this system.</source>
        <translation>Alles, was Kollegen über dieses System wissen sollten.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection tests are not available in this build.</source>
        <translation>Verbindungstests sind in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>https://api.example.com/graphql</source>
        <translation>https://api.example.com/graphql</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <source>May contain {{variables}} of the active environment, e.g. {{baseUrl}}.</source>
        <translation>Darf {{Variablen}} der aktiven Umgebung enthalten, z. B. {{baseUrl}}.</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Store view code used in /rest/&lt;code&gt;/V1/…: &quot;default&quot;, &quot;all&quot; or a store view code.</source>
        <translation>Store-View-Code in /rest/&lt;code&gt;/V1/…: &quot;default&quot;, &quot;all&quot; oder ein Store-View-Code.</translation>
    </message>
    <message>
        <source>&amp;Store code:</source>
        <translation>&amp;Store-Code:</translation>
    </message>
    <message>
        <source>%1 (driver not installed)</source>
        <translation>%1 (Treiber nicht installiert)</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed on this computer.</source>
        <translation>Der Qt-SQL-Treiber %1 ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Driver default</source>
        <translation>Treiberstandard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>e.g. connect_timeout=5</source>
        <translation>z. B. connect_timeout=5</translation>
    </message>
    <message>
        <source>Driver connection options, separated by semicolons.</source>
        <translation>Verbindungsoptionen des Treibers, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File &amp;pattern:</source>
        <translation>Datei&amp;muster:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Trenn&amp;zeichen:</translation>
    </message>
    <message>
        <source>One character; \t for tab.</source>
        <translation>Ein Zeichen; \t für Tabulator.</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>First line holds the column names</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>HTTP header</source>
        <translation>HTTP-Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Secrets are stored in the keychain (or the encrypted vault), never in the workspace files.</source>
        <translation>Geheimnisse werden im Schlüsselbund (oder im verschlüsselten Tresor) gespeichert, nie in den Dateien des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>A&amp;uthentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates</source>
        <translation>PEM-Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>&amp;Fixierter SHA-256:</translation>
    </message>
    <message>
        <source>AB:CD:…</source>
        <translation>AB:CD:…</translation>
    </message>
    <message>
        <source>Fingerprint of the server certificate. A pinned certificate is accepted even if self-signed.</source>
        <translation>Fingerabdruck des Serverzertifikats. Ein fixiertes Zertifikat wird auch selbstsigniert akzeptiert.</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Same as rate</source>
        <translation>Wie die Rate</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Burst:</translation>
    </message>
    <message>
        <source>&amp;Max concurrent requests:</source>
        <translation>&amp;Max. gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Li&amp;mits</source>
        <translation>Li&amp;mits</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep</source>
        <translation>Gespeichert — leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Path of the SQLite file</source>
        <translation>Pfad der SQLite-Datei</translation>
    </message>
    <message>
        <source>DSN or ODBC connection string</source>
        <translation>DSN oder ODBC-Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Not defined in environment “%1”: %2</source>
        <translation>In der Umgebung „%1“ nicht definiert: %2</translation>
    </message>
    <message>
        <source>No environment is active to resolve %1.</source>
        <translation>Keine Umgebung ist aktiv, um %1 aufzulösen.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed here; the endpoint can be saved, but not used on this computer.</source>
        <translation>Der Qt-SQL-Treiber %1 ist hier nicht installiert; der Endpunkt kann gespeichert, aber auf diesem Computer nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check the highlighted variables.</source>
        <translation>Prüfen Sie die markierten Variablen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the secrets: no keychain is reachable and no encrypted vault is unlocked. Choose where to keep secrets in the main window first.</source>
        <translation>Die Geheimnisse können nicht gespeichert werden: Kein Schlüsselbund ist erreichbar und kein verschlüsselter Tresor entsperrt. Wählen Sie zuerst im Hauptfenster, wo Geheimnisse aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving secrets to %1…</source>
        <translation>Geheimnisse werden in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1</source>
        <translation>Die Geheimnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The endpoint could not be saved: %1</source>
        <translation>Der Endpunkt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>In “%1”: %2</source>
        <translation>In „%1“: %2</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy (direct connection)</source>
        <translation>Kein Proxy (direkte Verbindung)</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <source>How requests reach this system: the operating system&apos;s proxy settings (https_proxy and no_proxy on Linux), no proxy at all, or a given proxy server.</source>
        <translation>Wie Anfragen dieses System erreichen: über die Proxy-Einstellungen des Betriebssystems (https_proxy und no_proxy unter Linux), ganz ohne Proxy oder über einen bestimmten Proxy-Server.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128 or socks5://…</source>
        <translation>http://proxy.example.com:3128 oder socks5://…</translation>
    </message>
    <message>
        <source>http://host:port or socks5://host:port; a user name goes before the host (http://user@host:port). May contain {{variables}}.</source>
        <translation>http://host:port oder socks5://host:port; ein Benutzername steht vor dem Host (http://benutzer@host:port). Darf {{Variablen}} enthalten.</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the proxy server, e.g. http://proxy.example.com:3128, or choose another proxy setting.</source>
        <translation>Geben Sie den Proxy-Server ein, z. B. http://proxy.example.com:3128, oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
</context>
<context>
    <name>studio::ui::EndpointListModel</name>
    <message>
        <source>%1 — file endpoints/%2.json</source>
        <translation>%1 — Datei endpoints/%2.json</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1 in environment “%2”</source>
        <translation>%1 in der Umgebung „%2“</translation>
    </message>
</context>
<context>
    <name>studio::ui::EndpointsView</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>The systems this workspace talks to. Secrets stay in the keychain; the files under endpoints/ hold only references.</source>
        <translation>Die Systeme, mit denen dieser Arbeitsbereich spricht. Geheimnisse bleiben im Schlüsselbund; die Dateien unter endpoints/ enthalten nur Verweise.</translation>
    </message>
    <message>
        <source>&amp;Add endpoint</source>
        <translation>Endpunkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an endpoint (Insert)</source>
        <translation>Einen Endpunkt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · authentication: %3%4&lt;br&gt;File: endpoints/%5.json</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Authentifizierung: %3%4&lt;br&gt;Datei: endpoints/%5.json</translation>
    </message>
    <message>
        <source> (secrets in %1)</source>
        <translation> (Geheimnisse in %1)</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>No workspace is open. Use File › New workspace… or File › Open workspace….</source>
        <translation>Kein Arbeitsbereich ist geöffnet. Verwenden Sie Datei › Neuer Arbeitsbereich… oder Datei › Arbeitsbereich öffnen….</translation>
    </message>
    <message>
        <source>This workspace has no endpoints yet. Add one with “Add endpoint” (Insert).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Endpunkte. Fügen Sie einen mit „Endpunkt hinzufügen“ (Einfg) hinzu.</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Endpunkt gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot duplicate “%1”: its secrets cannot be copied while no keychain or vault is available.</source>
        <translation>„%1“ kann nicht dupliziert werden: Seine Geheimnisse können nicht kopiert werden, solange kein Schlüsselbund oder Tresor verfügbar ist.</translation>
    </message>
    <message>
        <source>Cannot duplicate “%1”: %2</source>
        <translation>„%1“ kann nicht dupliziert werden: %2</translation>
    </message>
    <message>
        <source>Endpoint duplicated.</source>
        <translation>Endpunkt dupliziert.</translation>
    </message>
    <message>
        <source>Rename endpoint</source>
        <translation>Endpunkt umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>An endpoint name cannot be empty.</source>
        <translation>Der Name eines Endpunkts darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Endpoint renamed.</source>
        <translation>Endpunkt umbenannt.</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1”? Its file endpoints/%2.json is removed.</source>
        <translation>Den Endpunkt „%1“ löschen? Seine Datei endpoints/%2.json wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the endpoint “%1”? Its file endpoints/%2.json and its %n stored secret(s) are removed.</source>
        <translation>
            <numerusform>Den Endpunkt „%1“ löschen? Seine Datei endpoints/%2.json und sein gespeichertes Geheimnis werden entfernt.</numerusform>
            <numerusform>Den Endpunkt „%1“ löschen? Seine Datei endpoints/%2.json und seine %n gespeicherten Geheimnisse werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Endpunkt gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but its secrets could not be removed: no keychain or vault is available.</source>
        <translation>„%1“ wurde gelöscht, aber seine Geheimnisse konnten nicht entfernt werden: Kein Schlüsselbund oder Tresor ist verfügbar.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but some of its secrets could not be removed from the keychain: %2</source>
        <translation>„%1“ wurde gelöscht, aber einige seiner Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>studio::ui::EnvironmentListModel</name>
    <message>
        <source>%1 (active environment)</source>
        <translation>%1 (aktive Umgebung)</translation>
    </message>
</context>
<context>
    <name>studio::ui::EnvironmentsView</name>
    <message>
        <source>Variables per target system (staging, production, …). Write {{name}} in any endpoint field; the environment chosen in the toolbar fills it in.</source>
        <translation>Variablen je Zielsystem (Staging, Produktion, …). Schreiben Sie {{name}} in ein beliebiges Endpunktfeld; die in der Werkzeugleiste gewählte Umgebung setzt den Wert ein.</translation>
    </message>
    <message>
        <source>Add environment…</source>
        <translation>Umgebung hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Add &amp;variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Unsaved variables</source>
        <translation>Ungespeicherte Variablen</translation>
    </message>
    <message>
        <source>The variables of “%1” have unsaved changes. Discard them?</source>
        <translation>Die Variablen von „%1“ haben ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>This workspace has no environments yet. Add one (e.g. “staging”) to define variables such as {{baseUrl}}.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Umgebungen. Fügen Sie eine hinzu (z. B. „staging“), um Variablen wie {{baseUrl}} zu definieren.</translation>
    </message>
    <message>
        <source>Variables of “%1”</source>
        <translation>Variablen von „%1“</translation>
    </message>
    <message>
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new environment (e.g. staging, production):</source>
        <translation>Name der neuen Umgebung (z. B. staging, production):</translation>
    </message>
    <message>
        <source>“%1” cannot be an environment name: use letters, digits, spaces, _ . and - (at most 64 characters), starting with a letter or digit.</source>
        <translation>„%1“ kann kein Umgebungsname sein: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, _ . und - (höchstens 64 Zeichen), beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>An environment named “%1” already exists.</source>
        <translation>Eine Umgebung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Environment added.</source>
        <translation>Umgebung hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Environment renamed.</source>
        <translation>Umgebung umbenannt.</translation>
    </message>
    <message>
        <source>Delete environment</source>
        <translation>Umgebung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the environment “%1” with its %n variable(s)? Its secret values are removed from the keychain too.</source>
        <translation>
            <numerusform>Die Umgebung „%1“ mit ihrer %n Variable löschen? Ihre geheimen Werte werden auch aus dem Schlüsselbund entfernt.</numerusform>
            <numerusform>Die Umgebung „%1“ mit ihren %n Variablen löschen? Ihre geheimen Werte werden auch aus dem Schlüsselbund entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment deleted.</source>
        <translation>Umgebung gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but some of its secrets could not be removed: %2</source>
        <translation>„%1“ wurde gelöscht, aber einige ihrer Geheimnisse konnten nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Secret variables cannot be saved while no keychain is reachable and no vault is unlocked.</source>
        <translation>Geheime Variablen können nicht gespeichert werden, solange kein Schlüsselbund erreichbar und kein Tresor entsperrt ist.</translation>
    </message>
    <message>
        <source>The secret values could not be stored: %1</source>
        <translation>Die geheimen Werte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Variables saved.</source>
        <translation>Variablen gespeichert.</translation>
    </message>
</context>
<context>
    <name>studio::ui::FieldsSelector</name>
    <message>
        <source>items[sku,name,price],total_count</source>
        <translation>items[sku,name,price],total_count</translation>
    </message>
    <message>
        <source>Magento&apos;s fields= parameter: names separated by commas, fields inside a field in brackets. Leave empty for the whole response.</source>
        <translation>Magentos Parameter fields=: Namen durch Kommas getrennt, Felder innerhalb eines Felds in eckigen Klammern. Leer lassen für die ganze Antwort.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Select nothing: the whole response comes back</source>
        <translation>Nichts auswählen: Die ganze Antwort kommt zurück</translation>
    </message>
    <message>
        <source>Seen in the last response; the schema does not describe it.</source>
        <translation>In der letzten Antwort gesehen; das Schema beschreibt es nicht.</translation>
    </message>
    <message>
        <source>Refers back to a type above it; select it whole or type the fields inside.</source>
        <translation>Verweist auf einen Typ weiter oben; ganz auswählen oder die Felder darin eintippen.</translation>
    </message>
    <message>
        <source>Not in the schema or the last response; Magento leaves out names it does not know.</source>
        <translation>Weder im Schema noch in der letzten Antwort; Magento lässt unbekannte Namen weg.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The query&apos;s fields= cannot be used: %1 Magento would answer with an empty result.</source>
        <translation>Das fields= der Abfrage ist nicht verwendbar: %1 Magento würde mit einem leeren Ergebnis antworten.</translation>
    </message>
    <message>
        <source>Fields of %1.</source>
        <translation>Felder von %1.</translation>
    </message>
    <message>
        <source>Fields of %1, and (in italics) others seen in the last response.</source>
        <translation>Felder von %1 und (kursiv) weitere aus der letzten Antwort.</translation>
    </message>
    <message>
        <source>Fields seen in the last response (the schema does not describe this route).</source>
        <translation>Felder aus der letzten Antwort (das Schema beschreibt diese Route nicht).</translation>
    </message>
    <message>
        <source>No fields known yet: send the request once, or type the selection.</source>
        <translation>Noch keine Felder bekannt: die Anfrage einmal senden oder die Auswahl eintippen.</translation>
    </message>
    <message>
        <source>f&amp;ields=</source>
        <translation>f&amp;ields=</translation>
    </message>
</context>
<context>
    <name>studio::ui::GraphQLEditor</name>
    <message>
        <source>Variables as a JSON object: {&quot;sku&quot;: &quot;MS-0001&quot;}</source>
        <translation>Variablen als JSON-Objekt: {&quot;sku&quot;: &quot;MS-0001&quot;}</translation>
    </message>
    <message>
        <source>The document defines several operations: the one to run</source>
        <translation>Das Dokument definiert mehrere Operationen: die auszuführende</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>Variables must be a JSON object ({&quot;name&quot;: value}), not a list or a single value.</source>
        <translation>Variablen müssen ein JSON-Objekt sein ({&quot;name&quot;: wert}), keine Liste und kein einzelner Wert.</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Query: line %1, column %2: with several operations in one document, each needs a name (query Name { ... }).</source>
        <translation>Abfrage: Zeile %1, Spalte %2: Bei mehreren Operationen in einem Dokument braucht jede einen Namen (query Name { ... }).</translation>
    </message>
    <message>
        <source>Ope&amp;ration:</source>
        <translation>Ope&amp;ration:</translation>
    </message>
    <message>
        <source>Variab&amp;les</source>
        <translation>Variab&amp;len</translation>
    </message>
</context>
<context>
    <name>studio::ui::GraphQLPanel</name>
    <message>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspektion</translation>
    </message>
    <message>
        <source>Load sc&amp;hema…</source>
        <translation>Sc&amp;hema laden…</translation>
    </message>
    <message>
        <source>Ask the endpoint for its schema (an introspection query through the engine), for completion and the explorer</source>
        <translation>Den Endpunkt nach seinem Schema fragen (eine Introspektionsabfrage über die Engine), für Vervollständigung und Explorer</translation>
    </message>
    <message>
        <source>Use a saved introspection result (the JSON answer to the introspection query), for servers that have introspection turned off</source>
        <translation>Ein gespeichertes Introspektionsergebnis verwenden (die JSON-Antwort auf die Introspektionsabfrage), für Server mit abgeschalteter Introspektion</translation>
    </message>
    <message>
        <source>Pick a Magento or GraphQL endpoint, then Introspect to get completion and the schema explorer.</source>
        <translation>Einen Magento- oder GraphQL-Endpunkt wählen, dann Introspektion für Vervollständigung und Schema-Explorer.</translation>
    </message>
    <message>
        <source>No schema for %1 yet: press Introspect.</source>
        <translation>Noch kein Schema für %1: Introspektion drücken.</translation>
    </message>
    <message>
        <source>Pick a Magento or GraphQL endpoint first.</source>
        <translation>Zuerst einen Magento- oder GraphQL-Endpunkt wählen.</translation>
    </message>
    <message>
        <source>Introspecting %1…</source>
        <translation>Introspektion von %1…</translation>
    </message>
    <message>
        <source>Completion and the explorer need the schema: ask for introspection on a development instance, or load a saved introspection result with Load schema….</source>
        <translation>Vervollständigung und Explorer brauchen das Schema: Introspektion auf einer Entwicklungsinstanz erbitten oder ein gespeichertes Introspektionsergebnis mit „Schema laden…“ verwenden.</translation>
    </message>
    <message>
        <source>Introspection failed: %1</source>
        <translation>Introspektion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>introspection of %1 at %2</source>
        <translation>Introspektion von %1 um %2</translation>
    </message>
    <message numerus="yes">
        <source>Schema from %1: %n type(s). Ctrl+Space completes names; double-click in the explorer inserts.</source>
        <translation>
            <numerusform>Schema aus %1: %n Typ. Strg+Leertaste vervollständigt Namen; Doppelklick im Explorer fügt ein.</numerusform>
            <numerusform>Schema aus %1: %n Typen. Strg+Leertaste vervollständigt Namen; Doppelklick im Explorer fügt ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a GraphQL introspection result</source>
        <translation>Ein GraphQL-Introspektionsergebnis laden</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 128 MB; that is not an introspection result.</source>
        <translation>%1 ist größer als 128 MB; das ist kein Introspektionsergebnis.</translation>
    </message>
</context>
<context>
    <name>studio::ui::GraphQLQueryEdit</name>
    <message>
        <source>{ products(search: &quot;bag&quot;) { items { sku name } } }   (Ctrl+Space completes names)</source>
        <translation>{ products(search: &quot;bag&quot;) { items { sku name } } }   (Strg+Leertaste vervollständigt Namen)</translation>
    </message>
    <message>
        <source>The name of the object&apos;s type</source>
        <translation>Der Name des Objekttyps</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Eintrag]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>studio::ui::KeyValueTable</name>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>studio::ui::LogBrowserView</name>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected request again as it was, through its endpoint (authentication applied afresh)</source>
        <translation>Die ausgewählte Anfrage unverändert erneut über ihren Endpunkt senden (Authentifizierung neu angewendet)</translation>
    </message>
    <message>
        <source>Open in console</source>
        <translation>In der Konsole öffnen</translation>
    </message>
    <message>
        <source>Edit the selected request in the console and send it from there</source>
        <translation>Die ausgewählte Anfrage in der Konsole bearbeiten und von dort senden</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a cURL command (credentials as shell variables)</source>
        <translation>Die ausgewählte Anfrage als cURL-Befehl kopieren (Zugangsdaten als Shell-Variablen)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected entries: status, headers and JSON bodies path by path</source>
        <translation>Die beiden ausgewählten Einträge vergleichen: Status, Header und JSON-Bodys Pfad für Pfad</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all matching ones) as an HTTP Archive</source>
        <translation>Die ausgewählten (oder alle passenden) Einträge als HTTP-Archiv speichern</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all matching ones) as JSON Lines, for ELK, Splunk or jq</source>
        <translation>Die ausgewählten (oder alle passenden) Einträge als JSON Lines speichern, für ELK, Splunk oder jq</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Prüfpfad verifizieren</translation>
    </message>
    <message>
        <source>Check the hash chain of the whole log: reports the first altered, missing or reordered entry</source>
        <translation>Die Hash-Kette des ganzen Protokolls prüfen: meldet den ersten veränderten, fehlenden oder umsortierten Eintrag</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the verification</source>
        <translation>Die Verifizierung anhalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for new entries now</source>
        <translation>Jetzt nach neuen Einträgen suchen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response.</source>
        <translation>Wählen Sie einen Eintrag, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>No request log</source>
        <translation>Kein Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The log cannot be shown</source>
        <translation>Das Protokoll kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Export all as HAR…</source>
        <translation>Alle als HAR exportieren…</translation>
    </message>
    <message>
        <source>Export selection as HAR…</source>
        <translation>Auswahl als HAR exportieren…</translation>
    </message>
    <message>
        <source>Export all as JSON Lines…</source>
        <translation>Alle als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Export selection as JSON Lines…</source>
        <translation>Auswahl als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>all matching entries</source>
        <translation>alle passenden Einträge</translation>
    </message>
    <message>
        <source>the selected entries</source>
        <translation>die ausgewählten Einträge</translation>
    </message>
    <message>
        <source>Save %1 as an HTTP Archive (HAR 1.2)</source>
        <translation>%1 als HTTP-Archiv (HAR 1.2) speichern</translation>
    </message>
    <message>
        <source>Save %1 as JSON Lines, for ELK, Splunk or jq</source>
        <translation>%1 als JSON Lines speichern, für ELK, Splunk oder jq</translation>
    </message>
    <message>
        <source>No request log is open.</source>
        <translation>Kein Anfrageprotokoll ist geöffnet.</translation>
    </message>
    <message>
        <source>Copied entry %1 as a cURL command. It still holds values the log redacted.</source>
        <translation>Eintrag %1 als cURL-Befehl kopiert. Er enthält noch Werte, die das Protokoll geschwärzt hat.</translation>
    </message>
    <message>
        <source>Copied entry %1 as a cURL command.</source>
        <translation>Eintrag %1 als cURL-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Send redacted values?</source>
        <translation>Geschwärzte Werte senden?</translation>
    </message>
    <message>
        <source>Entry %1 still holds values the log redacted: they would be sent as the text &quot;[redacted]&quot;, which the server will most likely refuse. Send it anyway? (To fill them in, open the entry in the console instead.)</source>
        <translation>Eintrag %1 enthält noch Werte, die das Protokoll geschwärzt hat: Sie würden als Text „[redacted]“ gesendet, was der Server höchstwahrscheinlich ablehnt. Trotzdem senden? (Um sie einzutragen, öffnen Sie den Eintrag stattdessen in der Konsole.)</translation>
    </message>
    <message>
        <source>Replay of entry %1 cancelled.</source>
        <translation>Erneutes Senden von Eintrag %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Replaying needs an open workspace: its secrets sign the request and its log records it.</source>
        <translation>Erneutes Senden braucht einen geöffneten Arbeitsbereich: Seine Geheimnisse signieren die Anfrage, sein Protokoll zeichnet sie auf.</translation>
    </message>
    <message>
        <source>The request log of this workspace is not open, so a replay would not be recorded: %1</source>
        <translation>Das Anfrageprotokoll dieses Arbeitsbereichs ist nicht geöffnet, eine erneut gesendete Anfrage würde also nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Replaying entry %1…</source>
        <translation>Eintrag %1 wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Entry %1 replayed: HTTP %2 in %3 ms.</source>
        <translation>Eintrag %1 erneut gesendet: HTTP %2 in %3 ms.</translation>
    </message>
    <message>
        <source>Replay of entry %1 failed: %2</source>
        <translation>Erneutes Senden von Eintrag %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Comparing entries %1 and %2…</source>
        <translation>Einträge %1 und %2 werden verglichen…</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Exporting %1 entries to %2…</source>
        <translation>%1 Einträge werden nach %2 exportiert…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Prüfpfad wird verifiziert…</translation>
    </message>
    <message>
        <source>Verifying the audit trail: %1 of %2 entries…</source>
        <translation>Prüfpfad wird verifiziert: %1 von %2 Einträgen…</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries verified.</source>
        <translation>Prüfpfad intakt: %1 Einträge verifiziert.</translation>
    </message>
    <message>
        <source>The chain starts after entry %1, where retention pruned older entries.</source>
        <translation>Die Kette beginnt nach Eintrag %1, wo die Aufbewahrungsregel ältere Einträge entfernt hat.</translation>
    </message>
    <message>
        <source>Entry %1 is not in the log.</source>
        <translation>Eintrag %1 ist nicht im Protokoll.</translation>
    </message>
    <message>
        <source>Matching entries: %1+ (counting…)</source>
        <translation>Passende Einträge: %1+ (wird gezählt…)</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Matching entries: %1</source>
        <translation>Passende Einträge: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln entry(s) as HAR</source>
        <translation>
            <numerusform>%Ln Eintrag als HAR exportieren</numerusform>
            <numerusform>%Ln Einträge als HAR exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln entry(s) as JSON Lines</source>
        <translation>
            <numerusform>%Ln Eintrag als JSON Lines exportieren</numerusform>
            <numerusform>%Ln Einträge als JSON Lines exportieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::LogCompareDialog</name>
    <message>
        <source>Compare entries %1 and %2</source>
        <translation>Einträge %1 und %2 vergleichen</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older&lt;/b&gt;</source>
        <translation>&lt;b&gt;Älter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Older (%1)</source>
        <translation>Älter (%1)</translation>
    </message>
    <message>
        <source>Newer (%1)</source>
        <translation>Neuer (%1)</translation>
    </message>
    <message>
        <source>Status and request line</source>
        <translation>Status und Anfragezeile</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Status and request line: %n difference(s)</source>
        <translation>
            <numerusform>Status und Anfragezeile: %n Unterschied</numerusform>
            <numerusform>Status und Anfragezeile: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s)</source>
        <translation>
            <numerusform>%1: %n Unterschied</numerusform>
            <numerusform>%1: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole document)</source>
        <translation>(ganzes Dokument)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (JSON): %n difference(s)</source>
        <translation>
            <numerusform>%1 (JSON): %n Unterschied</numerusform>
            <numerusform>%1 (JSON): %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first ones are listed)</source>
        <translation>(nur die ersten sind aufgeführt)</translation>
    </message>
    <message>
        <source>%1: identical</source>
        <translation>%1: identisch</translation>
    </message>
    <message>
        <source>%1: different</source>
        <translation>%1: verschieden</translation>
    </message>
</context>
<context>
    <name>studio::ui::LogComparison</name>
    <message>
        <source>The log cut at least one of these bodies at its size cap: only the kept part is compared.</source>
        <translation>Das Protokoll hat mindestens einen dieser Bodys an seiner Größengrenze abgeschnitten: Nur der behaltene Teil wird verglichen.</translation>
    </message>
    <message>
        <source>%1 and %2 bytes</source>
        <translation>%1 und %2 Bytes</translation>
    </message>
    <message>
        <source>Only the newer entry has a body (%1).</source>
        <translation>Nur der neuere Eintrag hat einen Body (%1).</translation>
    </message>
    <message>
        <source>Only the older entry has a body (%1).</source>
        <translation>Nur der ältere Eintrag hat einen Body (%1).</translation>
    </message>
    <message>
        <source>The bodies differ and are not both JSON, so they are compared as text: %1.</source>
        <translation>Die Bodys unterscheiden sich und sind nicht beide JSON, daher werden sie als Text verglichen: %1.</translation>
    </message>
</context>
<context>
    <name>studio::ui::LogDetailView</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an entry to see its request and response.</source>
        <translation>Wählen Sie einen Eintrag, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>#%1  %2 %3  →  %4 in %5 ms</source>
        <translation>#%1  %2 %3  →  %4 in %5 ms</translation>
    </message>
    <message>
        <source>The log kept only the first %1 of this %2 body.</source>
        <translation>Das Protokoll hat nur die ersten %1 dieses %2 großen Bodys behalten.</translation>
    </message>
    <message>
        <source>Values the log hid show as [redacted].</source>
        <translation>Werte, die das Protokoll verborgen hat, erscheinen als [redacted].</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>Die Anfrage hatte keinen Body.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP version</source>
        <translation>HTTP-Version</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Credential fingerprint</source>
        <translation>Fingerabdruck der Zugangsdaten</translation>
    </message>
    <message>
        <source>none (no credential)</source>
        <translation>keiner (keine Zugangsdaten)</translation>
    </message>
    <message>
        <source>%1 sent, first %2 kept</source>
        <translation>%1 gesendet, die ersten %2 behalten</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Audit hash</source>
        <translation>Prüf-Hash</translation>
    </message>
</context>
<context>
    <name>studio::ui::LogFilterBar</name>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Successful answers (200-299)</source>
        <translation>Erfolgreiche Antworten (200-299)</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>Redirects (300-399)</source>
        <translation>Weiterleitungen (300-399)</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>Client errors (400-499): validation, auth, not found</source>
        <translation>Client-Fehler (400-499): Validierung, Authentifizierung, nicht gefunden</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Server errors (500-599)</source>
        <translation>Serverfehler (500-599)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Transport failures: DNS, refused connections, TLS, timeouts</source>
        <translation>Übertragungsfehler: DNS, abgelehnte Verbindungen, TLS, Zeitüberschreitungen</translation>
    </message>
    <message>
        <source>Search URLs and bodies: words, &quot;exact phrases&quot;, prefix*</source>
        <translation>URLs und Bodys durchsuchen: Wörter, &quot;genaue Phrasen&quot;, Präfix*</translation>
    </message>
    <message>
        <source>Full-text search over URLs and request and response bodies. All words must occur; case and accents are ignored.</source>
        <translation>Volltextsuche über URLs sowie Anfrage- und Antwort-Bodys. Alle Wörter müssen vorkommen; Groß-/Kleinschreibung und Akzente werden ignoriert.</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>Jeder Endpunkt</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Jede Umgebung</translation>
    </message>
    <message>
        <source>Any run</source>
        <translation>Jeder Lauf</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Entries started at or after this time</source>
        <translation>Einträge, die zu oder nach dieser Zeit begonnen haben</translation>
    </message>
    <message>
        <source>Entries started before this time</source>
        <translation>Einträge, die vor dieser Zeit begonnen haben</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>studio::ui::LogTableModel</name>
    <message>
        <source>No request log is open.</source>
        <translation>Kein Anfrageprotokoll ist geöffnet.</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(nicht mehr im Protokoll)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Entry %1 was removed from the log (retention or tampering).</source>
        <translation>Eintrag %1 wurde aus dem Protokoll entfernt (Aufbewahrungsregel oder Manipulation).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Attempt %1 (retried)</source>
        <translation>Versuch %1 (wiederholt)</translation>
    </message>
    <message>
        <source>A body of this entry was cut at the log&apos;s size cap.</source>
        <translation>Ein Body dieses Eintrags wurde an der Größengrenze des Protokolls abgeschnitten.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>studio::ui::MagentoQueryPanel</name>
    <message>
        <source>search&amp;Criteria</source>
        <translation>search&amp;Criteria</translation>
    </message>
    <message>
        <source>fiel&amp;ds</source>
        <translation>fiel&amp;ds</translation>
    </message>
    <message>
        <source>Filter, sort and page a Magento list</source>
        <translation>Eine Magento-Liste filtern, sortieren und seitenweise abrufen</translation>
    </message>
    <message>
        <source>Ask Magento for only some fields of the response</source>
        <translation>Von Magento nur einige Felder der Antwort anfordern</translation>
    </message>
    <message>
        <source>The store&apos;s schema cannot be loaded: no HTTP engine (no workspace open).</source>
        <translation>Das Schema des Shops kann nicht geladen werden: keine HTTP-Engine (kein Arbeitsbereich geöffnet).</translation>
    </message>
    <message>
        <source>Loading the store&apos;s schema for the fields tree…</source>
        <translation>Das Schema des Shops wird für den Feldbaum geladen…</translation>
    </message>
    <message>
        <source>%1 %2 in the store&apos;s schema</source>
        <translation>%1 %2 im Schema des Shops</translation>
    </message>
</context>
<context>
    <name>studio::ui::MainWindow</name>
    <message>
        <source>Integration Studio</source>
        <translation>Integration Studio</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>The mapper will connect fields of a source (ERP, files, a database) to fields of a target (Magento), with value maps, expressions and a preview on real records.</source>
        <translation>Der Zuordnungseditor wird Felder einer Quelle (ERP, Dateien, Datenbank) mit Feldern eines Ziels (Magento) verbinden, mit Wertetabellen, Ausdrücken und einer Vorschau auf echten Datensätzen.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Sync jobs will run mappings between endpoints, in batches or as Magento async bulk operations, resume after an interruption and run on a schedule.</source>
        <translation>Synchronisationsjobs werden Zuordnungen zwischen Endpunkten ausführen, in Stapeln oder als asynchrone Magento-Bulk-Operationen, nach einer Unterbrechung fortsetzen und nach Zeitplan laufen.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Integration Studio</source>
        <translation>&amp;Über Integration Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>The environment whose variables fill {{placeholders}} (Ctrl+Shift+E)</source>
        <translation>Die Umgebung, deren Variablen die {{Platzhalter}} füllen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(keine Umgebung)</translation>
    </message>
    <message>
        <source>%1 — Integration Studio</source>
        <translation>%1 — Integration Studio</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Environment: none</source>
        <translation>Umgebung: keine</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this workspace could not be loaded and are left untouched; everything else is available. Fix the files and reopen the workspace.</source>
        <translation>
            <numerusform>%n Datei dieses Arbeitsbereichs konnte nicht geladen werden und bleibt unverändert; alles andere ist verfügbar. Korrigieren Sie die Datei und öffnen Sie den Arbeitsbereich erneut.</numerusform>
            <numerusform>%n Dateien dieses Arbeitsbereichs konnten nicht geladen werden und bleiben unverändert; alles andere ist verfügbar. Korrigieren Sie die Dateien und öffnen Sie den Arbeitsbereich erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace in %1 could not be opened: %2</source>
        <translation>Der Arbeitsbereich in %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Einen leeren Ordner für den neuen Arbeitsbereich wählen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name of the workspace:</source>
        <translation>Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Einen Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>The request log of this workspace could not be opened, so requests are not recorded: %1</source>
        <translation>Das Anfrageprotokoll dieses Arbeitsbereichs konnte nicht geöffnet werden, daher werden Anfragen nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>&amp;Pretty view size limit…</source>
        <translation>&amp;Größengrenze der formatierten Ansicht…</translation>
    </message>
    <message>
        <source>Response bodies larger than this are shown as raw text</source>
        <translation>Antwort-Bodys über dieser Größe werden als Rohtext gezeigt</translation>
    </message>
    <message>
        <source>Pretty view size limit</source>
        <translation>Größengrenze der formatierten Ansicht</translation>
    </message>
    <message>
        <source>Response bodies larger than this are shown as raw text, which stays fast at any size; &quot;Format anyway&quot; still formats one on request.

Limit in MB:</source>
        <translation>Antwort-Bodys über dieser Größe werden als Rohtext gezeigt, der bei jeder Größe schnell bleibt; „Trotzdem formatieren“ formatiert einen auf Wunsch.

Grenze in MB:</translation>
    </message>
    <message>
        <source>Bodies over %1 MB are shown as raw text from the next response on.</source>
        <translation>Bodys über %1 MB werden ab der nächsten Antwort als Rohtext gezeigt.</translation>
    </message>
</context>
<context>
    <name>studio::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>studio::ui::PassphraseDialog</name>
    <message>
        <source>Create encrypted vault</source>
        <translation>Verschlüsselten Tresor anlegen</translation>
    </message>
    <message>
        <source>Unlock encrypted vault</source>
        <translation>Verschlüsselten Tresor entsperren</translation>
    </message>
    <message>
        <source>Secrets of this workspace will be kept in an encrypted file (AES-256-GCM, key derived with scrypt) at:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Choose a passphrase. It cannot be recovered: without it the secrets are lost.</source>
        <translation>Die Geheimnisse dieses Arbeitsbereichs werden in einer verschlüsselten Datei (AES-256-GCM, Schlüssel mit scrypt abgeleitet) aufbewahrt:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Wählen Sie eine Passphrase. Sie kann nicht wiederhergestellt werden: Ohne sie sind die Geheimnisse verloren.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the encrypted vault&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Geben Sie die Passphrase des verschlüsselten Tresors ein&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>studio::ui::PathCompletion</name>
    <message>
        <source>No completion: attach the API&apos;s OpenAPI description to this endpoint (… menu).</source>
        <translation>Keine Vervollständigung: Hängen Sie die OpenAPI-Beschreibung der API an diesen Endpunkt an (Menü …).</translation>
    </message>
    <message>
        <source>The API description %1 could not be read: %2</source>
        <translation>Die API-Beschreibung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No HTTP engine is available (no workspace open).</source>
        <translation>Keine HTTP-Engine verfügbar (kein Arbeitsbereich geöffnet).</translation>
    </message>
    <message>
        <source>Loading the store&apos;s schema for path completion…</source>
        <translation>Das Schema des Shops wird für die Pfadvervollständigung geladen…</translation>
    </message>
    <message>
        <source>Reading the API description for path completion…</source>
        <translation>Die API-Beschreibung wird für die Pfadvervollständigung gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) available for completion.</source>
        <translation>
            <numerusform>%n Operation für die Vervollständigung verfügbar.</numerusform>
            <numerusform>%n Operationen für die Vervollständigung verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::PendingSecretStore</name>
    <message>
        <source>Unsaved values only</source>
        <translation>Nur ungespeicherte Werte</translation>
    </message>
</context>
<context>
    <name>studio::ui::PlaceholderView</name>
    <message>
        <source>This view is not built yet.</source>
        <translation>Diese Ansicht ist noch nicht gebaut.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ReplayPlan</name>
    <message>
        <source>Entry %1 cannot be replayed as it was: the log kept only the first %2 of its %3-byte body. Open it in the console and complete the body there.</source>
        <translation>Eintrag %1 kann nicht unverändert erneut gesendet werden: Das Protokoll hat nur die ersten %2 seines %3 Bytes großen Bodys behalten. Öffnen Sie ihn in der Konsole und vervollständigen Sie den Body dort.</translation>
    </message>
    <message>
        <source>Entry %1 is a credential exchange (a token request): the log does not keep its body, so it cannot be replayed. Requests through the endpoint fetch a new token by themselves.</source>
        <translation>Eintrag %1 ist ein Austausch von Zugangsdaten (eine Token-Anfrage): Das Protokoll behält seinen Body nicht, daher kann er nicht erneut gesendet werden. Anfragen über den Endpunkt holen sich selbst ein neues Token.</translation>
    </message>
    <message>
        <source>Entry %1 names no endpoint, so it cannot be replayed with authentication. Open it in the console instead.</source>
        <translation>Eintrag %1 nennt keinen Endpunkt und kann daher nicht mit Authentifizierung erneut gesendet werden. Öffnen Sie ihn stattdessen in der Konsole.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; that entry %2 was sent through no longer exists in the workspace. Open the entry in the console and choose an endpoint.</source>
        <translation>Der Endpunkt „%1“, über den Eintrag %2 gesendet wurde, existiert im Arbeitsbereich nicht mehr. Öffnen Sie den Eintrag in der Konsole und wählen Sie einen Endpunkt.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; that entry %2 was sent in no longer exists in the workspace. Open the entry in the console and choose an environment.</source>
        <translation>Die Umgebung „%1“, in der Eintrag %2 gesendet wurde, existiert im Arbeitsbereich nicht mehr. Öffnen Sie den Eintrag in der Konsole und wählen Sie eine Umgebung.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ResponsePane</name>
    <message numerus="yes">
        <source>%n B</source>
        <translation>
            <numerusform>%n B</numerusform>
            <numerusform>%n B</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Send a request to see its response here (Ctrl+Enter).</source>
        <translation>Senden Sie eine Anfrage, um ihre Antwort hier zu sehen (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>studio::ui::ResponseView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>Answered on attempt %1.</source>
        <translation>Beantwortet im Versuch %1.</translation>
    </message>
    <message>
        <source>No response body: the request did not get an answer.</source>
        <translation>Kein Antwort-Body: die Anfrage hat keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>The log kept the first %1 of this %2 body; the views show that part.</source>
        <translation>Das Protokoll hat die ersten %1 dieses %2 großen Bodys behalten; die Ansichten zeigen diesen Teil.</translation>
    </message>
    <message>
        <source>Attempt %1.</source>
        <translation>Versuch %1.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
</context>
<context>
    <name>studio::ui::SavedRequestsPanel</name>
    <message>
        <source>New &amp;folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Filter saved requests</source>
        <translation>Gespeicherte Anfragen filtern</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>Name des Ordners:</translation>
    </message>
    <message>
        <source>Name of the folder inside &quot;%1&quot;:</source>
        <translation>Name des Ordners in „%1“:</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; created.</source>
        <translation>Ordner „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Request duplicated.</source>
        <translation>Anfrage dupliziert.</translation>
    </message>
    <message>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of the folder:</source>
        <translation>Neuer Name des Ordners:</translation>
    </message>
    <message>
        <source>Folder renamed.</source>
        <translation>Ordner umbenannt.</translation>
    </message>
    <message>
        <source>Rename request</source>
        <translation>Anfrage umbenennen</translation>
    </message>
    <message>
        <source>New name of the request:</source>
        <translation>Neuer Name der Anfrage:</translation>
    </message>
    <message>
        <source>Request renamed.</source>
        <translation>Anfrage umbenannt.</translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation>Den leeren Ordner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n request(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Den Ordner „%1“ und die %n Anfrage darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Den Ordner „%1“ und die %n Anfragen darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Folder deleted.</source>
        <translation>Ordner gelöscht.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Anfrage löschen</translation>
    </message>
    <message>
        <source>Delete the saved request &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die gespeicherte Anfrage „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Request deleted.</source>
        <translation>Anfrage gelöscht.</translation>
    </message>
    <message>
        <source>Request moved to the top level.</source>
        <translation>Anfrage auf die oberste Ebene verschoben.</translation>
    </message>
    <message>
        <source>Request moved to &quot;%1&quot;.</source>
        <translation>Anfrage nach „%1“ verschoben.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SchemaExplorer</name>
    <message>
        <source>Search fields and types</source>
        <translation>Felder und Typen suchen</translation>
    </message>
    <message>
        <source>No schema yet: press Introspect.</source>
        <translation>Noch kein Schema: Introspektion drücken.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>not reachable from the roots</source>
        <translation>von den Wurzeln aus nicht erreichbar</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Showing the first %1 matches; type more to narrow the search.</source>
        <translation>Die ersten %1 Treffer werden gezeigt; weitertippen, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>Nothing in the schema matches “%1”.</source>
        <translation>Nichts im Schema passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Double-click one to insert it.</source>
        <translation>
            <numerusform>%n Treffer. Doppelklick fügt ihn ein.</numerusform>
            <numerusform>%n Treffer. Doppelklick fügt einen davon ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ui::SchemaTreeModel</name>
    <message>
        <source>… on %1</source>
        <translation>… on %1</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>Double-click to insert it at the cursor.</source>
        <translation>Doppelklick fügt es an der Schreibmarke ein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>studio::ui::SearchBar</name>
    <message>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression (matches within a line)</source>
        <translation>Regulärer Ausdruck (Treffer innerhalb einer Zeile)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
</context>
<context>
    <name>studio::ui::SearchCriteriaBuilder</name>
    <message>
        <source>AND</source>
        <translation>UND</translation>
    </message>
    <message>
        <source>An item must match every group</source>
        <translation>Ein Eintrag muss jede Gruppe erfüllen</translation>
    </message>
    <message>
        <source>Add filter &amp;group (AND)</source>
        <translation>Filter&amp;gruppe hinzufügen (UND)</translation>
    </message>
    <message>
        <source>An item must match &lt;b&gt;every&lt;/b&gt; group (AND); inside a group, &lt;b&gt;any one&lt;/b&gt; filter is enough (OR).</source>
        <translation>Ein Eintrag muss &lt;b&gt;jede&lt;/b&gt; Gruppe erfüllen (UND); innerhalb einer Gruppe genügt &lt;b&gt;ein&lt;/b&gt; Filter (ODER).</translation>
    </message>
    <message>
        <source>A new group that must match as well</source>
        <translation>Eine weitere Gruppe, die ebenfalls erfüllt sein muss</translation>
    </message>
    <message>
        <source>all (no limit)</source>
        <translation>alle (keine Grenze)</translation>
    </message>
    <message>
        <source>searchCriteria[pageSize]: items per page. Without it Magento returns every match.</source>
        <translation>searchCriteria[pageSize]: Einträge pro Seite. Ohne liefert Magento alle Treffer.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>searchCriteria[currentPage]: which page, from 1</source>
        <translation>searchCriteria[currentPage]: welche Seite, ab 1</translation>
    </message>
    <message>
        <source>snake_case keys</source>
        <translation>Schlüssel in snake_case</translation>
    </message>
    <message>
        <source>camelCase keys</source>
        <translation>Schlüssel in camelCase</translation>
    </message>
    <message>
        <source>Magento reads both spellings; the REST docs use snake_case, its schema camelCase</source>
        <translation>Magento liest beide Schreibweisen; die REST-Doku nutzt snake_case, das Schema camelCase</translation>
    </message>
    <message>
        <source>Paste a searchCriteria query and press Enter</source>
        <translation>searchCriteria-Abfrage einfügen und Eingabe drücken</translation>
    </message>
    <message>
        <source>The searchCriteria part of the query. Paste one (or a whole URL) and press Enter to load it into the builder.</source>
        <translation>Der searchCriteria-Teil der Abfrage. Eine einfügen (oder eine ganze URL) und Eingabe drücken, um sie in den Editor zu laden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sort orders&lt;/b&gt; (the first decides, the next break ties)</source>
        <translation>&lt;b&gt;Sortierungen&lt;/b&gt; (die erste entscheidet, die weiteren bei Gleichstand)</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 takes searchCriteria.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 nimmt searchCriteria.</translation>
    </message>
    <message>
        <source>Pick a list route such as GET /V1/products to get its fields offered.</source>
        <translation>Eine Listenroute wie GET /V1/products wählen, dann werden ihre Felder angeboten.</translation>
    </message>
    <message>
        <source>%1 %2 is not a list route the studio knows; type the field names yourself.</source>
        <translation>%1 %2 ist keine Listenroute, die das Studio kennt; die Feldnamen selbst eintippen.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <source>Add filter (OR)</source>
        <translation>Filter hinzufügen (ODER)</translation>
    </message>
    <message>
        <source>Another filter in this group: an item matches when any of them does</source>
        <translation>Ein weiterer Filter in dieser Gruppe: Ein Eintrag passt, wenn einer davon passt</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>ascending (ASC)</source>
        <translation>aufsteigend (ASC)</translation>
    </message>
    <message>
        <source>descending (DESC)</source>
        <translation>absteigend (DESC)</translation>
    </message>
    <message>
        <source>Remove this sort order</source>
        <translation>Diese Sortierung entfernen</translation>
    </message>
    <message>
        <source>Group %1: any of these (OR)</source>
        <translation>Gruppe %1: einer davon (ODER)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>%text%</source>
        <translation>%text%</translation>
    </message>
    <message>
        <source>2024-01-31 00:00:00</source>
        <translation>2024-01-31 00:00:00</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The query&apos;s searchCriteria cannot be shown here: %1</source>
        <translation>Die searchCriteria der Abfrage können hier nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <source>This query cannot be read: %1</source>
        <translation>Diese Abfrage ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Filter %1 of group %2 has no field yet, so it is left out.</source>
        <translation>Filter %1 der Gruppe %2 hat noch kein Feld und wird daher weggelassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sorted twice; Magento uses the first.</source>
        <translation>„%1“ wird zweimal sortiert; Magento nimmt die erste.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>equals (eq)</source>
        <translation>gleich (eq)</translation>
    </message>
    <message>
        <source>does not equal (neq)</source>
        <translation>ungleich (neq)</translation>
    </message>
    <message>
        <source>contains (like %…%)</source>
        <translation>enthält (like %…%)</translation>
    </message>
    <message>
        <source>does not contain (nlike %…%)</source>
        <translation>enthält nicht (nlike %…%)</translation>
    </message>
    <message>
        <source>in list (in)</source>
        <translation>in Liste (in)</translation>
    </message>
    <message>
        <source>not in list (nin)</source>
        <translation>nicht in Liste (nin)</translation>
    </message>
    <message>
        <source>greater than (gt)</source>
        <translation>größer als (gt)</translation>
    </message>
    <message>
        <source>at least (gteq)</source>
        <translation>mindestens (gteq)</translation>
    </message>
    <message>
        <source>at least (moreq)</source>
        <translation>mindestens (moreq)</translation>
    </message>
    <message>
        <source>less than (lt)</source>
        <translation>kleiner als (lt)</translation>
    </message>
    <message>
        <source>at most (lteq)</source>
        <translation>höchstens (lteq)</translation>
    </message>
    <message>
        <source>from, inclusive (from)</source>
        <translation>ab, einschließlich (from)</translation>
    </message>
    <message>
        <source>to, inclusive (to)</source>
        <translation>bis, einschließlich (to)</translation>
    </message>
    <message>
        <source>set contains (finset)</source>
        <translation>Menge enthält (finset)</translation>
    </message>
    <message>
        <source>set does not contain (nfinset)</source>
        <translation>Menge enthält nicht (nfinset)</translation>
    </message>
    <message>
        <source>is empty (null)</source>
        <translation>ist leer (null)</translation>
    </message>
    <message>
        <source>is set (notnull)</source>
        <translation>ist gesetzt (notnull)</translation>
    </message>
    <message>
        <source>A comma-separated list without spaces: red,blue,green.</source>
        <translation>Eine kommagetrennte Liste ohne Leerzeichen: rot,blau,grün.</translation>
    </message>
    <message>
        <source>No value: this only checks whether the field is set.</source>
        <translation>Kein Wert: Das prüft nur, ob das Feld gesetzt ist.</translation>
    </message>
    <message>
        <source>One value of a multi-select attribute, usually an option id.</source>
        <translation>Ein Wert eines Mehrfachauswahl-Attributs, meist eine Options-ID.</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD HH:MM:SS (UTC). For a range, put from and to in two groups.</source>
        <translation>Ein Datum als JJJJ-MM-TT HH:MM:SS (UTC). Für einen Bereich from und to in zwei Gruppen setzen.</translation>
    </message>
    <message>
        <source>A number or date. For a range, put from and to in two groups.</source>
        <translation>Eine Zahl oder ein Datum. Für einen Bereich from und to in zwei Gruppen setzen.</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD HH:MM:SS (UTC).</source>
        <translation>Ein Datum als JJJJ-MM-TT HH:MM:SS (UTC).</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 gleich %2</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 ungleich %2</translation>
    </message>
    <message>
        <source>%1 is like %2</source>
        <translation>%1 wie %2</translation>
    </message>
    <message>
        <source>%1 is not like %2</source>
        <translation>%1 nicht wie %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eins von %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keins von %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not include %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 ist gesetzt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>every item</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 descending</source>
        <translation>%1 absteigend</translation>
    </message>
    <message>
        <source>%1 ascending</source>
        <translation>%1 aufsteigend</translation>
    </message>
    <message>
        <source>sorted by %1</source>
        <translation>sortiert nach %1</translation>
    </message>
    <message>
        <source>%1 per page, page %2</source>
        <translation>%1 pro Seite, Seite %2</translation>
    </message>
    <message>
        <source>all matches at once</source>
        <translation>alle Treffer auf einmal</translation>
    </message>
    <message>
        <source>Add so&amp;rt order</source>
        <translation>So&amp;rtierung hinzufügen</translation>
    </message>
    <message>
        <source>Current page:</source>
        <translation>Aktuelle Seite:</translation>
    </message>
    <message>
        <source>% stands for any text: %bag% contains “bag”, MS-% starts with “MS-”.</source>
        <translation>% steht für beliebigen Text: %bag% enthält „bag“, MS-% beginnt mit „MS-“.</translation>
    </message>
</context>
<context>
    <name>studio::ui::SecretsController</name>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Secrets: not available</source>
        <translation>Geheimnisse: nicht verfügbar</translation>
    </message>
    <message>
        <source>Secrets: checking the keychain…</source>
        <translation>Geheimnisse: Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Secrets: encrypted vault (locked)</source>
        <translation>Geheimnisse: verschlüsselter Tresor (gesperrt)</translation>
    </message>
    <message>
        <source>The secrets of this workspace are kept in an encrypted vault. Unlock it to use or change them.</source>
        <translation>Die Geheimnisse dieses Arbeitsbereichs liegen in einem verschlüsselten Tresor. Entsperren Sie ihn, um sie zu verwenden oder zu ändern.</translation>
    </message>
    <message>
        <source>Unlock vault…</source>
        <translation>Tresor entsperren…</translation>
    </message>
    <message>
        <source>Secrets: no keychain</source>
        <translation>Geheimnisse: kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 Secrets (passwords, tokens) cannot be saved until you choose where to keep them. They are never written in plain text.</source>
        <translation>%1 Geheimnisse (Passwörter, Tokens) können erst gespeichert werden, wenn Sie wählen, wo sie aufbewahrt werden. Sie werden nie im Klartext geschrieben.</translation>
    </message>
    <message>
        <source>No keychain is reachable.</source>
        <translation>Kein Schlüsselbund ist erreichbar.</translation>
    </message>
    <message>
        <source>Use an encrypted vault…</source>
        <translation>Verschlüsselten Tresor verwenden…</translation>
    </message>
    <message>
        <source>Secrets: creating the vault…</source>
        <translation>Geheimnisse: Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>Secrets: unlocking the vault…</source>
        <translation>Geheimnisse: Tresor wird entsperrt…</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>Der Tresor konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The vault could not be unlocked: %1</source>
        <translation>Der Tresor konnte nicht entsperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>studio::ui::TextView</name>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
</context>
<context>
    <name>studio::ui::VariablesModel</name>
    <message>
        <source>Use as {{%1}} in endpoint fields.</source>
        <translation>In Endpunktfeldern als {{%1}} verwenden.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>New secret value, stored when you save.</source>
        <translation>Neuer geheimer Wert, wird beim Speichern abgelegt.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it.</source>
        <translation>Im Schlüsselbund gespeichert; tippen, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Secret values are kept in the keychain, never in the environment file.</source>
        <translation>Geheime Werte werden im Schlüsselbund aufbewahrt, nie in der Umgebungsdatei.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Variable in row %1 has no name.</source>
        <translation>Die Variable in Zeile %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid variable name: use letters, digits, _ . and -, starting with a letter or _.</source>
        <translation>„%1“ ist kein gültiger Variablenname: Verwenden Sie Buchstaben, Ziffern, _ . und -, beginnend mit einem Buchstaben oder _.</translation>
    </message>
    <message>
        <source>The variable “%1” is defined twice.</source>
        <translation>Die Variable „%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>The secret variable “%1” has no value.</source>
        <translation>Die geheime Variable „%1“ hat keinen Wert.</translation>
    </message>
</context>
<context>
    <name>studio::ui::labels</name>
    <message>
        <source>Magento 2 / Adobe Commerce</source>
        <translation>Magento 2 / Adobe Commerce</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>GraphQL API</source>
        <translation>GraphQL-API</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>SQL-Datenbank</translation>
    </message>
    <message>
        <source>File source</source>
        <translation>Dateiquelle</translation>
    </message>
    <message>
        <source>A Magento 2 or Adobe Commerce store: REST, async bulk and GraphQL.</source>
        <translation>Ein Magento-2- oder Adobe-Commerce-Shop: REST, asynchrones Bulk und GraphQL.</translation>
    </message>
    <message>
        <source>Any HTTP/JSON API: an ERP, CRM, PIM or logistics back office.</source>
        <translation>Jede HTTP/JSON-API: ein ERP-, CRM-, PIM- oder Logistik-Backoffice.</translation>
    </message>
    <message>
        <source>Any GraphQL API.</source>
        <translation>Jede GraphQL-API.</translation>
    </message>
    <message>
        <source>A database reached through Qt SQL drivers: SQLite, PostgreSQL, MySQL/MariaDB or ODBC.</source>
        <translation>Eine Datenbank, erreichbar über Qt-SQL-Treiber: SQLite, PostgreSQL, MySQL/MariaDB oder ODBC.</translation>
    </message>
    <message>
        <source>A folder of CSV, JSON or JSON Lines files.</source>
        <translation>Ein Ordner mit CSV-, JSON- oder JSON-Lines-Dateien.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth 1.0a (Magento integration)</source>
        <translation>OAuth 1.0a (Magento-Integration)</translation>
    </message>
    <message>
        <source>Magento admin token (user name and password)</source>
        <translation>Magento-Admin-Token (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Magento customer token (email and password)</source>
        <translation>Magento-Kunden-Token (E-Mail und Passwort)</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth 2.0 Client Credentials</translation>
    </message>
    <message>
        <source>OAuth 2.0 refresh token</source>
        <translation>OAuth 2.0 Refresh-Token</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>ODBC</source>
        <translation>ODBC</translation>
    </message>
</context>
</TS>
