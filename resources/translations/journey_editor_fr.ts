<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../journey_editor/ui/shell/help_dialogs.py" line="+83"/>
        <source>About journey-editor</source>
        <translation>À propos de journey-editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;journey-editor {version}&lt;/b&gt;&lt;p&gt;An offline editor for customer-journey maps.&lt;p&gt;Fonts: DejaVu Sans (Bitstream Vera licence).</source>
        <translation>&lt;b&gt;journey-editor {version}&lt;/b&gt;&lt;p&gt;Un éditeur hors ligne de cartes d&apos;expérience client.&lt;p&gt;Polices&#xa0;: DejaVu Sans (licence Bitstream Vera).</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../journey_editor/cli/commands.py" line="+41"/>
        <source>{file}: valid ({cards}, {personas})</source>
        <translation>{file}&#xa0;: valide ({cards}, {personas})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give the file to create (OUT)</source>
        <translation>indiquez le fichier à créer (OUT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../journey_editor/cli/to_be_command.py" line="+90"/>
        <source>{file}: the name must end in {suffix}</source>
        <translation>{file}&#xa0;: le nom doit se terminer par {suffix}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no template named &quot;{name}&quot; (available: {known})</source>
        <translation>aucun modèle nommé «&#xa0;{name}&#xa0;» (disponibles&#xa0;: {known})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the template {template} is written in {language} and keeps its words; leave out --language {code}, or start an empty map in {other}</source>
        <translation>le modèle {template} est rédigé en {language} et garde ses mots&#xa0;; retirez --language {code}, ou commencez une carte vide en {other}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file}: created «{title}» in {language}</source>
        <translation>{file}&#xa0;: carte «&#xa0;{title}&#xa0;» créée en {language}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{file}: no persona «{name}»; the personas: {names}</source>
        <translation>{file}&#xa0;: pas de persona «&#xa0;{name}&#xa0;»&#xa0;; les personas&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: --stage {number}: the map has stages 1 to {count}</source>
        <translation>{file}&#xa0;: --stage {number}&#xa0;: la carte a les étapes 1 à {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: the map has no stage to present</source>
        <translation>{file}&#xa0;: la carte n&apos;a aucune étape à présenter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: snapshot of «{title}»</source>
        <translation>{file}&#xa0;: capture de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/conversions.py" line="+39"/>
        <source>{file}: warning: {warning}</source>
        <translation>{file}&#xa0;: avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the map to write must end in {suffix}</source>
        <translation>{file}&#xa0;: la carte à écrire doit se terminer par {suffix}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: already a journey-editor map; use `convert` to copy it</source>
        <translation>{file}&#xa0;: déjà une carte journey-editor&#xa0;; utilisez `convert` pour la copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--into works with CSV files only</source>
        <translation>--into ne fonctionne qu&apos;avec des fichiers CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--into {map}: that map is in {language} (locale {locale}) and the cards join it in its language; leave out --language {code}</source>
        <translation>--into {map}&#xa0;: cette carte est en {language} (langue {locale}) et les fiches la rejoignent dans sa langue&#xa0;; retirez --language {code}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: imported «{title}» from {format}: {stages}, {personas}, {cards}, in {language}</source>
        <translation>{file}&#xa0;: carte «&#xa0;{title}&#xa0;» importée depuis {format}&#xa0;: {stages}, {personas}, {cards}, en {language}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{file}: wrote «{title}» as {format}</source>
        <translation>{file}&#xa0;: carte «&#xa0;{title}&#xa0;» écrite au format {format}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/main.py" line="+71"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}:</source>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey-editor [FILE]                 open the editor (on FILE, or on a sample map)
journey-editor COMMAND [OPTIONS] ...  work on map files without opening the editor
journey-editor COMMAND --help         the options of one command</source>
        <translation>journey-editor [FILE]                 ouvrir l&apos;éditeur (sur FILE, ou sur un exemple)
journey-editor COMMAND [OPTIONS] ...  travailler sur des cartes sans ouvrir l&apos;éditeur
journey-editor COMMAND --help         les options d&apos;une commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journey-editor is an offline desktop editor for customer-journey maps: stages of the journey
across the top, a band of swimlanes per persona, touchpoint cards on the cells, effort (1-5)
and emotion (-2..+2) scored on each card, and a PDF handout or wall poster to print.

A map is one file, NAME.journey.json (plain JSON: keep it, mail it, put it in git).

Open the editor:
  journey-editor                        a new map, started from the bundled sample
  journey-editor workshop.journey.json  open that map (a new map: journey-editor new FILE)
In the editor, F1 lists every keyboard shortcut; File &gt; New map starts an empty map.
</source>
        <translation>journey-editor est un éditeur hors ligne de cartes de parcours client&#xa0;: les étapes du parcours
en haut, une bande de lignes par persona, des fiches de points de contact dans les cellules,
l&apos;effort (1-5) et l&apos;émotion (-2..+2) notés sur chaque fiche, et un support PDF à distribuer ou
une affiche murale à imprimer.

Une carte est un fichier, NOM.journey.json (du JSON simple&#xa0;: gardez-le, envoyez-le, mettez-le
dans git).

Ouvrir l&apos;éditeur&#xa0;:
  journey-editor                        une nouvelle carte, à partir de l&apos;exemple fourni
  journey-editor workshop.journey.json  ouvrir cette carte (une nouvelle&#xa0;: journey-editor new FILE)
Dans l&apos;éditeur, F1 liste les raccourcis clavier&#xa0;; Fichier &gt; Nouvelle carte crée une carte vide.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file could not be read or is not a valid journey map</source>
        <translation>un fichier n&apos;a pas pu être lu ou n&apos;est pas une carte de parcours valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line is wrong</source>
        <translation>la ligne de commande est incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an output file could not be written</source>
        <translation>un fichier de sortie n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the editor window cannot open: a system library is missing (the message says which)</source>
        <translation>la fenêtre ne peut pas s&apos;ouvrir&#xa0;: il manque une bibliothèque système (le message la nomme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>diff, like diff(1): 0 the maps are equal, 1 they differ, 2 trouble</source>
        <translation>diff, comme diff(1)&#xa0;: 0 les cartes sont identiques, 1 elles diffèrent, 2 problème</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an empty map: five stages, one persona</source>
        <translation>une carte vide&#xa0;: cinq étapes, un persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same in French (Découverte, Achat …)</source>
        <translation>la même en français (Découverte, Achat…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundled sample maps</source>
        <translation>les cartes exemples fournies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the to-be of a map: a copy that keeps every id, names its as-is</source>
        <translation>la version cible d&apos;une carte&#xa0;: une copie qui garde chaque identifiant et désigne son existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open it in the editor</source>
        <translation>l&apos;ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is it a valid map? (exit 1 if not)</source>
        <translation>est-ce une carte valide&#xa0;? (sortie 1 sinon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counts and scores per persona and stage</source>
        <translation>comptes et notes par persona et par étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a map from a spreadsheet of cards</source>
        <translation>une carte à partir d&apos;un tableur de fiches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a Mermaid journey as a French map</source>
        <translation>un parcours Mermaid en carte française</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a spreadsheet&apos;s cards to a map</source>
        <translation>ajouter les fiches d&apos;un tableur à une carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the map as a Mermaid journey diagram</source>
        <translation>la carte en diagramme de parcours Mermaid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a handout on one A3 page, plus metrics</source>
        <translation>un support sur une page A3, avec la synthèse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a wall poster on A4 sheets, at 100 %</source>
        <translation>une affiche murale sur feuilles A4, à 100&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image of the whole map</source>
        <translation>une image de toute la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a screenshot of the editor, headless</source>
        <translation>une capture de l&apos;éditeur, sans écran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what changed, by persona and stage</source>
        <translation>ce qui a changé, par persona et par étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mine with theirs&apos; changes since base (git&apos;s merge driver)</source>
        <translation>ma version avec leurs changements depuis la base (pilote de fusion de git)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exit codes:</source>
        <translation>codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/export_command.py" line="+63"/>
        <source>%n page</source>
        <translation>%n&#xa0;page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n pages</source>
        <translation>%n&#xa0;pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {report}</source>
        <translation>{file}&#xa0;: {report}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>print a map to PDF (fit on one page or tiled for a wall), or to a PNG/SVG image</source>
        <translation>imprimer une carte en PDF (sur une page ou répartie sur des feuilles pour un mur), ou en image PNG/SVG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write FILE as a PDF handout (vector, fonts embedded, bookmarks per persona) or, for a .png or .svg output, as an image of the whole map.</source>
        <translation>Écrire FILE en support PDF à distribuer (vectoriel, polices incorporées, signets par persona)
ou, pour une sortie .png ou .svg, en image de toute la carte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../journey_editor/cli/main.py" line="+2"/>
        <source>examples:</source>
        <translation>exemples&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .journey.json map</source>
        <translation>la carte .journey.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OUT.pdf, OUT.png or OUT.svg</source>
        <translation>OUT.pdf, OUT.png ou OUT.svg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a change handout: mark on the map what changed since map A (any format the editor reads) and list every change after it</source>
        <translation>un document des changements&#xa0;: marquer sur la carte ce qui a changé depuis la carte A (tout format que l&apos;éditeur lit) et lister chaque changement après elle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>paper (PDF)</source>
        <translation>papier (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{papers} (default A3)</source>
        <translation>{papers} (par défaut A3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>custom poster size in mm, e.g. 900x1200</source>
        <translation>format d&apos;affiche sur mesure en mm, p. ex. 900x1200</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orientation of a named paper (default: automatic, the way that takes the fewest sheets when tiling; landscape when fitting, unless portrait prints much larger)</source>
        <translation>orientation d&apos;un format nommé (par défaut&#xa0;: automatique, celle qui demande le moins de feuilles quand la carte est répartie&#xa0;; paysage quand elle est ajustée, sauf si le portrait l&apos;imprime nettement plus grande)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default 10</source>
        <translation>par défaut 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout (PDF)</source>
        <translation>mise en page (PDF)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the whole map on one page</source>
        <translation>toute la carte sur une page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print at --scale over as many sheets as needed, to tape a wall poster</source>
        <translation>imprimer à --scale sur autant de feuilles que nécessaire, pour assembler une affiche murale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tile: 1 = 100 %% (default 1); images: pixels per point (default 2)</source>
        <translation>feuilles&#xa0;: 1 = 100&#xa0;%% (par défaut 1)&#xa0;; images&#xa0;: pixels par point (par défaut 2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tile: overlap of sheets (default 10)</source>
        <translation>feuilles&#xa0;: chevauchement entre les feuilles (par défaut 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one page or tile set each</source>
        <translation>une page ou une série de feuilles par persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the metrics summary pages</source>
        <translation>ajouter les pages de synthèse des indicateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add a page comparing the personas: emotion curves, mean effort, biggest gaps</source>
        <translation>ajouter une page qui compare les personas&#xa0;: courbes d&apos;émotion, effort moyen, plus grands écarts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add a page per persona: its touchpoints&apos; zig-zag between channels</source>
        <translation>ajouter une page par persona&#xa0;: le zigzag de ses points de contact entre les canaux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave out lanes of these kinds ({kinds})</source>
        <translation>omettre les lignes de ces types ({kinds})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warn when the smallest text prints below this size (default 5)</source>
        <translation>avertir quand le plus petit texte s&apos;imprime sous cette taille (par défaut 5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>language of the legend and summary (default: the map&apos;s own locale)</source>
        <translation>langue de la légende et de la synthèse (par défaut&#xa0;: celle de la carte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown paper &quot;{text}&quot; (choose one of {papers})</source>
        <translation>papier inconnu «&#xa0;{text}&#xa0;» (choisissez parmi {papers})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{text}&quot; is not a size in mm like 900x1200</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une taille en mm comme 900x1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both sides of the size must be more than 0 mm</source>
        <translation>les deux côtés doivent mesurer plus de 0&#xa0;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;{text}&quot; is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{text}&quot; is not a finite number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: must be more than 0</source>
        <translation>{text}&#xa0;: doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text}: must be 0 or more</source>
        <translation>{text}&#xa0;: doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown lane kind(s) {unknown} (known: {kinds})</source>
        <translation>type(s) de ligne inconnu(s) {unknown} (connus&#xa0;: {kinds})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--scale is for --tile (fit chooses the scale itself)</source>
        <translation>--scale va avec --tile (l&apos;ajustement choisit lui-même l&apos;échelle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--overlap is for --tile</source>
        <translation>--overlap va avec --tile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--size gives a custom paper: leave out --paper {paper}</source>
        <translation>--size donne un format sur mesure&#xa0;: retirez --paper {paper}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--paper custom needs --size WxH (in mm)</source>
        <translation>--paper custom demande --size WxH (en mm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a custom --size is used as given: leave out --landscape/--portrait</source>
        <translation>un --size sur mesure est utilisé tel quel&#xa0;: retirez --landscape/--portrait</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file}: the output must end in .pdf, .png or .svg</source>
        <translation>{file}&#xa0;: la sortie doit se terminer par .pdf, .png ou .svg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read {error}</source>
        <translation>lecture impossible de {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{options}: for PDF output only (an image shows the whole map)</source>
        <translation>{options}&#xa0;: pour une sortie PDF seulement (une image montre toute la carte)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hint: rerun with --scale {scale}</source>
        <translation>conseil&#xa0;: relancez avec --scale {scale}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fit to page</source>
        <translation>ajusté à la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tiled at {scale} %</source>
        <translation>réparti sur des feuilles à {scale}&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages}, {paper}, {how}, smallest text {size} pt</source>
        <translation>{pages}, {paper}, {how}, plus petit texte {size}&#xa0;pt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>image export needs the GUI libraries (PySide6): {error}</source>
        <translation>l&apos;export en image demande les bibliothèques graphiques (PySide6)&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{width} × {height}, scale {scale}</source>
        <translation>{width}&#xa0;×&#xa0;{height}, échelle {scale}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>{file}: cannot write: {reason}</source>
        <translation>{file}&#xa0;: écriture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/main.py" line="+8"/>
        <source>`python -m journey_editor` works the same way as `journey-editor`.</source>
        <translation>`python -m journey_editor` fonctionne comme `journey-editor`.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: {message}</source>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commands (each has its own --help)</source>
        <translation>commandes (chacune a son --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check map files; one line per problem, exit 1 if any is invalid</source>
        <translation>vérifier des cartes&#xa0;; une ligne par problème, sortie 1 si l&apos;une est invalide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>print a map&apos;s title, counts and metrics per persona/stage</source>
        <translation>afficher le titre d&apos;une carte, ses comptes et indicateurs par persona/étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create a new map file, empty or from a bundled template</source>
        <translation>créer une nouvelle carte, vide ou à partir d&apos;un modèle fourni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the .journey.json file to create</source>
        <translation>le fichier .journey.json à créer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start from this bundled template</source>
        <translation>partir de ce modèle fourni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list templates and exit</source>
        <translation>lister les modèles et quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title of the new map</source>
        <translation>titre de la nouvelle carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author recorded in the new map</source>
        <translation>auteur inscrit dans la nouvelle carte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>words of the new map: title, stages, persona, lanes, channel labels (default: the system&apos;s language; a template keeps its own)</source>
        <translation>mots de la nouvelle carte&#xa0;: titre, étapes, persona, lignes, noms des canaux (par défaut&#xa0;: la langue du système&#xa0;; un modèle garde la sienne)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>make a .journey.json map from an .ojf, Mermaid (.mmd) or .csv file</source>
        <translation>créer une carte .journey.json à partir d&apos;un fichier .ojf, Mermaid (.mmd) ou .csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV only: add the cards to a copy of this existing map</source>
        <translation>CSV seulement&#xa0;: ajouter les fiches à une copie de cette carte existante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a map in another format: .ojf, .mmd, .csv or .journey.json</source>
        <translation>écrire une carte dans un autre format&#xa0;: .ojf, .mmd, .csv ou .journey.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OJF holds one persona: its name or id (default: first)</source>
        <translation>un fichier OJF contient un seul persona&#xa0;: son nom ou son id (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV separator (default ,)</source>
        <translation>séparateur CSV (par défaut ,)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>render the editor window with FILE to a PNG, headless</source>
        <translation>rendre la fenêtre de l&apos;éditeur avec FILE en PNG, sans écran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>window width in pixels</source>
        <translation>largeur de la fenêtre en pixels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>window height (default: 0.62 × width)</source>
        <translation>hauteur de la fenêtre (par défaut&#xa0;: 0,62&#xa0;×&#xa0;largeur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fit the whole map in the window</source>
        <translation>ajuster toute la carte à la fenêtre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>render the View → Channel path window instead, for the persona named PERSONA or numbered PERSONA (default: the first)</source>
        <translation>rendre plutôt la fenêtre Affichage → Parcours des canaux, pour le persona nommé PERSONA ou de numéro PERSONA (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>render presentation mode (F5): the map as the room sees it</source>
        <translation>rendre le mode présentation (F5)&#xa0;: la carte telle que la salle la voit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with --present: the stage in focus, from 1 (default 1)</source>
        <translation>avec --present&#xa0;: l&apos;étape mise en avant, à partir de 1 (par défaut 1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the screen (--present) or window size in pixels, e.g. 1920x1080</source>
        <translation>la taille de l&apos;écran (--present) ou de la fenêtre en pixels, p. ex. 1920x1080</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>overwrite OUT if it exists</source>
        <translation>écraser OUT s&apos;il existe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value!r} is no size: give WIDTHxHEIGHT in pixels, 200 to 8192, e.g. 1920x1080</source>
        <translation>{value!r} n&apos;est pas une taille&#xa0;: indiquez LARGEURxHAUTEUR en pixels, de 200 à 8192, p. ex. 1920x1080</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>language of an imported map: its locale, channel labels and the names the import makes up (default: the source&apos;s own, e.g. French CSV column names, else the system&apos;s; --into: that map&apos;s)</source>
        <translation>langue d&apos;une carte importée&#xa0;: sa locale, les noms des canaux et les noms que l&apos;import invente (par défaut&#xa0;: celle de la source, p. ex. des noms de colonnes CSV en français, sinon celle du système&#xa0;; --into&#xa0;: celle de cette carte)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>give at most one FILE to open (see journey-editor --help)</source>
        <translation>indiquez au plus un FILE à ouvrir (voir journey-editor --help)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Did you mean `journey-editor {command}`?</source>
        <translation>Vouliez-vous dire `journey-editor {command}`&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} is neither a map file nor a command.{hint} Commands: {commands} (see journey-editor --help)</source>
        <translation>{word} n&apos;est ni un fichier de carte ni une commande.{hint} Commandes&#xa0;: {commands} (voir journey-editor --help)</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/summary.py" line="+30"/>
        <source>cards</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>touch</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>switch</source>
        <translation>changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per step</source>
        <translation>taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round trips</source>
        <translation>allers-retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exits</source>
        <translation>sorties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged beside it</source>
        <translation>toujours là, inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found beside it</source>
        <translation>absent du dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(untitled map)</source>
        <translation>(carte sans titre)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channels and exits</source>
        <translation>Canaux et sorties</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>client: {value}</source>
        <translation>client&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author: {value}</source>
        <translation>auteur&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale: {value}</source>
        <translation>langue&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified: {value}</source>
        <translation>modifiée le {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copied {date}</source>
        <translation>copié le {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To-be, based on «{title}» ({about})</source>
        <translation>Version cible, d&apos;après «&#xa0;{title}&#xa0;» ({about})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To-be, based on {about}</source>
        <translation>Version cible, d&apos;après {about}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pain hot spots</source>
        <translation>points critiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+{n} more</source>
        <translation>+{n}&#xa0;de plus</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/words.py" line="+26"/>
        <source>%n card</source>
        <translation>%n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n cards</source>
        <translation>%n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n persona</source>
        <translation>%n&#xa0;persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n personas</source>
        <translation>%n&#xa0;personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n stage</source>
        <translation>%n&#xa0;étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n stages</source>
        <translation>%n&#xa0;étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n lane</source>
        <translation>%n&#xa0;ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n lanes</source>
        <translation>%n&#xa0;lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n link</source>
        <translation>%n&#xa0;lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n links</source>
        <translation>%n&#xa0;liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n channel</source>
        <translation>%n&#xa0;canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n channels</source>
        <translation>%n&#xa0;canaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n touchpoint</source>
        <translation>%n&#xa0;point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n touchpoints</source>
        <translation>%n&#xa0;points de contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: already exists (use --force)</source>
        <translation>{file}&#xa0;: existe déjà (utilisez --force)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../journey_editor/system_libraries.py" line="+100"/>
        <source>journey-editor cannot open its window: the system lacks a library that Qt&apos;s {platform} display plugin needs ({names}).</source>
        <translation>journey-editor ne peut pas ouvrir sa fenêtre&#xa0;: il manque au système une bibliothèque dont le module d&apos;affichage {platform} de Qt a besoin ({names}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>journey-editor cannot open its window: the system lacks %n libraries that Qt&apos;s {platform} display plugin needs ({names}).</source>
        <translation>journey-editor ne peut pas ouvrir sa fenêtre&#xa0;: il manque au système %n&#xa0;bibliothèques dont le module d&apos;affichage {platform} de Qt a besoin ({names}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install it with the command for your system, then start journey-editor again:</source>
        <translation>Installez-la avec la commande de votre système, puis relancez journey-editor&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install them with the command for your system, then start journey-editor again:</source>
        <translation>Installez-les avec la commande de votre système, puis relancez journey-editor&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{family}: {command}</source>
        <translation>{family}&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands that need no window (export, snapshot, validate …) work as they are.</source>
        <translation>Les commandes sans fenêtre (export, snapshot, validate…) fonctionnent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/diff_command.py" line="+87"/>
        <source>Compare map A with map B, object by object (matched by id): stages, personas, lanes, cards,
links and channels added, removed, changed (field by field, old → new), moved (a card to another
cell or position) or reordered, grouped by persona and stage; then, per persona and per stage,
mean effort, mean emotion, pain points, exit points and channel switches before → after (Δ).
A and B may be in any format the editor reads: .journey.json, .ojf, .mmd, .csv.
With -o OUT.pdf: a change handout of B instead of the text (the changes marked on the map,
then every change and the summary), on the paper of `journey-editor export`.</source>
        <translation>Comparer la carte A à la carte B, objet par objet (reconnus par leur id)&#xa0;: étapes, personas,
lignes, fiches, liens et canaux ajoutés, supprimés, modifiés (champ par champ, ancien →
nouveau), déplacés (une fiche vers une autre cellule ou position) ou réordonnés, groupés par
persona et par étape&#xa0;; puis, par persona et par étape, effort moyen, émotion moyenne, irritants,
points de sortie et changements de canal avant → après (Δ).
A et B peuvent être dans tout format que l&apos;éditeur lit&#xa0;: .journey.json, .ojf, .mmd, .csv.
Avec -o OUT.pdf&#xa0;: un document des changements de B au lieu du texte (les changements marqués sur
la carte, puis chaque changement et la synthèse), sur le papier de `journey-editor export`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exit codes: 0 the maps are equal, 1 they differ, 2 trouble (a file cannot be read, a wrong
command line); called by git as an external diff, 0 for equal and different alike.</source>
        <translation>codes de sortie&#xa0;: 0 les cartes sont identiques, 1 elles diffèrent, 2 problème (un fichier
illisible, une ligne de commande incorrecte)&#xa0;; appelé par git comme diff externe, 0 dans les
deux cas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>with git (README, &quot;Comparing two versions&quot;): in .gitattributes `*.journey.json diff=journey`,
then `git config diff.journey.command &apos;journey-editor diff&apos;`: git diff and git log -p --ext-diff
show map changes instead of JSON lines.</source>
        <translation>avec git (README, «&#xa0;Comparing two versions&#xa0;»)&#xa0;: dans .gitattributes
`*.journey.json diff=journey`, puis `git config diff.journey.command &apos;journey-editor diff&apos;`&#xa0;:
git diff et git log -p --ext-diff montrent les changements de la carte au lieu de lignes JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>compare two maps: what was added, removed, changed, moved (exit 1 if they differ)</source>
        <translation>comparer deux cartes&#xa0;: ce qui a été ajouté, supprimé, modifié, déplacé (sortie 1 si elles diffèrent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the map before (e.g. the as-is)</source>
        <translation>la carte avant (p. ex. l&apos;état actuel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the map after (e.g. the to-be)</source>
        <translation>la carte après (p. ex. l&apos;état cible)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text for people (default), json or csv (one row per change) for tools</source>
        <translation>text pour les personnes (par défaut), json ou csv (une ligne par changement) pour les outils</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write a change handout of B: the changes marked on the map, then listed</source>
        <translation>écrire un document des changements de B&#xa0;: les changements marqués sur la carte, puis listés</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{options}: for the PDF handout only (-o OUT.pdf)</source>
        <translation>{options}&#xa0;: pour le document PDF seulement (-o OUT.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: the handout is a PDF (-o OUT.pdf)</source>
        <translation>{file}&#xa0;: le document est un PDF (-o OUT.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format is for the text output; -o writes a PDF handout</source>
        <translation>--format est pour la sortie texte&#xa0;; -o écrit un document PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give two maps, A and B (got {count} arguments)</source>
        <translation>indiquez deux cartes, A et B ({count}&#xa0;arguments reçus)</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/to_be_command.py" line="-52"/>
        <source>make the to-be of a map: a copy keeping every id, naming its as-is file</source>
        <translation>faire la version cible d&apos;une carte&#xa0;: une copie qui garde chaque identifiant et désigne le fichier de son existant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write OUT, the to-be of the map AS_IS: a copy of it that keeps every id and records AS_IS&apos;s file name, title and the SHA-256 hash of its bytes, as File &gt; Save as to-be… does in the editor. Its title is marked as the to-be, in the map&apos;s language.</source>
        <translation>Écrit OUT, la version cible de la carte AS_IS&#xa0;: une copie qui garde chaque identifiant et note le nom du fichier AS_IS, son titre et l&apos;empreinte SHA-256 de ses octets, comme Fichier &gt; Enregistrer une version cible… dans l&apos;éditeur. Son titre est marqué comme version cible, dans la langue de la carte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the .journey.json map it is based on</source>
        <translation>la carte .journey.json dont elle part</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the .journey.json file to create (default: beside AS_IS, NAME-to-be.journey.json, in the map&apos;s language)</source>
        <translation>le fichier .journey.json à créer (par défaut à côté d&apos;AS_IS&#xa0;: NOM-to-be.journey.json, ou NOM-cible.journey.json pour une carte en français)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>title of the to-be (default: AS_IS&apos;s, marked to-be)</source>
        <translation>titre de la version cible (par défaut celui d&apos;AS_IS, marqué «&#xa0;cible&#xa0;»)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file}: the to-be cannot replace its as-is</source>
        <translation>{file}&#xa0;: la version cible ne peut pas remplacer son existant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: created «{title}», the to-be of {as_is}</source>
        <translation>{file}&#xa0;: carte «&#xa0;{title}&#xa0;» créée, version cible de {as_is}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/cli/merge_command.py" line="+43"/>
        <source>Merge two copies of one map that went separate ways since BASE: MINE with the changes THEIRS
made since BASE, object by object (matched by id) and field by field. Changes to different
objects or fields merge silently; cards added on both sides to one cell are all kept, mine
first; both sides&apos; moves are kept unless they cross. A field changed differently on both sides,
or an object deleted on one side and changed on the other, is a conflict: the merged map holds
mine&apos;s version and records the conflict (base, mine and theirs) for the editor. A link whose
card the other side deleted is dropped and reported. The merged map is written over MINE (or
OUT), atomically; it is always a valid map.</source>
        <translation>Fusionner deux copies d&apos;une carte qui ont divergé depuis BASE&#xa0;: MINE avec les changements que
THEIRS a faits depuis BASE, objet par objet (reconnus par leur id) et champ par champ. Les
changements d&apos;objets ou de champs différents fusionnent sans bruit&#xa0;; les fiches ajoutées des
deux côtés dans une même cellule sont toutes gardées, les miennes d&apos;abord&#xa0;; les déplacements
des deux côtés sont gardés s&apos;ils ne se croisent pas. Un champ changé différemment des deux
côtés, ou un objet supprimé d&apos;un côté et modifié de l&apos;autre, est un conflit&#xa0;: la carte
fusionnée garde ma version et enregistre le conflit (base, chez moi, chez eux) pour l&apos;éditeur.
Un lien dont l&apos;autre côté a supprimé la fiche est abandonné et signalé. La carte fusionnée est
écrite à la place de MINE (ou dans OUT), de façon atomique&#xa0;; c&apos;est toujours une carte valide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exit codes: 0 merged without conflict, 1 merged with conflicts (recorded in the map written,
which opens), 2 trouble (a file cannot be read or written, a wrong command line; nothing
written).</source>
        <translation>codes de sortie&#xa0;: 0 fusion sans conflit, 1 fusion avec conflits (enregistrés dans la carte
écrite, qui s&apos;ouvre), 2 problème (un fichier illisible ou impossible à écrire, une ligne de
commande incorrecte&#xa0;; rien n&apos;est écrit).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as git&apos;s merge driver (README, &quot;Working on two laptops&quot;): in .gitattributes
`*.journey.json merge=journey-map`, then
`git config merge.journey-map.driver &apos;journey-editor merge %O %A %B --name %P&apos;`.</source>
        <translation>comme pilote de fusion de git (README, «&#xa0;Working on two laptops&#xa0;»)&#xa0;: dans .gitattributes
`*.journey.json merge=journey-map`, puis
`git config merge.journey-map.driver &apos;journey-editor merge %O %A %B --name %P&apos;`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: could not write the merged map: {reason}</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire la carte fusionnée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not merge the maps: {reason}</source>
        <translation>impossible de fusionner les cartes&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n change from theirs</source>
        <translation>%n&#xa0;changement de chez eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n changes from theirs</source>
        <translation>%n&#xa0;changements de chez eux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n conflict</source>
        <translation>%n&#xa0;conflit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n conflicts</source>
        <translation>%n&#xa0;conflits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n link dropped</source>
        <translation>%n&#xa0;lien abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n links dropped</source>
        <translation>%n&#xa0;liens abandonnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n object of theirs renamed</source>
        <translation>%n&#xa0;objet de chez eux renommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n objects of theirs renamed</source>
        <translation>%n&#xa0;objets de chez eux renommés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>chez moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theirs</source>
        <translation>chez eux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge two copies of a map since their common version; git&apos;s merge driver (exit 1 with conflicts)</source>
        <translation>fusionner deux copies d&apos;une carte depuis leur version commune&#xa0;; pilote de fusion de git (sortie 1 avec conflits)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the version both copies started from (git: %%O)</source>
        <translation>la version d&apos;où partent les deux copies (git&#xa0;: %%O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>my copy; the merged map is written over it (git: %%A)</source>
        <translation>ma copie&#xa0;; la carte fusionnée est écrite à sa place (git&#xa0;: %%A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the other copy (git: %%B)</source>
        <translation>l&apos;autre copie (git&#xa0;: %%B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the merged map to OUT instead of over MINE</source>
        <translation>écrire la carte fusionnée dans OUT au lieu de MINE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the map&apos;s name in messages, instead of the three paths (git: %%P)</source>
        <translation>le nom de la carte dans les messages, au lieu des trois chemins (git&#xa0;: %%P)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no conflict</source>
        <translation>aucun conflit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merged: {parts}</source>
        <translation>fusionné&#xa0;: {parts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  conflict: {what} ({reason})</source>
        <translation>  conflit&#xa0;: {what} ({reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  dropped: {what}: {reason}</source>
        <translation>  abandonné&#xa0;: {what}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  renamed: {what}: {old} → {new}</source>
        <translation>  renommé&#xa0;: {what}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  … and {count} more</source>
        <translation>  … et {count} de plus</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../journey_editor/ui/canvas/interactions/context_menu.py" line="+25"/>
        <source>−2 very negative</source>
        <translation>−2 très négative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+2 very positive</source>
        <translation>+2 très positive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 effortless</source>
        <translation>1 sans effort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5 very hard</source>
        <translation>5 très difficile</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+121"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit point</source>
        <translation>Point de sortie</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reverse direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add stage before</source>
        <translation>Ajouter une étape avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add stage after</source>
        <translation>Ajouter une étape après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete stage (with its cards)</source>
        <translation>Supprimer l&apos;étape (et ses fiches)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add persona above</source>
        <translation>Ajouter un persona au-dessus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add persona below</source>
        <translation>Ajouter un persona en dessous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add lane</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete persona (with its cards)</source>
        <translation>Supprimer le persona (et ses fiches)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add lane below</source>
        <translation>Ajouter une ligne en dessous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete lane (with its cards)</source>
        <translation>Supprimer la ligne (et ses fiches)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New card here</source>
        <translation>Nouvelle fiche ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New touchpoint</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../journey_editor/ui/workshop/capture_bar.py" line="+148"/>
        <source>Capture bar</source>
        <translation>Barre de capture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remark to capture</source>
        <translation>Remarque à capturer</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Close the capture bar</source>
        <translation>Fermer la barre de capture</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter adds the card · Ctrl+Z takes the last one back · Esc leaves</source>
        <translation>Entrée ajoute la fiche · Ctrl+Z retire la dernière · Échap quitte la barre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Into: —</source>
        <translation>Dans&#xa0;: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into: {stage} · {persona}</source>
        <translation>Dans&#xa0;: {stage} · {persona}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Not added: {error}</source>
        <translation>Non ajoutée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to take back</source>
        <translation>Rien à retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken back: {step}</source>
        <translation>Retiré&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done again: {step}</source>
        <translation>Rétabli&#xa0;: {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remark:  ! pain point  + opportunity  ? thought  &gt; action  ~ emotion  (none: touchpoint)  @channel  #tag</source>
        <translation>Remarque&#xa0;:  ! irritant  + opportunité  ? pensée  &gt; action  ~ émotion  (rien&#xa0;: point de contact)  @canal  #étiquette</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the remark itself: the card needs a title</source>
        <translation>Tapez la remarque elle-même&#xa0;: la fiche a besoin d&apos;un titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stage and persona to add to: add a stage and a persona first</source>
        <translation>Aucune étape ni aucun persona où ajouter&#xa0;: ajoutez d&apos;abord une étape et un persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick one stage and one persona to add to</source>
        <translation>Choisissez une étape et un persona où ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{persona} has no {lane} lane: add one (Map ▸ Add lane)</source>
        <translation>{persona} n&apos;a pas de ligne «&#xa0;{lane}&#xa0;»&#xa0;: ajoutez-en une (Carte ▸ Ajouter une ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No channel starts with “{word}”</source>
        <translation>Aucun canal ne commence par «&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One channel per card: {words}</source>
        <translation>Un seul canal par fiche&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added to {lane}</source>
        <translation>Ajoutée dans {lane}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(channel {channel}; also matching: {others})</source>
        <translation>(canal {channel}&#xa0;; correspondent aussi&#xa0;: {others})</translation>
    </message>
</context>
<context>
    <name>CaptureFocus</name>
    <message>
        <location filename="../../journey_editor/ui/shell/capture_focus.py" line="+23"/>
        <source>Cards go to the selected card&apos;s stage and persona; else to the selected stage or persona; else to the first stage and persona at the top-left of the map.</source>
        <translation>Les fiches vont dans l&apos;étape et le persona de la fiche sélectionnée&#xa0;; sinon dans l&apos;étape ou le persona sélectionné&#xa0;; sinon dans la première étape et le premier persona en haut à gauche de la carte.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/card_page.py" line="+60"/>
        <source>Where the card is</source>
        <translation>Emplacement de la fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens, in a few words</source>
        <translation>Ce qui se passe, en quelques mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moment that makes or breaks the customer&apos;s opinion</source>
        <translation>Un moment qui fait ou défait l&apos;opinion du client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit point</source>
        <translation>Point de sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer may leave the journey here</source>
        <translation>Le client peut quitter le parcours ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dot votes: V adds one on the map, Shift+V takes one off</source>
        <translation>Votes par gommettes&#xa0;: V en ajoute un sur la carte, Maj+V en retire un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Card — {0}</source>
        <translation>Fiche — {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cards</source>
        <translation>{0}&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No channel</source>
        <translation>Aucun canal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} cards in {1} cells — changes apply to all of them</source>
        <translation>{0}&#xa0;fiches dans {1}&#xa0;cellules — les modifications s&apos;appliquent à toutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Persona: {0}
Lane: {1}
Stage: {2}</source>
        <translation>Persona&#xa0;: {0}
Ligne&#xa0;: {1}
Étape&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change {0} of {1} cards</source>
        <translation>Modifier {0} de {1}&#xa0;fiches</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <location filename="../../journey_editor/ui/card_tips.py" line="+33"/>
        <source>(untitled card)</source>
        <translation>(fiche sans titre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion: {0}</source>
        <translation>Émotion&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../../journey_editor/ui/compare/panel.py" line="+64"/>
        <location line="+10"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No difference with {other}.</source>
        <translation>Aucune différence avec {other}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} since {other}: {sorts}</source>
        <translation>{count} depuis {other}&#xa0;: {sorts}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <location filename="../../journey_editor/ui/channels/dialog.py" line="+51"/>
        <source>%n card</source>
        <translation>%n carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n cards</source>
        <translation>%n cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by %n card.</source>
        <translation>Utilisé par %n carte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by %n cards.</source>
        <translation>Utilisé par %n cartes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{source}» merged into «{target}»: %n card moved.</source>
        <translation>«&#xa0;{source}&#xa0;» fusionné dans «&#xa0;{target}&#xa0;»&#xa0;: %n carte déplacée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{source}» merged into «{target}»: %n cards moved.</source>
        <translation>«&#xa0;{source}&#xa0;» fusionné dans «&#xa0;{target}&#xa0;»&#xa0;: %n cartes déplacées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Channels of the map</source>
        <translation>Canaux de la carte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+ &amp;Digital</source>
        <translation>+ &amp;Numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a digital channel</source>
        <translation>Ajouter un canal numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ &amp;Physical</source>
        <translation>+ &amp;Physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a physical channel</source>
        <translation>Ajouter un canal physique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move up in its group</source>
        <translation>Monter dans son groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down in its group</source>
        <translation>Descendre dans son groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the channel (only when no card uses it)</source>
        <translation>Supprimer le canal (seulement si aucune carte ne l’utilise)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Di&amp;gital</source>
        <translation>Numéri&amp;que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hysical</source>
        <translation>P&amp;hysique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colour as #RRGGBB</source>
        <translation>Couleur en #RRVVBB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other colour…</source>
        <translation>&amp;Autre couleur…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Icon:</source>
        <translation>Icône&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards:</source>
        <translation>Cartes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel to merge into</source>
        <translation>Canal dans lequel fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move every card of this channel to the other one, then delete this one</source>
        <translation>Déplacer toutes les cartes de ce canal vers l’autre, puis supprimer celui-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge &amp;into:</source>
        <translation>Fusionner &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No card uses it yet.</source>
        <translation>Aucune carte ne l’utilise encore.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Channel colour</source>
        <translation>Couleur du canal</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/channels/words.py" line="+46"/>
        <source>for people with deuteranopia</source>
        <translation>pour les personnes deutéranopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for people with protanopia</source>
        <translation>pour les personnes protanopes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«{name}» (ΔE {delta:.0f})</source>
        <translation>«&#xa0;{name}&#xa0;» (ΔE {delta:.0f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«{name}» {vision} (ΔE {delta:.0f})</source>
        <translation>«&#xa0;{name}&#xa0;» {vision} (ΔE {delta:.0f})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Hard to tell apart from {names}. The icons still differ.</source>
        <translation>⚠ Difficile à distinguer de {names}. Les icônes restent différentes.</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/channels/pickers.py" line="+43"/>
        <source>Colour {colour} — close to {names}</source>
        <translation>Couleur {colour} — proche de {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour {colour}</source>
        <translation>Couleur {colour}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Icon: {name}</source>
        <translation>Icône&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>ChannelIcons</name>
    <message>
        <location filename="../../journey_editor/ui/channels/words.py" line="-68"/>
        <source>Globe</source>
        <translation>Globe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat bubble</source>
        <translation>Bulle de discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Megaphone</source>
        <translation>Mégaphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headset</source>
        <translation>Casque-micro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop front</source>
        <translation>Devanture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopping bag</source>
        <translation>Sac de courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lorry</source>
        <translation>Camion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scales</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrench</source>
        <translation>Clé à molette</translation>
    </message>
</context>
<context>
    <name>ChannelPath</name>
    <message>
        <location filename="../../journey_editor/export/channel_path_page.py" line="+18"/>
        <source>Channel paths</source>
        <translation>Parcours des canaux</translation>
    </message>
    <message>
        <location filename="../../journey_editor/export/channel_path_words.py" line="+14"/>
        <source>Channel path — {persona}</source>
        <translation>Parcours des canaux — {persona}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel switches: {switches} · per step: {frequency} · round trips: {round_trips} · digital: {digital} · exit points: {exits}</source>
        <translation>Changements de canal&#xa0;: {switches} · taux&#xa0;: {frequency} · allers-retours&#xa0;: {round_trips} · numérique&#xa0;: {digital} · points de sortie&#xa0;: {exits}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each dot is a touchpoint, left to right in journey order; the line follows the customer from channel to channel. A ring marks an exit point.</source>
        <translation>Chaque point est un point de contact, de gauche à droite dans l&apos;ordre du parcours&#xa0;; la ligne suit le client d&apos;un canal à l&apos;autre. Un anneau marque un point de sortie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{persona} has no touchpoint with a channel yet.</source>
        <translation>{persona} n&apos;a pas encore de point de contact avec un canal.</translation>
    </message>
</context>
<context>
    <name>ChannelPathWindow</name>
    <message>
        <location filename="../../journey_editor/ui/channel_path/window.py" line="+45"/>
        <source>Chart of the persona&apos;s channel path</source>
        <translation>Graphique du parcours des canaux du persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hover a dot to see its card; click it to select the card on the map.</source>
        <translation>Survolez un point pour voir sa fiche&#xa0;; cliquez dessus pour sélectionner la fiche sur la carte.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Channel path — {name}</source>
        <translation>Parcours des canaux — {name}</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../journey_editor/templates.py" line="+30"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online ad</source>
        <translation>Publicité en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>Avis clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp; press</source>
        <translation>Imprimés et presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post &amp; delivery</source>
        <translation>Courrier et livraison</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../journey_editor/ui/editing/clipboard.py" line="+62"/>
        <source>(untitled card)</source>
        <translation>(fiche sans titre)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cut card</source>
        <translation>Couper la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut {0} cards</source>
        <translation>Couper {0}&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Paste card</source>
        <translation>Coller la fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste {0} cards</source>
        <translation>Coller {0}&#xa0;fiches</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/choices.py" line="+275"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour code</source>
        <translation>Code couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six hexadecimal digits, e.g. #0072B2</source>
        <translation>Six chiffres hexadécimaux, par ex. #0072B2</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <location filename="../../journey_editor/ui/compare/bar.py" line="+22"/>
        <source>Compare mode</source>
        <translation>Mode comparaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave compare mode (Esc on the map)</source>
        <translation>Quitter le mode comparaison (Échap sur la carte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparing with {other} — {count}</source>
        <translation>Comparaison avec {other} — {count}</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../journey_editor/ui/persona_compare/window.py" line="+57"/>
        <source>Chart of the personas&apos; emotion curves</source>
        <translation>Graphique des courbes d&apos;émotion des personas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personas shown</source>
        <translation>Personas affichés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hover a marker to see its card; click it to select the card on the map.</source>
        <translation>Survolez un repère pour voir sa fiche&#xa0;; cliquez dessus pour sélectionner la fiche sur la carte.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compare personas — {name}</source>
        <translation>Comparer les personas — {name}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>More than {count} curves get hard to read.</source>
        <translation>Au-delà de {count} courbes, le graphique devient difficile à lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick two personas or more to compare them.</source>
        <translation>Cochez au moins deux personas pour les comparer.</translation>
    </message>
</context>
<context>
    <name>CompareWith</name>
    <message>
        <location filename="../../journey_editor/ui/compare/menu.py" line="+84"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Cartes de parcours (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This map has no backup yet: it is made by the next save.</source>
        <translation>Cette carte n&apos;a pas encore de copie de sauvegarde&#xa0;: elle sera faite au prochain enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This map is not saved in a file yet.</source>
        <translation>Cette carte n&apos;est pas encore enregistrée dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/compare/mode.py" line="+112"/>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be read.</source>
        <translation>«{name}» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Removed since {other}: card {title}</source>
        <translation>Supprimée depuis {other}&#xa0;: fiche {title}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>That is no longer on the map.</source>
        <translation>Ce n&apos;est plus sur la carte.</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/compare/sources.py" line="+40"/>
        <source>the backup «{name}»</source>
        <translation>la copie de sauvegarde «{name}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last saved version of «{name}»</source>
        <translation>la dernière version enregistrée de «{name}»</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/compare/words.py" line="+36"/>
        <location line="+137"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lanes</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the emotion curve</source>
        <translation>sur la courbe d&apos;émotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit point</source>
        <translation>point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other fields</source>
        <translation>autres champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>icône</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from card</source>
        <translation>fiche de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to card</source>
        <translation>fiche d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved from {place}</source>
        <translation>déplacée depuis {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage «{stage}», lane «{lane}»</source>
        <translation>étape «{stage}», ligne «{lane}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona «{persona}», stage «{stage}», lane «{lane}»</source>
        <translation>persona «{persona}», étape «{stage}», ligne «{lane}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>position {old} → {new}</source>
        <translation>position {old} → {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} changed</source>
        <translation>modification&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{what} reordered in the file (nothing changes on the map)</source>
        <translation>nouvel ordre des {what} dans le fichier (rien ne change sur la carte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} reordered: {old} → {new}</source>
        <translation>nouvel ordre des {what}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{subject} added</source>
        <translation>ajout&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} removed</source>
        <translation>suppression&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{subject}: {field} {old} → {new}</source>
        <translation>{subject}&#xa0;: {field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{subject} moved in the file&apos;s list of cards only</source>
        <translation>{subject}&#xa0;: déplacement dans la liste des fiches du fichier seulement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject} moved in its cell from position {old} to {new}</source>
        <translation>{subject}&#xa0;: déplacement dans sa cellule, de la position {old} à {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>persona {persona}, stage {stage}, lane {lane}</source>
        <translation>persona {persona}, étape {stage}, ligne {lane}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stage {stage}, lane {lane}</source>
        <translation>étape {stage}, ligne {lane}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} moved here from {place}</source>
        <translation>{subject}&#xa0;: déplacement depuis {place}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(lane {lane})</source>
        <translation>(ligne {lane})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order in the file only</source>
        <translation>Ordre dans le fichier seulement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persona {name}</source>
        <translation>Persona {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage {name}</source>
        <translation>Étape {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n change</source>
        <translation>%n&#xa0;modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n changes</source>
        <translation>%n&#xa0;modifications</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>{n}&#xa0;ajout(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} removed</source>
        <translation>{n}&#xa0;suppression(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>{n}&#xa0;modification(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} moved</source>
        <translation>{n}&#xa0;déplacement(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} reordered</source>
        <translation>{n}&#xa0;liste(s) réordonnée(s)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../journey_editor/ui/conflicts/controller.py" line="+95"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{object} is not on the map: mine has it deleted.</source>
        <translation>{object} n’est pas sur la carte&#xa0;: ma version l’a supprimé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot resolve: {reason}</source>
        <translation>Impossible de résoudre&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/conflicts/words.py" line="+31"/>
        <source>The map {name}</source>
        <translation>La carte {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {name}</source>
        <translation>Étape {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona {name}</source>
        <translation>Persona {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane {name}</source>
        <translation>Ligne {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card {name}</source>
        <translation>Fiche {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link {name}</source>
        <translation>Lien {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel {name}</source>
        <translation>Canal {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>based on</source>
        <translation>d’après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lanes</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the emotion curve</source>
        <translation>sur la courbe des émotions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>niveau de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit point</source>
        <translation>point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other fields</source>
        <translation>autres champs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>icône</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from card</source>
        <translation>fiche de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to card</source>
        <translation>fiche d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place on the map</source>
        <translation>place sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n conflict</source>
        <translation>%n&#xa0;conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conflicts</source>
        <translation>%n&#xa0;conflits</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>in stage {stage} · persona {persona}</source>
        <translation>à l’étape {stage} · persona {persona}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>of persona {persona}</source>
        <translation>du persona {persona}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted in mine, kept in theirs</source>
        <translation>Supprimé chez moi, gardé chez eux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in mine, deleted in theirs</source>
        <translation>Gardé chez moi, supprimé chez eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different on both sides</source>
        <translation>Différent des deux côtés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: {fields}</source>
        <translation>conflit&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mine: {value}</source>
        <translation>Ma version&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: {value}</source>
        <translation>Leur version&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base: {value}</source>
        <translation>Base&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(changed since the merge, which gave {value})</source>
        <translation>(changé depuis la fusion, qui donnait {value})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>place {n}</source>
        <translation>place {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage {stage}, lane {lane}</source>
        <translation>étape {stage}, ligne {lane}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kept</source>
        <translation>gardé</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location filename="../../journey_editor/ui/conflicts/panel.py" line="+44"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value the map has now; the conflict goes</source>
        <translation>Garder la valeur qu’a la carte maintenant ; le conflit disparaît</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the map the other copy&apos;s value</source>
        <translation>Donner à la carte la valeur de l’autre copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the value, or pick one of the three</source>
        <translation>Taper la valeur, ou choisir l’une des trois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All mine</source>
        <translation>Toutes les miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine for every conflict left</source>
        <translation>Garder ma version pour chaque conflit restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All theirs</source>
        <translation>Toutes les leurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs for every conflict left</source>
        <translation>Prendre la leur pour chaque conflit restant</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{count} left from the merge: keep mine, take theirs or edit each.</source>
        <translation>{count} restant de la fusion&#xa0;: gardez votre version, prenez la leur ou modifiez chacun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts left: the map is saved without them.</source>
        <translation>Plus aucun conflit&#xa0;: la carte est enregistrée sans eux.</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../journey_editor/ui/shell/crash_guard.py" line="+94"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor ran into an unexpected problem. Your work is safe and you can go on.</source>
        <translation>L&apos;éditeur a rencontré un problème inattendu. Votre travail est en sécurité et vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy of your unsaved changes was written to:</source>
        <translation>Une copie de vos modifications non enregistrées a été écrite dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There were no unsaved changes to copy.</source>
        <translation>Il n&apos;y avait aucune modification non enregistrée à copier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details for a bug report are in {log}.</source>
        <translation>Les détails pour un rapport de bogue se trouvent dans {log}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving your map now (File → Save As…, under a new name if you prefer) is a good idea.</source>
        <translation>Il est prudent d&apos;enregistrer votre carte maintenant (Fichier → Enregistrer sous…, sous un autre nom si vous préférez).</translation>
    </message>
</context>
<context>
    <name>DiskSync</name>
    <message>
        <location filename="../../journey_editor/ui/files/disk_sync.py" line="+83"/>
        <source>«{name}» was changed on disk (a synced or colleague&apos;s copy), and you have unsaved changes here.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque (copie synchronisée ou d&apos;un collègue), et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload (set mine aside)</source>
        <translation>Recharger (mettre la mienne de côté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«{name}» was changed on disk (a synced or colleague&apos;s copy). Reload to see it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque (copie synchronisée ou d&apos;un collègue). Rechargez pour le voir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both versions&apos; changes in one map: yours and the ones on disk since you opened or saved it. Edit → Undo takes the merge back.</source>
        <translation>Les changements des deux versions dans une seule carte : les vôtres et ceux faits sur le disque depuis que vous l&apos;avez ouverte ou enregistrée. Édition → Annuler défait la fusion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the version on disk; Edit → Undo brings yours back.</source>
        <translation>Afficher la version du disque&#xa0;; Édition → Annuler ramène la vôtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the map as it is; Save will ask before overwriting the newer file.</source>
        <translation>Laisser la carte telle quelle&#xa0;; Enregistrer demandera avant d&apos;écraser le fichier plus récent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>«{name}» was deleted or moved away on disk. The map is still here: Save writes it back.</source>
        <translation>«&#xa0;{name}&#xa0;» a été supprimé ou déplacé sur le disque. La carte est toujours ici&#xa0;: Enregistrer la réécrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Merge the version on disk</source>
        <translation>Fusionner la version du disque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merged the version of {name} on disk into your map: {conflicts}. Save to keep the merged map; Edit → Undo takes the merge back.</source>
        <translation>La version de {name} sur le disque a été fusionnée dans votre carte : {conflicts}. Enregistrez pour garder la carte fusionnée ; Édition → Annuler défait la fusion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The version of {name} on disk held nothing new: {conflicts}.</source>
        <translation>La version de {name} sur le disque n&apos;apportait rien de nouveau : {conflicts}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reloaded {name} from disk; Edit → Undo brings back the version you had.</source>
        <translation>{name} rechargé depuis le disque&#xa0;; Édition → Annuler ramène la version que vous aviez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no backup of {name} yet: it is made by the next save.</source>
        <translation>Il n&apos;y a pas encore de copie de sauvegarde de {name}&#xa0;: elle sera faite au prochain enregistrement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot revert to backup</source>
        <translation>Impossible de revenir à la copie de sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{counts}, kept as the backup on {when}</source>
        <translation>{counts}, conservée comme sauvegarde le {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revert to backup</source>
        <translation>Revenir à la copie de sauvegarde</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/fields.py" line="+42"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../journey_editor/ui/files/operations.py" line="+104"/>
        <source>Open journey map</source>
        <translation>Ouvrir une carte de parcours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey maps (*{suffix});;All files (*)</source>
        <translation>Cartes de parcours (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+41"/>
        <source>Opened a copy of {name}: it is saved only under a new name.</source>
        <translation>Copie de {name} ouverte&#xa0;: elle ne s&apos;enregistre que sous un nouveau nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is open read-only: another instance has it open.</source>
        <translation>{name} est ouvert en lecture seule&#xa0;: une autre instance l&apos;a ouvert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lock file could be written beside {name} (read-only folder?): other instances will not know it is open here.</source>
        <translation>Aucun fichier de verrou n&apos;a pu être écrit à côté de {name} (dossier en lecture seule&#xa0;?)&#xa0;: les autres instances ne sauront pas qu&apos;il est ouvert ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a map</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tools&apos; maps (*.ojf *.mmd *.mermaid *.md *.csv);;All files (*)</source>
        <translation>Cartes d&apos;autres outils (*.ojf *.mmd *.mermaid *.md *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be imported.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is open read-only (another instance has it): save it under a new name.</source>
        <translation>{name} est ouvert en lecture seule (une autre instance l&apos;a ouvert)&#xa0;: enregistrez-le sous un nouveau nom.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save journey map as</source>
        <translation>Enregistrer la carte de parcours sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Journey maps (*{suffix})</source>
        <translation>Cartes de parcours (*{suffix})</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Cannot save map</source>
        <translation>Impossible d&apos;enregistrer la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving over it would destroy the other instance&apos;s version. Choose another name with File → Save As….</source>
        <translation>L&apos;enregistrer par-dessus détruirait la version de l&apos;autre instance. Choisissez un autre nom avec Fichier → Enregistrer sous….</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+109"/>
        <source>«{name}» could not be saved: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Your changes are still here and the file on disk is unchanged. Save As… saves them somewhere else (another folder or disk).</source>
        <translation>Vos modifications sont toujours là et le fichier sur le disque est inchangé. Enregistrer sous… les enregistre ailleurs (un autre dossier ou disque).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>«{name}» was changed on disk since you opened or saved it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The to-be must name the as-is you see. Reload it from disk, or save yours over it, then save as to-be again.</source>
        <translation>La version cible doit désigner l&apos;existant que vous voyez. Rechargez-le depuis le disque, ou enregistrez le vôtre par-dessus, puis enregistrez à nouveau la version cible.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the to-be as</source>
        <translation>Enregistrer la version cible sous</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The to-be cannot be saved over its as-is «{name}».</source>
        <translation>La version cible ne peut pas remplacer son existant «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another name: both maps are kept, side by side.</source>
        <translation>Choisissez un autre nom&#xa0;: les deux cartes sont gardées côte à côte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>«{name}» is still open, as saved.</source>
        <translation>«&#xa0;{name}&#xa0;» reste ouvert, tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {name}, the to-be of {as_is}: you are now editing it.</source>
        <translation>{name}, version cible de {as_is}, est enregistré&#xa0;: c&apos;est lui que vous modifiez maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save as to-be</source>
        <translation>Impossible d&apos;enregistrer la version cible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OpenJourney (*.ojf)</source>
        <translation>OpenJourney (*.ojf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid journey (*.mmd)</source>
        <translation>Parcours Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of cards (*.csv)</source>
        <translation>CSV des fiches (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be written.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported {name}; not exported: {what}</source>
        <translation>{name} exporté&#xa0;; non exporté&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>{name} had other names (hard links): they keep the previous version.</source>
        <translation>{name} avait d&apos;autres noms (liens physiques)&#xa0;: ils gardent la version précédente.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The name of {name} is too long for a lock file beside it: other instances will not know it is open here.</source>
        <translation>Le nom de {name} est trop long pour y ajouter un fichier de verrou&#xa0;: les autres instances ne sauront pas qu&apos;il est ouvert ici.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../journey_editor/ui/shell/filters.py" line="+195"/>
        <source>Spotlight and filters</source>
        <translation>Projecteur et filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the spotlight and the filters (View ▸ Spotlight and filters)</source>
        <translation>Éteindre le projecteur et retirer les filtres (Affichage ▸ Projecteur et filtres)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filtered view, the map is unchanged: {what}</source>
        <translation>Vue filtrée, la carte n’est pas modifiée&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location line="-171"/>
        <source>Select a persona, a lane or a card first</source>
        <translation>Sélectionnez d’abord un persona, une ligne ou une fiche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a stage or a card first</source>
        <translation>Sélectionnez d’abord une étape ou une fiche</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No card has a tag</source>
        <translation>Aucune fiche n’a d’étiquette</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>spotlight on persona «{name}»</source>
        <translation>projecteur sur le persona «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spotlight on stage «{name}»</source>
        <translation>projecteur sur l’étape «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only cards of evidence «{level}»</source>
        <translation>seulement les fiches de preuve «&#xa0;{level}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only cards tagged «{tag}»</source>
        <translation>seulement les fiches étiquetées «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lanes hidden: {kinds}</source>
        <translation>lignes masquées&#xa0;: {kinds}</translation>
    </message>
</context>
<context>
    <name>ImageExportJob</name>
    <message>
        <location filename="../../journey_editor/ui/handout/image_job.py" line="+248"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>InlineLineEdit</name>
    <message>
        <location filename="../../journey_editor/ui/canvas/interactions/inline_editor.py" line="+38"/>
        <source>Rename in place</source>
        <translation>Renommer sur place</translation>
    </message>
</context>
<context>
    <name>InlineTextEdit</name>
    <message>
        <location line="+40"/>
        <source>Rename in place</source>
        <translation>Renommer sur place</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/dock.py" line="+37"/>
        <location line="+55"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Selected object</source>
        <translation>Objet sélectionné</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/page.py" line="+96"/>
        <source>Not changed: {0}</source>
        <translation>Non modifié&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <location filename="../../journey_editor/ui/shell/keyboard_access.py" line="+111"/>
        <source>&amp;No channel</source>
        <translation>&amp;Aucun canal</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../journey_editor/ui/labels.py" line="+15"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabloid</source>
        <translation>Tabloïd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>effortless</source>
        <translation>sans effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very hard</source>
        <translation>très difficile</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>very negative</source>
        <translation>très négative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>négative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very positive</source>
        <translation>très positive</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several values</source>
        <translation>Plusieurs valeurs</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/structure_pages.py" line="+141"/>
        <source>Name of the lane</source>
        <translation>Nom de la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds the emotion curve</source>
        <translation>Alimente la courbe d&apos;émotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The emotion scores of this lane&apos;s cards are points of the persona&apos;s curve (by default, those of touchpoints and emotions lanes)</source>
        <translation>Les scores d&apos;émotion des fiches de cette ligne sont des points de la courbe du persona (par défaut, ceux des lignes de points de contact et d&apos;émotions)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emotion curve</source>
        <translation>Courbe d&apos;émotion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lane — {0}</source>
        <translation>Ligne — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lane of persona {0}</source>
        <translation>Ligne du persona {0}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../journey_editor/export/legend_words.py" line="+13"/>
        <source>To-be, based on «{title}» ({file})</source>
        <translation>Version cible, d&apos;après «&#xa0;{title}&#xa0;» ({file})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-be, based on {file}</source>
        <translation>Version cible, d&apos;après {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 effortless</source>
        <translation>1 sans effort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5 very hard</source>
        <translation>5 très difficile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed</source>
        <translation>supposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit point</source>
        <translation>point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dot votes</source>
        <translation>votes (gommettes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered link: listed on the Links page after the map</source>
        <translation>lien numéroté : voir la page Liens après la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lanes} lanes · {cards} cards</source>
        <translation>lignes&#xa0;: {lanes} · fiches&#xa0;: {cards}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotion curve: {lanes}</source>
        <translation>Courbe d&apos;émotion&#xa0;: {lanes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>touchpoints</source>
        <translation>points de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thoughts</source>
        <translation>pensées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotions</source>
        <translation>émotions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain points</source>
        <translation>irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backstage</source>
        <translation>coulisses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no lane</source>
        <translation>aucune ligne</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/project_page.py" line="+98"/>
        <source>e.g. clicks the link</source>
        <translation>par ex. clique sur le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link — {0}</source>
        <translation>Lien — {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {0}
To: {1}</source>
        <translation>De&#xa0;: {0}
Vers&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no channel</source>
        <translation>aucun canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel switch: yes ({0} → {1})</source>
        <translation>Changement de canal : oui ({0} → {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel switch: no (neither card has a channel)</source>
        <translation>Changement de canal : non (aucune des deux fiches n’a de canal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel switch: no (both {0})</source>
        <translation>Changement de canal : non (les deux : {0})</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../journey_editor/ui/shell/actions.py" line="+224"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New map</source>
        <translation>&amp;Nouvelle carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New from &amp;template</source>
        <translation>Nouvelle carte depuis un &amp;modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as to-&amp;be…</source>
        <translation>Enregistrer une version ci&amp;ble…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load from disk</source>
        <translation>Re&amp;charger depuis le disque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;vert to backup…</source>
        <translation>Re&amp;venir à la copie de sauvegarde…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF handout…</source>
        <translation>Support PDF à distribuer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image (.png, .svg)…</source>
        <translation>Image (.png, .svg)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenJourney (.ojf)…</source>
        <translation>OpenJourney (.ojf)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mermaid journey (.mmd)…</source>
        <translation>Parcours Mermaid (.mmd)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV of cards (.csv)…</source>
        <translation>CSV des fiches (.csv)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo &amp;history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select &amp;all cards</source>
        <translation>Sélectionner &amp;toutes les fiches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Card</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New card in the cell</source>
        <translation>&amp;Nouvelle fiche dans la cellule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Effort</source>
        <translation>&amp;Effort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lower emotion</source>
        <translation>&amp;Diminuer l&apos;émotion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Raise emotion</source>
        <translation>&amp;Augmenter l&apos;émotion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a &amp;vote</source>
        <translation>Ajouter un &amp;vote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a v&amp;ote</source>
        <translation>Retirer un v&amp;ote</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;stage</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;persona</source>
        <translation>Ajouter un &amp;persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;lane to the selected persona</source>
        <translation>Ajouter une &amp;ligne au persona sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Canaux…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear &amp;votes</source>
        <translation>Effacer les v&amp;otes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Fit to window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compare personas</source>
        <translation>&amp;Comparer les personas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel path</source>
        <translation>Parcours &amp;des canaux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spotlight an&amp;d filters</source>
        <translation>Pr&amp;ojecteur et filtres</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Mer&amp;ge conflicts</source>
        <translation>Conflits de f&amp;usion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Captu&amp;re remarks</source>
        <translation>Capturer les remar&amp;ques</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Compare &amp;with</source>
        <translation>Comparer a&amp;vec</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spotlight the selected &amp;persona</source>
        <translation>Projecteur sur le &amp;persona sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spotlight the selected &amp;stage</source>
        <translation>Projecteur sur l’é&amp;tape sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only cards of &amp;evidence</source>
        <translation>Seulement les fiches de p&amp;reuve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only cards &amp;tagged</source>
        <translation>Seulement les fiches ét&amp;iquetées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hide lanes</source>
        <translation>&amp;Masquer des lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear spotlight and filters</source>
        <translation>&amp;Effacer projecteur et filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Present</source>
        <translation>Prése&amp;nter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canva&amp;s only</source>
        <translation>Carte s&amp;eule</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Persona co&amp;lumn</source>
        <translation>Co&amp;lonne des personas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Timer…</source>
        <translation>&amp;Minuteur…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pa&amp;use / resume timer</source>
        <translation>Pause / repr&amp;ise du minuteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;eset timer</source>
        <translation>Remettre le minuteur à &amp;zéro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;vious pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Menu bar</source>
        <translation>&amp;Barre de menus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About journey-editor</source>
        <translation>À &amp;propos de journey-editor</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/menus.py" line="+126"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/actions.py" line="-582"/>
        <source>From template</source>
        <translation>Depuis un modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/menus.py" line="+52"/>
        <source>Not done: {error}</source>
        <translation>Non effectué&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/commands.py" line="+55"/>
        <source>Select a card or a cell first</source>
        <translation>Sélectionnez d&apos;abord une fiche ou une cellule</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No persona</source>
        <translation>Aucun persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a persona first.</source>
        <translation>Ajoutez d&apos;abord un persona.</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/compare/menu.py" line="-67"/>
        <source>Another &amp;map file…</source>
        <translation>Un autre &amp;fichier de carte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its &amp;backup (.bak)</source>
        <translation>Sa copie de &amp;sauvegarde (.bak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its last &amp;saved version</source>
        <translation>Sa dernière version &amp;enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave compare mode</source>
        <translation>&amp;Quitter le mode comparaison</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/view_actions.py" line="+19"/>
        <source>&amp;Full: name, role and quote</source>
        <translation>&amp;Complète&#xa0;: nom, rôle et citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narrow: name and role</source>
        <translation>&amp;Étroite&#xa0;: nom et rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials only</source>
        <translation>&amp;Initiales seulement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journey_editor/ui/shell/main_window.py" line="+55"/>
        <source>Journey map canvas</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys and Tab move between cards, cells and headers; Insert adds a card, F2 renames, 1 to 5 set effort, minus and plus change emotion; F6 moves to the palette and the inspector</source>
        <translation>Les flèches et Tab passent d&apos;une fiche, d&apos;une cellule ou d&apos;un en-tête à l&apos;autre&#xa0;; Inser ajoute une fiche, F2 renomme, 1 à 5 notent l&apos;effort, moins et plus changent l&apos;émotion&#xa0;; F6 passe à la palette et à l&apos;inspecteur</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+4"/>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&lt;opened map&gt;</source>
        <translation>&lt;carte ouverte&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n persona</source>
        <translation>%n&#xa0;persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n personas</source>
        <translation>%n&#xa0;personas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n stage</source>
        <translation>%n&#xa0;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n stages</source>
        <translation>%n&#xa0;étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n card</source>
        <translation>%n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n cards</source>
        <translation>%n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n link</source>
        <translation>%n&#xa0;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n links</source>
        <translation>%n&#xa0;liens</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not write the recovery copy: {reason}</source>
        <translation>Impossible d&apos;écrire la copie de récupération&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/shell/chrome.py" line="+51"/>
        <source>Docked panels</source>
        <translation>Panneaux ancrés</translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message>
        <location filename="../../journey_editor/ui/editing/verbs.py" line="+54"/>
        <source>Stage {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear effort</source>
        <translation>Effacer l&apos;effort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set effort {effort}</source>
        <translation>Effort à {effort}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set emotion {emotion}</source>
        <translation>Émotion à {emotion}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Raise emotion</source>
        <translation>Augmenter l&apos;émotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower emotion</source>
        <translation>Diminuer l&apos;émotion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a vote</source>
        <translation>Ajouter un vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear votes</source>
        <translation>Effacer les votes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate card</source>
        <translation>Dupliquer la fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate %n card</source>
        <translation>Dupliquer %n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate %n cards</source>
        <translation>Dupliquer %n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Set channel</source>
        <translation>Changer de canal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Moment of truth on</source>
        <translation>Marquer comme moment de vérité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moment of truth off</source>
        <translation>Retirer le moment de vérité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit point on</source>
        <translation>Marquer comme point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit point off</source>
        <translation>Retirer le point de sortie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a card cannot be linked to itself</source>
        <translation>une fiche ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these two cards are already linked in this direction</source>
        <translation>ces deux fiches sont déjà liées dans ce sens</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reconnect link</source>
        <translation>Reconnecter le lien</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/editing/channel_verbs.py" line="+32"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New channel {number}</source>
        <translation>Nouveau canal {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is used by %n card: merge it into another channel instead</source>
        <translation>«&#xa0;{name}&#xa0;» est utilisé par %n carte&#xa0;: fusionnez-le plutôt dans un autre canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«{name}» is used by %n cards: merge it into another channel instead</source>
        <translation>«&#xa0;{name}&#xa0;» est utilisé par %n cartes&#xa0;: fusionnez-le plutôt dans un autre canal</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a channel cannot be merged into itself</source>
        <translation>un canal ne peut pas être fusionné dans lui-même</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../journey_editor/ui/canvas/view.py" line="+351"/>
        <source>Not done: {message}</source>
        <translation>Non effectué&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>Merging</name>
    <message>
        <location filename="../../journey_editor/ui/files/merging.py" line="+43"/>
        <source>%n conflict to resolve</source>
        <translation>%n conflit à résoudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conflicts to resolve</source>
        <translation>%n conflits à résoudre</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>It is another map (its id is «{theirs}», the open map&apos;s «{mine}»): only two copies of one map can be merged.</source>
        <translation>C&apos;est une autre carte (son identifiant est «{theirs}», celui de la carte ouverte «{mine}») : seules deux copies d&apos;une même carte peuvent être fusionnées.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be merged into the open map.</source>
        <translation>«{name}» n&apos;a pas pu être fusionné dans la carte ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The map you had open is unchanged.</source>
        <translation>La carte ouverte est inchangée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no conflict</source>
        <translation>aucun conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (merged from the backup beside the map)</source>
        <translation> (fusion à partir de la sauvegarde à côté de la carte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no common version found: every difference is a conflict)</source>
        <translation> (aucune version commune trouvée : chaque différence est un conflit)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../journey_editor/ui/message_bar.py" line="+35"/>
        <source>File notice</source>
        <translation>Avis sur le fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../journey_editor/ui/handout/preview.py" line="+62"/>
        <location line="+52"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../../journey_editor/ui/palette/dock.py" line="+188"/>
        <location line="+37"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Digital channels</source>
        <translation>Canaux numériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical channels</source>
        <translation>Canaux physiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage and persona</source>
        <translation>Étape et persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New digital channel…</source>
        <translation>Nouveau canal numérique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a digital channel to the map&apos;s catalogue</source>
        <translation>Ajouter un canal numérique au catalogue de la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New physical channel…</source>
        <translation>Nouveau canal physique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a physical channel to the map&apos;s catalogue</source>
        <translation>Ajouter un canal physique au catalogue de la carte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drag onto a cell to add a «{0}» touchpoint, or press Enter to add it to the selected cell</source>
        <translation>Glissez sur une cellule pour ajouter un point de contact «&#xa0;{0}&#xa0;», ou appuyez sur Entrée pour l&apos;ajouter à la cellule sélectionnée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag onto the stage row to insert a stage, or press Enter to add one</source>
        <translation>Glissez sur la rangée des étapes pour insérer une étape, ou appuyez sur Entrée pour en ajouter une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag onto the map to insert a persona, or press Enter to add one</source>
        <translation>Glissez sur la carte pour insérer un persona, ou appuyez sur Entrée pour en ajouter un</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag onto a persona to add a «{0}» lane, or press Enter to add it to the selected persona</source>
        <translation>Glissez sur un persona pour ajouter une ligne «&#xa0;{0}&#xa0;», ou appuyez sur Entrée pour l&apos;ajouter au persona sélectionné</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not done: {0}</source>
        <translation>Non effectué&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a stage and a persona first</source>
        <translation>Ajoutez d&apos;abord une étape et un persona</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a persona first</source>
        <translation>Ajoutez d&apos;abord un persona</translation>
    </message>
</context>
<context>
    <name>PdfChanges</name>
    <message>
        <location filename="../../journey_editor/export/change_words.py" line="+41"/>
        <location filename="../../journey_editor/export/changes_layout.py" line="+427"/>
        <location line="+15"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journey_editor/export/changes_layout.py" line="-14"/>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journey_editor/export/changes_layout.py" line="+1"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journey_editor/export/changes_layout.py" line="+1"/>
        <source>moved</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../journey_editor/export/changes_layout.py" line="+1"/>
        <source>reordered</source>
        <translation>nouvel ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personas</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lanes</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cards</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>niveau de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit point</source>
        <translation>point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other data</source>
        <translation>autres données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the emotion curve</source>
        <translation>sur la courbe d&apos;émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>icône</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from card</source>
        <translation>fiche de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to card</source>
        <translation>fiche d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>added: {n}</source>
        <translation>ajouts&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: {n}</source>
        <translation>retraits&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed: {n}</source>
        <translation>modifications&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved: {n}</source>
        <translation>déplacements&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reordered: {n}</source>
        <translation>nouveaux ordres&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{items} of persona {name}</source>
        <translation>{items} du persona {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from card {start} to card {end}</source>
        <translation>de la fiche {start} à la fiche {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position {n}</source>
        <translation>position {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane {lane}, position {n}</source>
        <translation>ligne {lane}, position {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in the file only (nothing changes on the map)</source>
        <translation>dans le fichier seulement (rien ne change sur la carte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with its %n lane</source>
        <translation>avec %n&#xa0;ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with its %n lanes</source>
        <translation>avec %n&#xa0;lignes</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>in the file&apos;s list of cards only (same place)</source>
        <translation>dans la liste des fiches du fichier seulement (même place)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from position {old} to {new}</source>
        <translation>de la position {old} à la position {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {old} to {new}</source>
        <translation>de {old} à {new}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>was {name}</source>
        <translation>ex-{name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from position {n}</source>
        <translation>depuis la position {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from {place}</source>
        <translation>depuis {place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n card removed</source>
        <translation>%n&#xa0;fiche retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n cards removed</source>
        <translation>%n&#xa0;fiches retirées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n change</source>
        <translation>%n&#xa0;changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n changes</source>
        <translation>%n&#xa0;changements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../journey_editor/export/changes_layout.py" line="-357"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order in the file only (nothing changes on the map)</source>
        <translation>Ordre dans le fichier seulement (rien ne change sur la carte)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean effort</source>
        <translation>Effort moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean emotion</source>
        <translation>Émotion moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit points</source>
        <translation>Points de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel switches</source>
        <translation>Changements de canal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(new)</source>
        <translation>(ajout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(gone)</source>
        <translation>(retrait)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes — {title}</source>
        <translation>Changements — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-journey map</source>
        <translation>Carte d&apos;expérience client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with {file} {title}</source>
        <translation>Comparée à {file} {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No differences: the two maps are the same.</source>
        <translation>Aucune différence&#xa0;: les deux cartes sont identiques.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes on the lanes printed (left out: {kinds}).</source>
        <translation>Changements sur les lignes imprimées (omises&#xa0;: {kinds}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of changes</source>
        <translation>Synthèse des changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persona or stage</source>
        <translation>Persona ou étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before → after (difference). A mean is over the cards that have the score; pain points are the cards on pain-point lanes.</source>
        <translation>Avant → après (écart). Une moyenne porte sur les fiches qui ont la note&#xa0;; les irritants sont les fiches des lignes d&apos;irritants.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>effort 3 → 2</source>
        <translation>effort 3 → 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what changed (shortened to fit: all of it below)</source>
        <translation>ce qui a changé (abrégé&#xa0;: tout est détaillé plus bas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from «stage»</source>
        <translation>depuis «étape»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved, and from where</source>
        <translation>déplacée, et d&apos;où</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cards removed from this cell (listed below)</source>
        <translation>fiches retirées de cette case (listées plus bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the map:</source>
        <translation>Sur la carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../journey_editor/export/comparison.py" line="+137"/>
        <source>Compared with {file}: no differences (page {page}).</source>
        <translation>Comparée à {file}&#xa0;: aucune différence (page {page}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked: what changed since {file} (+ new, ~ changed, ↳ moved, − removed); every change from page {page}.</source>
        <translation>Marqué&#xa0;: ce qui a changé depuis {file} (+ nouveau, ~ modifié, ↳ déplacé, − retiré)&#xa0;; tous les changements à partir de la page {page}.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../journey_editor/export/page_marks.py" line="+85"/>
        <source>row {row} / column {column}</source>
        <translation>rangée {row} / colonne {column}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sheet {sheet} of {sheets}</source>
        <translation>feuille {sheet} sur {sheets}</translation>
    </message>
    <message>
        <location filename="../../journey_editor/export/pdf_render.py" line="+44"/>
        <source>Customer-journey map</source>
        <translation>Carte d&apos;expérience client</translation>
    </message>
    <message>
        <location filename="../../journey_editor/export/pdf.py" line="+93"/>
        <source>fit: the smallest text prints at {size} pt (below {minimum} pt); use a larger paper or tile</source>
        <translation>ajustement&#xa0;: le plus petit texte s&apos;imprime en {size}&#xa0;pt (moins de {minimum}&#xa0;pt)&#xa0;; prenez un papier plus grand ou répartissez sur plusieurs feuilles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tile: the smallest text prints at {size} pt (below {minimum} pt); use a larger scale</source>
        <translation>feuilles&#xa0;: le plus petit texte s&apos;imprime en {size}&#xa0;pt (moins de {minimum}&#xa0;pt)&#xa0;; augmentez l&apos;échelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tile: the last column of sheets holds only {share} % of a sheet; at {scale} % the map prints on {sheets} instead of {current} sheets</source>
        <translation>feuilles&#xa0;: la dernière colonne de feuilles ne contient que {share}&#xa0;% d&apos;une feuille&#xa0;; à {scale}&#xa0;%, la carte tient sur {sheets} au lieu de {current}&#xa0;feuilles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tile: the last row of sheets holds only {share} % of a sheet; at {scale} % the map prints on {sheets} instead of {current} sheets</source>
        <translation>feuilles&#xa0;: la dernière rangée de feuilles ne contient que {share}&#xa0;% d&apos;une feuille&#xa0;; à {scale}&#xa0;%, la carte tient sur {sheets} au lieu de {current}&#xa0;feuilles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tile: the last row and the last column of sheets hold less than a fifth of a sheet each; at {scale} % the map prints on {sheets} instead of {current} sheets</source>
        <translation>feuilles&#xa0;: la dernière rangée et la dernière colonne de feuilles contiennent chacune moins d&apos;un cinquième de feuille&#xa0;; à {scale}&#xa0;%, la carte tient sur {sheets} au lieu de {current}&#xa0;feuilles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fit: portrait paper would print the map {gain}× larger</source>
        <translation>ajustement&#xa0;: en portrait, la carte serait imprimée {gain}&#xa0;fois plus grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit: landscape paper would print the map {gain}× larger</source>
        <translation>ajustement&#xa0;: en paysage, la carte serait imprimée {gain}&#xa0;fois plus grande</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no font on this computer has {characters}: they print as empty boxes; the package {package} (Debian, Ubuntu) adds a font for them</source>
        <translation>aucune police de cet ordinateur n&apos;a {characters}&#xa0;: ces caractères s&apos;impriment en carrés vides&#xa0;; le paquet {package} (Debian, Ubuntu) ajoute une police qui les a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no font on this computer has {characters}: they print as empty boxes</source>
        <translation>aucune police de cet ordinateur n&apos;a {characters}&#xa0;: ces caractères s&apos;impriment en carrés vides</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../../journey_editor/ui/handout/pdf_dialog.py" line="+59"/>
        <location line="+47"/>
        <location line="+70"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A PDF export is already running</source>
        <translation>Un export PDF est déjà en cours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting «{name}»…</source>
        <translation>Export de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting «{name}»: page {done} of {total}</source>
        <translation>Export de «&#xa0;{name}&#xa0;»&#xa0;: page {done} sur {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {pages} to {path}</source>
        <translation>Export terminé ({pages})&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export PDF</source>
        <translation>Impossible d&apos;exporter le PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be written: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed in {folder}. Choose another folder (one you can write to, with free space) and export again.</source>
        <translation>Rien n&apos;a été modifié dans {folder}. Choisissez un autre dossier (accessible en écriture, avec de l&apos;espace libre) et exportez à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF export cancelled: no file written</source>
        <translation>Export PDF annulé&#xa0;: aucun fichier écrit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF exported with warnings</source>
        <translation>PDF exporté avec des avertissements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«{name}» was written. Worth checking:</source>
        <translation>«&#xa0;{name}&#xa0;» a été écrit. À vérifier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PdfExportJob</name>
    <message>
        <location filename="../../journey_editor/ui/handout/export_job.py" line="+116"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>PdfLinks</name>
    <message>
        <location filename="../../journey_editor/export/links_table.py" line="+17"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links — {name}</source>
        <translation>Liens — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A numbered marker on a connector stands for a link whose words did not fit beside it.</source>
        <translation>Un repère numéroté sur un lien remplace le texte qui ne tenait pas à côté.</translation>
    </message>
</context>
<context>
    <name>PdfOptionsPanel</name>
    <message>
        <location filename="../../journey_editor/ui/handout/options_panel.py" line="+45"/>
        <source>the margins leave no room on the page</source>
        <translation>les marges ne laissent aucune place sur la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the overlap must be smaller than the printable part of a sheet</source>
        <translation>le chevauchement doit être plus petit que la partie imprimable d&apos;une feuille</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}  ({w} × {h} mm)</source>
        <translation>{name}  ({w}&#xa0;×&#xa0;{h}&#xa0;mm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom width</source>
        <translation>Largeur personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom height</source>
        <translation>Hauteur personnalisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom:</source>
        <translation>Personnalisé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Automatic</source>
        <translation>Aut&amp;omatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiling: the way round that takes the fewest sheets. Fitting: landscape, unless portrait prints the map much larger</source>
        <translation>Sur plusieurs feuilles&#xa0;: le sens qui en demande le moins. Sur une page&#xa0;: paysage, sauf si le portrait imprime la carte nettement plus grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Landscape</source>
        <translation>Pa&amp;ysage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit the map on one page</source>
        <translation>&amp;Ajuster la carte sur une page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tile it over several sheets (wall poster)</source>
        <translation>&amp;Répartir sur plusieurs feuilles (affiche murale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tile scale</source>
        <translation>Échelle des feuilles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % prints the map at the size it has on screen at 100 %</source>
        <translation>100&#xa0;% imprime la carte à la taille qu&apos;elle a à l&apos;écran à 100&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap between sheets</source>
        <translation>Chevauchement entre les feuilles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sheet repeats this much of its neighbours, to tape</source>
        <translation>Chaque feuille reprend cette bande de ses voisines, pour les assembler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verlap:</source>
        <translation>Che&amp;vauchement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page margins</source>
        <translation>Marges de la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One page per &amp;persona</source>
        <translation>&amp;Une page par persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary page (metrics per persona and stage)</source>
        <translation>Page de &amp;synthèse (indicateurs par persona et par étape)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona c&amp;omparison page (emotion curves, effort, gaps)</source>
        <translation>Page de compara&amp;ison des personas (courbes d&apos;émotion, effort, écarts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hannel path page per persona (its zig-zag between channels)</source>
        <translation>Page de parcours des ca&amp;naux par persona (son zigzag entre les canaux)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lanes to include</source>
        <translation>Lignes à inclure</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lanes:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum legible font size</source>
        <translation>Taille de texte minimale lisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fitting a large map warns when its smallest text gets below this size</source>
        <translation>En ajustant une grande carte, un avertissement signale un texte plus petit que cette taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest legible &amp;text:</source>
        <translation>&amp;Texte lisible minimal&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The map&apos;s language ({locale})</source>
        <translation>La langue de la carte ({locale})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the legend and summary</source>
        <translation>Langue de la légende et de la synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words the PDF adds (legend, summary page, sheet labels)</source>
        <translation>Les mots ajoutés par le PDF (légende, page de synthèse, repères des feuilles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words in:</source>
        <translation>&amp;Langue du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes:</source>
        <translation>Changements&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot read the map to compare with, {file}: {reason}</source>
        <translation>Impossible de lire la carte à comparer, {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare wit&amp;h…</source>
        <translation>C&amp;hoisir la carte à comparer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change handout: mark on the map what changed since another version of it, and list every change after the map</source>
        <translation>Un document des changements&#xa0;: marquer sur la carte ce qui a changé depuis une autre version, et lister chaque changement après la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with no other map</source>
        <translation>Ne comparer avec aucune autre carte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maps (*.journey.json *.ojf *.mmd *.mermaid *.md *.csv);;All files (*)</source>
        <translation>Cartes (*.journey.json *.ojf *.mmd *.mermaid *.md *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another version of this map to print what changed</source>
        <translation>Choisir une autre version de cette carte pour imprimer ce qui a changé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with: {file}</source>
        <translation>Comparée à&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../journey_editor/ui/handout/preview.py" line="+37"/>
        <source>Use the proposed scale</source>
        <translation>Utiliser l&apos;échelle proposée</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Use {scale} %</source>
        <translation>Passer à {scale}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tile at {scale} %: {sheets} instead of {current} sheets</source>
        <translation>À {scale}&#xa0;%&#xa0;: {sheets} au lieu de {current}&#xa0;feuilles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 page</source>
        <translation>1&#xa0;page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages</source>
        <translation>{count}&#xa0;pages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>custom {width} × {height} mm</source>
        <translation>format personnalisé {width}&#xa0;×&#xa0;{height}&#xa0;mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{paper} {orientation} (auto)</source>
        <translation>{paper} {orientation} (automatique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{paper} {orientation}</source>
        <translation>{paper} {orientation}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{cols} × {rows} sheets at {scale} % (sheet 1 shaded)</source>
        <translation>{cols}&#xa0;×&#xa0;{rows}&#xa0;feuilles à {scale}&#xa0;% (feuille&#xa0;1 grisée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the map printed at {scale} %</source>
        <translation>la carte imprimée à {scale}&#xa0;%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One map per persona; shown: {name}</source>
        <translation>Une carte par persona&#xa0;; affichée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then 1 summary page</source>
        <translation>Puis 1&#xa0;page de synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then {count} summary pages</source>
        <translation>Puis {count}&#xa0;pages de synthèse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then the persona comparison page</source>
        <translation>Puis la page de comparaison des personas</translation>
    </message>
</context>
<context>
    <name>PdfSummary</name>
    <message>
        <location filename="../../journey_editor/export/summary_layout.py" line="+30"/>
        <source>Cards</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean effort</source>
        <translation>Effort moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean emotion</source>
        <translation>Émotion moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Channel switches</source>
        <translation>Changements de canal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Pain hot spots</source>
        <translation>Points critiques</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>+%n more</source>
        <translation>+%n&#xa0;de plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+116"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>By persona</source>
        <translation>Par persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <location line="+88"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Switches per step</source>
        <translation>Taux de changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trips</source>
        <translation>Allers-retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital share</source>
        <translation>Part numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit points</source>
        <translation>Points de sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <location line="+88"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{name} — stage by stage</source>
        <translation>{name} — étape par étape</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Whole map</source>
        <translation>Toute la carte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels and exits by persona</source>
        <translation>Canaux et sorties par persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels and exits by stage</source>
        <translation>Canaux et sorties par étape</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>mean effort {value}</source>
        <translation>effort moyen {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean emotion {value}</source>
        <translation>émotion moyenne {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n card</source>
        <translation>%n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n cards</source>
        <translation>%n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n touchpoint</source>
        <translation>%n&#xa0;point de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n touchpoints</source>
        <translation>%n&#xa0;points de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n link</source>
        <translation>%n&#xa0;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n links</source>
        <translation>%n&#xa0;liens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n channel switch</source>
        <translation>%n&#xa0;changement de canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n channel switches</source>
        <translation>%n&#xa0;changements de canal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Effort 1 (effortless) … 5 (very hard); emotion −2 (very negative) … +2 (very positive); a mean is over the cards that have the score. Pain hot spots: the touchpoints at the persona&apos;s (or stage&apos;s) lowest emotion, when it is −1 or below. Channel switches: changes of channel between consecutive touchpoints of a persona, counted at the later stage; switches per step: switches ÷ (touchpoints with a channel − 1); round trips: switches back to a channel the persona left earlier; digital share: touchpoints on a digital channel ÷ touchpoints with a channel.</source>
        <translation>Effort de 1 (sans effort) à 5 (très difficile)&#xa0;; émotion de −2 (très négative) à +2 (très positive)&#xa0;; une moyenne porte sur les fiches qui ont la note. Points critiques&#xa0;: les points de contact à l&apos;émotion la plus basse du persona (ou de l&apos;étape), quand elle vaut −1 ou moins. Changements de canal&#xa0;: passages d&apos;un canal à un autre entre deux points de contact successifs d&apos;un persona, comptés à l&apos;étape la plus tardive&#xa0;; taux de changement&#xa0;: changements ÷ (points de contact avec un canal − 1)&#xa0;; allers-retours&#xa0;: changements vers un canal que le persona a quitté plus tôt&#xa0;; part numérique&#xa0;: points de contact sur un canal numérique ÷ points de contact avec un canal.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Most voted</source>
        <translation>Les plus votées</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer-journey map</source>
        <translation>Carte d&apos;expérience client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary — {title}</source>
        <translation>Synthèse — {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures over the lanes printed (left out: {kinds}).</source>
        <translation>Chiffres calculés sur les lignes imprimées (lignes omises&#xa0;: {kinds}).</translation>
    </message>
</context>
<context>
    <name>PersonaCompare</name>
    <message>
        <location filename="../../journey_editor/export/compare_words.py" line="+13"/>
        <source>Personas compared</source>
        <translation>Personas comparés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personas compared — {title}</source>
        <translation>Personas comparés — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-journey map</source>
        <translation>Carte d&apos;expérience client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each curve goes through one persona&apos;s emotion scores, stage by stage, as on the map; each marker is one card.</source>
        <translation>Chaque courbe suit les scores d&apos;émotion d&apos;un persona, étape par étape, comme sur la carte&#xa0;; chaque repère est une fiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean effort per stage (1 effortless … 5 very hard)</source>
        <translation>Effort moyen par étape (1 sans effort … 5 très difficile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (no emotion score)</source>
        <translation>{name} (aucun score d&apos;émotion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the personas differ most</source>
        <translation>Où les personas diffèrent le plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread = highest − lowest mean of the personas at the stage. Ranked by emotion spread, then effort spread, then stage order.</source>
        <translation>Écart = moyenne la plus haute − moyenne la plus basse des personas à l&apos;étape. Classement par écart d&apos;émotion, puis écart d&apos;effort, puis ordre des étapes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion spread</source>
        <translation>Écart d&apos;émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest → lowest emotion</source>
        <translation>Émotion la plus haute → la plus basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort spread</source>
        <translation>Écart d&apos;effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most → least effort</source>
        <translation>Effort le plus fort → le plus faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all at {value}</source>
        <translation>tous à {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the personas to compare.</source>
        <translation>Choisissez les personas à comparer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least two personas to see where they differ.</source>
        <translation>Choisissez au moins deux personas pour voir où ils diffèrent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stage has scores from two of these personas yet.</source>
        <translation>Aucune étape n&apos;a encore de scores de deux de ces personas.</translation>
    </message>
</context>
<context>
    <name>PersonaPage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/structure_pages.py" line="-91"/>
        <source>e.g. Léa, 34</source>
        <translation>par ex. Léa, 34&#xa0;ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are, in one line</source>
        <translation>Qui il ou elle est, en une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals (one per line)</source>
        <translation>Objectifs (un par ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frustrations (one per line)</source>
        <translation>Frustrations (une par ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the persona</source>
        <translation>Couleur du persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Persona — {0}</source>
        <translation>Persona — {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journey_editor/ui/shell/preferences_dialog.py" line="+51"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name, written into new maps</source>
        <translation>Votre nom, inscrit dans les nouvelles cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author for new maps</source>
        <translation>Auteur des nouvelles cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author for new maps:</source>
        <translation>&amp;Auteur des nouvelles cartes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({width:g} × {height:g} mm)</source>
        <translation>{name} ({width:g}&#xa0;×&#xa0;{height:g}&#xa0;mm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default paper size</source>
        <translation>Format de papier par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;paper size:</source>
        <translation>Format de &amp;papier par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep a recovery copy of unsaved changes</source>
        <translation>&amp;Garder une copie de secours des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave:</source>
        <translation>Enregistrement automatique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery folder:</source>
        <translation>Dossier de récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time journey-editor starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de journey-editor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval, minutes</source>
        <translation>Intervalle d&apos;enregistrement automatique, en minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autosave interval, seconds</source>
        <translation>Intervalle d&apos;enregistrement automatique, en secondes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery folder</source>
        <translation>Dossier de récupération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies of unsaved changes, offered back after a crash. Never your own files.</source>
        <translation>Copies des modifications non enregistrées, proposées après un plantage. Jamais vos propres fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../journey_editor/ui/present/controller.py" line="+118"/>
        <source>The map has no stage to show.</source>
        <translation>La carte n&apos;a aucune étape à montrer.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../journey_editor/ui/present/window.py" line="+31"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Presentation of the journey map</source>
        <translation>Présentation de la carte de parcours</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../journey_editor/ui/present/presenter.py" line="+55"/>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>→ / Page Down next stage · ← / Page Up previous · ↑ / ↓ persona · Esc ends</source>
        <translation>→ / Page suivante&#xa0;: étape suivante · ← / Page précédente&#xa0;: précédente · ↑ / ↓&#xa0;: persona · Échap&#xa0;: fin</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stage {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All personas</source>
        <translation>Tous les personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cards in this stage.</source>
        <translation>Aucune fiche dans cette étape.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {stage}</source>
        <translation>Ensuite&#xa0;: {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last stage.</source>
        <translation>C&apos;est la dernière étape.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../journey_editor/ui/handout/preview.py" line="-123"/>
        <location line="+14"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/project_page.py" line="-110"/>
        <source>Select a card, a stage, a persona or a lane on the map to edit it here.</source>
        <translation>Sélectionnez une fiche, une étape, un persona ou une ligne sur la carte pour le modifier ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title of the map</source>
        <translation>Titre de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language (e.g. en, fr-BE)</source>
        <translation>Langue (par ex. fr-BE, en)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map — nothing selected</source>
        <translation>Carte — aucune sélection</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change the map&apos;s language and its default names</source>
        <translation>Changer la langue de la carte et ses noms par défaut</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journey_editor/ui/files/recovery_dialog.py" line="+53"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved map «{title}»</source>
        <translation>Carte non enregistrée «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never saved to a file</source>
        <translation>Jamais enregistrée dans un fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n minute ago</source>
        <translation>il y a %n&#xa0;minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n minutes ago</source>
        <translation>il y a %n&#xa0;minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n hour ago</source>
        <translation>il y a %n&#xa0;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n hours ago</source>
        <translation>il y a %n&#xa0;heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n day ago</source>
        <translation>il y a %n&#xa0;jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>il y a %n&#xa0;jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written at an unknown time</source>
        <translation>Écrite à une heure inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autosave</source>
        <translation>enregistrement automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy made after an error</source>
        <translation>copie faite après une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy made when the session ended</source>
        <translation>copie faite à la fin de la session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written {when} ({age}), {reason}</source>
        <translation>Écrite {when} ({age}), {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+53"/>
        <source>%n persona</source>
        <translation>%n&#xa0;persona</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>%n personas</source>
        <translation>%n&#xa0;personas</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+56"/>
        <source>%n stage</source>
        <translation>%n&#xa0;étape</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>%n stages</source>
        <translation>%n&#xa0;étapes</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+59"/>
        <source>%n card</source>
        <translation>%n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>%n cards</source>
        <translation>%n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+62"/>
        <source>%n link</source>
        <translation>%n&#xa0;lien</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>%n links</source>
        <translation>%n&#xa0;liens</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Recovered copy: {counts}.</source>
        <translation>Copie récupérée&#xa0;: {counts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The original file is no longer there.</source>
        <translation>Le fichier d&apos;origine n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The original file cannot be read.</source>
        <translation>Le fichier d&apos;origine est illisible.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Against the file: {changes}.</source>
        <translation>Par rapport au fichier&#xa0;: {changes}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same counts as the file (edits inside cards or names).</source>
        <translation>Mêmes nombres que le fichier (modifications dans les fiches ou les noms).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has been changed since this copy was written.</source>
        <translation>Le fichier a été modifié depuis l&apos;écriture de cette copie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{amount} more</source>
        <translation>{amount} de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} fewer</source>
        <translation>{amount} de moins</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The editor did not close properly last time. These maps had changes that were not saved. Choose what to do with each one; a map you leave undecided is offered again next time.</source>
        <translation>L&apos;éditeur ne s&apos;est pas fermé correctement la dernière fois. Ces cartes avaient des modifications non enregistrées. Choisissez que faire de chacune&#xa0;; une carte laissée sans décision sera proposée à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>RecoveryRow</name>
    <message>
        <location line="-84"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open original</source>
        <translation>Ouvrir l&apos;original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the map with the recovered changes; Undo goes back to the file.</source>
        <translation>Ouvrir la carte avec les modifications récupérées&#xa0;; Annuler revient au fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file as it is on disk; the copy is kept aside for a week.</source>
        <translation>Ouvrir le fichier tel qu&apos;il est sur le disque&#xa0;; la copie est conservée une semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not open it; the copy is kept aside for a week.</source>
        <translation>Ne pas l&apos;ouvrir&#xa0;; la copie est conservée une semaine.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Its description is damaged: {problem}.</source>
        <translation>Sa description est endommagée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovered copy cannot be read ({reason}); it can only be discarded.</source>
        <translation>La copie récupérée est illisible ({reason})&#xa0;; elle ne peut qu&apos;être abandonnée.</translation>
    </message>
</context>
<context>
    <name>RecoveryStartup</name>
    <message>
        <location filename="../../journey_editor/ui/shell/recovery_startup.py" line="+81"/>
        <source>Restore recovered changes</source>
        <translation>Restaurer les modifications récupérées</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot recover map</source>
        <translation>Impossible de récupérer la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery copy stays in {folder} and is offered again.</source>
        <translation>La copie de récupération reste dans {folder} et sera proposée à nouveau.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The recovered copy of «{name}» opened untitled: its recorded file is gone or cannot be trusted. Save it with File → Save As….</source>
        <translation>La copie récupérée de «&#xa0;{name}&#xa0;» est ouverte sans titre&#xa0;: son fichier d&apos;origine a disparu ou n&apos;est pas fiable. Enregistrez-la avec Fichier → Enregistrer sous….</translation>
    </message>
</context>
<context>
    <name>RoomTools</name>
    <message>
        <location filename="../../journey_editor/ui/shell/room_tools.py" line="+35"/>
        <source>Cards go to the stage in focus, on the persona in focus (↑ ↓), the first persona while all are shown</source>
        <translation>Les fiches vont dans l&apos;étape en vue, sur le persona en vue (↑ ↓), le premier persona quand tous sont affichés</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../journey_editor/ui/shell/actions.py" line="-71"/>
        <source>New map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Open a map</source>
        <translation>Ouvrir une carte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the PDF handout</source>
        <translation>Exporter le support PDF</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Cut, copy, paste cards (also between windows)</source>
        <translation>Couper, copier, coller des fiches (aussi d&apos;une fenêtre à l&apos;autre)</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Duplicate the selected cards</source>
        <translation>Dupliquer les fiches sélectionnées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the selection (cards, or a stage / persona / lane with its cards)</source>
        <translation>Supprimer la sélection (des fiches, ou une étape / un persona / une ligne avec ses fiches)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename in place (card title, stage, persona, lane)</source>
        <translation>Renommer sur place (titre de fiche, étape, persona, ligne)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select all cards</source>
        <translation>Sélectionner toutes les fiches</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New card in the selected cell</source>
        <translation>Nouvelle fiche dans la cellule sélectionnée</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set effort of the selected cards</source>
        <translation>Noter l&apos;effort des fiches sélectionnées</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>Clear effort</source>
        <translation>Effacer l&apos;effort</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>Lower / raise emotion</source>
        <translation>Diminuer / augmenter l&apos;émotion</translation>
    </message>
    <message>
        <location line="+731"/>
        <source>Move the selection to the neighbouring card or cell</source>
        <translation>Déplacer la sélection vers la fiche ou la cellule voisine</translation>
    </message>
    <message>
        <location line="-741"/>
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+746"/>
        <source>Next / previous stage</source>
        <translation>Étape suivante / précédente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↑ on the top row / ← on the first stage</source>
        <translation>↑ sur la première rangée / ← sur la première étape</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select the stage, lane, then persona header (F2 renames, Del deletes)</source>
        <translation>Sélectionner l&apos;en-tête de l&apos;étape, de la ligne puis du persona (F2 renomme, Suppr supprime)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel a rename or a drag; clear the selection</source>
        <translation>Annuler un renommage ou un glisser&#xa0;; vider la sélection</translation>
    </message>
    <message>
        <location line="-746"/>
        <source>Next / previous pane: palette, map, inspector</source>
        <translation>Volet suivant / précédent&#xa0;: palette, carte, inspecteur</translation>
    </message>
    <message>
        <location line="+788"/>
        <source>Enter on a palette tile</source>
        <translation>Entrée sur une tuile de la palette</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add that touchpoint to the selected cell, or a stage, persona or lane</source>
        <translation>Ajouter ce point de contact à la cellule sélectionnée, ou une étape, un persona ou une ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The right-click menu of the current card, header or cell</source>
        <translation>Le menu contextuel de la fiche, de l&apos;en-tête ou de la cellule courante</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Open the menu bar / that menu (Card ▸ Channel …)</source>
        <translation>Ouvrir la barre de menus / ce menu (Fiche ▸ Canal…)</translation>
    </message>
    <message>
        <location line="-679"/>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location line="+839"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Zoom around the mouse</source>
        <translation>Zoomer autour de la souris</translation>
    </message>
    <message>
        <location line="-835"/>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add / remove a dot vote on the selected cards</source>
        <translation>Ajouter / retirer un vote (gommette) sur les fiches sélectionnées</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>double-click</source>
        <translation>double-clic</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Link the card to another: arrows / Tab pick it, Enter links, Esc leaves</source>
        <translation>Lier la fiche à une autre : flèches / Tab la choisissent, Entrée lie, Échap quitte</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Fit the whole map in the window</source>
        <translation>Ajuster toute la carte à la fenêtre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actual size (100 %)</source>
        <translation>Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Present: the map full screen for the room, one stage at a time (with a second screen, the presenter view on the laptop)</source>
        <translation>Présenter&#xa0;: la carte en plein écran pour la salle, une étape à la fois (avec un second écran, la vue présentateur sur l&apos;ordinateur portable)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canvas only: hide or bring back the docks, toolbar and status bar</source>
        <translation>Carte seule&#xa0;: masquer ou rétablir les panneaux, la barre d&apos;outils et la barre d&apos;état</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show or hide the merge conflicts panel</source>
        <translation>Afficher ou masquer le panneau des conflits de fusion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capture bar: type a remark, Enter adds it as a card where the focus is</source>
        <translation>Barre de capture&#xa0;: tapez une remarque, Entrée l&apos;ajoute en fiche là où est le focus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timer: 5, 10, 15 minutes or your own</source>
        <translation>Minuteur&#xa0;: 5, 10, 15 minutes ou votre durée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause / resume the timer</source>
        <translation>Mettre en pause / reprendre le minuteur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Set effort on any keyboard layout (AZERTY: &amp; é &quot; &apos; ( without Shift)</source>
        <translation>Régler l&apos;effort sur tout clavier (AZERTY : &amp; é &quot; &apos; ( sans Maj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the digit row&apos;s keys 1 to 5</source>
        <translation>les touches 1 à 5 de la rangée des chiffres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leave compare mode (View ▸ Compare with)</source>
        <translation>Quitter le mode comparaison (Affichage ▸ Comparer avec)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next stage (the camera moves to it)</source>
        <translation>Étape suivante (la vue s&apos;y déplace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous stage</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last stage</source>
        <translation>Première / dernière étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona in focus: next / previous (above the first: all)</source>
        <translation>Persona mis en avant&#xa0;: suivant / précédent (avant le premier&#xa0;: tous)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capture bar under the map: remarks go to the stage and persona in focus</source>
        <translation>Barre de saisie sous la carte&#xa0;: les remarques vont dans l&apos;étape et chez le persona en vue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timer, shown in the top-right corner</source>
        <translation>Minuteur, affiché dans le coin en haut à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave presentation mode: the window as it was</source>
        <translation>Quitter le mode présentation&#xa0;: la fenêtre telle qu&apos;elle était</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capture bar, first character: ! pain point, + opportunity, ? thought, &gt; action, ~ emotion; none: touchpoint</source>
        <translation>Barre de capture, premier caractère&#xa0;: ! irritant, + opportunité, ? pensée, &gt; action, ~ émotion&#xa0;; aucun&#xa0;: point de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>! + ? &gt; ~</source>
        <translation>! + ? &gt; ~</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture bar: the channel whose label starts so (@bout → Boutique)</source>
        <translation>Barre de capture&#xa0;: le canal dont le nom commence ainsi (@bout → Boutique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>@name</source>
        <translation>@nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture bar: add a tag</source>
        <translation>Barre de capture&#xa0;: ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#word</source>
        <translation>#mot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture bar: add the card / take the last capture back / leave</source>
        <translation>Barre de capture&#xa0;: ajouter la fiche / retirer la dernière capture / quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter / Ctrl+Z / Esc</source>
        <translation>Entrée / Ctrl+Z / Échap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space+drag / middle-drag</source>
        <translation>Espace+glisser / clic milieu+glisser</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pan</source>
        <translation>Faire défiler la carte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a card</source>
        <translation>Glisser une fiche</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move it to another cell or position</source>
        <translation>La déplacer vers une autre cellule ou position</translation>
    </message>
    <message>
        <location line="-848"/>
        <source>Mouse</source>
        <translation>Souris</translation>
    </message>
    <message>
        <location line="+854"/>
        <source>Ctrl+drag a card</source>
        <translation>Ctrl+glisser une fiche</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy it</source>
        <translation>La copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link it to the card you release on</source>
        <translation>La lier à la fiche où vous relâchez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a card&apos;s link handle / Alt+drag a card</source>
        <translation>Glisser la poignée de lien d&apos;une fiche / Alt+glisser une fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a link (Del deletes it, F2 edits its label)</source>
        <translation>Sélectionner un lien (Suppr le supprime, F2 modifie son libellé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a link</source>
        <translation>Cliquer sur un lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect that end to the card you release on</source>
        <translation>Relier cette extrémité à la carte où vous relâchez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an end of the selected link</source>
        <translation>Faire glisser une extrémité du lien sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a palette tile</source>
        <translation>Glisser une tuile de la palette</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New touchpoint (channel), stage, persona or lane</source>
        <translation>Nouveau point de contact (canal), étape, persona ou ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag a header</source>
        <translation>Glisser un en-tête</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reorder stages, personas or lanes</source>
        <translation>Réordonner les étapes, personas ou lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+click / rubber band</source>
        <translation>Ctrl+clic / cadre de sélection</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Select several cards</source>
        <translation>Sélectionner plusieurs fiches</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <location line="-699"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../journey_editor/ui/shell/help_dialogs.py" line="-46"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/structure_pages.py" line="-77"/>
        <source>Name of the stage</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Before purchase</source>
        <translation>par ex. Avant l&apos;achat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage — {0}</source>
        <translation>Étape — {0}</translation>
    </message>
</context>
<context>
    <name>SyncCopies</name>
    <message>
        <location filename="../../journey_editor/ui/files/sync_copies.py" line="+43"/>
        <source>%n conflicted copy</source>
        <translation>%n copie en conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conflicted copies</source>
        <translation>%n copies en conflit</translation>
    </message>
    <message>
        <location line="+73"/>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{service} left a conflicted copy of this map beside it: {names}, another computer&apos;s version. Merge it into the map you have open?</source>
        <translation>{service} a laissé une copie en conflit de cette carte à côté d&apos;elle : {names}, la version d&apos;un autre ordinateur. La fusionner dans la carte ouverte ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} conflicted copies of this map are beside it (made by a sync service): {names}. Merge them into the map you have open?</source>
        <translation>{count} copies en conflit de cette carte sont à côté d&apos;elle (faites par un service de synchronisation) : {names}. Les fusionner dans la carte ouverte ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge all</source>
        <translation>Tout fusionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«{name}» cannot be read: {problem}.</source>
        <translation>«{name}» est illisible : {problem}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Both versions&apos; changes in one map, as one step (Edit → Undo takes it back); each merged copy is moved to the «{folder}» folder beside the map.</source>
        <translation>Les changements des deux versions dans une seule carte, en une étape (Édition → Annuler la défait) ; chaque copie fusionnée est déplacée dans le dossier «{folder}» à côté de la carte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge «{name}»</source>
        <translation>Fusionner «{name}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge {count} conflicted copies</source>
        <translation>Fusionner {count} copies en conflit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot merge the conflicted copy</source>
        <translation>Impossible de fusionner la copie en conflit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merged, but not moved</source>
        <translation>Fusionnées, mais pas déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies were merged into the map, but could not be moved to the «{folder}» folder beside it.</source>
        <translation>Les copies ont été fusionnées dans la carte, mais n&apos;ont pas pu être déplacées dans le dossier «{folder}» à côté d&apos;elle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They are left where they are; you can delete them yourself.</source>
        <translation>Elles restent où elles sont ; vous pouvez les supprimer vous-même.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged: {conflicts}. {copies} moved to «{folder}». Save to keep the merged map; Edit → Undo takes the merge back.</source>
        <translation>Fusion faite : {conflicts}. {copies} déplacée(s) dans «{folder}». Enregistrez pour garder la carte fusionnée ; Édition → Annuler défait la fusion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing in the conflicted copies was new to your map ({conflicts}). {copies} moved to «{folder}».</source>
        <translation>Les copies en conflit n&apos;apportaient rien de nouveau à votre carte ({conflicts}). {copies} déplacée(s) dans «{folder}».</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../journey_editor/templates.py" line="-25"/>
        <source>Awareness</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Untitled journey</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B2B lead generation (English sample)</source>
        <translation>Génération de prospects B2B (exemple en anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trades business whose website brings no leads: three stages, the owner and his office manager.</source>
        <translation>Une entreprise artisanale dont le site web n&apos;apporte aucun prospect&#xa0;: trois étapes, le patron et sa gestionnaire de bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Omnichannel menswear retail (French sample)</source>
        <translation>Prêt-à-porter masculin omnicanal (exemple en français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shirt maker&apos;s blog, e-shop and two shops: three personas across nine stages, with channel switches and pain points.</source>
        <translation>Le blog, l&apos;e-shop et les deux boutiques d&apos;un chemisier&#xa0;: trois personas sur neuf étapes, avec changements de canal et irritants.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service lifecycle (English sample)</source>
        <translation>Cycle de vie d&apos;un service (exemple en anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home broadband from the first comparison to recommending it: nine lifecycle stages, three customers with different channels.</source>
        <translation>L&apos;internet fixe à domicile, de la première comparaison à la recommandation&#xa0;: neuf étapes du cycle de vie, trois clients aux canaux différents.</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <location filename="../../journey_editor/ui/workshop/timer_dialog.py" line="+34"/>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a countdown for the room:</source>
        <translation>Lancer un compte à rebours pour la salle&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Other:</source>
        <translation>&amp;Autre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of the countdown</source>
        <translation>Minutes du compte à rebours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reset</source>
        <translation>&amp;Remettre à zéro</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>R&amp;esume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../journey_editor/ui/workshop/timer_display.py" line="+46"/>
        <source>Paused {clock}</source>
        <translation>En pause {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer paused, {clock} left</source>
        <translation>Minuteur en pause, reste {clock}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer: time is up</source>
        <translation>Minuteur&#xa0;: temps écoulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timer {clock}</source>
        <translation>Minuteur {clock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer: {clock} left</source>
        <translation>Minuteur&#xa0;: reste {clock}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timer: click to pause, resume, reset or start another (T)</source>
        <translation>Minuteur&#xa0;: cliquez pour mettre en pause, reprendre, remettre à zéro ou en lancer un autre (T)</translation>
    </message>
</context>
<context>
    <name>ToBe</name>
    <message>
        <location filename="../../journey_editor/persistence/to_be.py" line="+27"/>
        <source>{title} (to-be)</source>
        <translation>{title} (cible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To-be</source>
        <translation>Version cible</translation>
    </message>
</context>
<context>
    <name>TopVotedDock</name>
    <message>
        <location filename="../../journey_editor/ui/shell/voting.py" line="+51"/>
        <source>Top voted</source>
        <translation>Les plus votées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No votes yet: select cards on the map and press V.</source>
        <translation>Pas encore de votes&#xa0;: sélectionnez des fiches sur la carte et appuyez sur V.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cards by votes</source>
        <translation>Fiches par nombre de votes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <location filename="../../journey_editor/ui/editing/undo_labels.py" line="+26"/>
        <source>stage {name}</source>
        <translation>l&apos;étape {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona {name}</source>
        <translation>le persona {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane {name}</source>
        <translation>la ligne {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card {name}</source>
        <translation>la fiche {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link {name}</source>
        <translation>le lien {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel {name}</source>
        <translation>le canal {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of stage {name}</source>
        <translation>de l&apos;étape {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of persona {name}</source>
        <translation>du persona {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of lane {name}</source>
        <translation>de la ligne {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of card {name}</source>
        <translation>de la fiche {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of link {name}</source>
        <translation>du lien {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of channel {name}</source>
        <translation>du canal {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>untitled stage</source>
        <translation>une étape sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled persona</source>
        <translation>un persona sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled lane</source>
        <translation>un couloir sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled card</source>
        <translation>une fiche sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlabelled link</source>
        <translation>un lien sans libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed channel</source>
        <translation>un canal sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of an untitled stage</source>
        <translation>d&apos;une étape sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of an untitled persona</source>
        <translation>d&apos;un persona sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of an untitled lane</source>
        <translation>d&apos;un couloir sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of an untitled card</source>
        <translation>d&apos;une fiche sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of an unlabelled link</source>
        <translation>d&apos;un lien sans libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of an unnamed channel</source>
        <translation>d&apos;un canal sans nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add {object}</source>
        <translation>Ajouter {object}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {object}</source>
        <translation>Supprimer {object}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore {object}</source>
        <translation>Restaurer {object}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {object}</source>
        <translation>Déplacer {object}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {object}</source>
        <translation>Copier {object}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {object}</source>
        <translation>Modifier {object}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort</source>
        <translation>l&apos;effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emotion</source>
        <translation>l&apos;émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>le niveau de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moment of truth</source>
        <translation>le moment de vérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit point</source>
        <translation>le point de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>la phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>la citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>les objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrations</source>
        <translation>les frustrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>la couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feeds curve</source>
        <translation>l&apos;apport à la courbe d&apos;émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icon</source>
        <translation>l&apos;icône</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from card</source>
        <translation>la fiche de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to card</source>
        <translation>la fiche d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client</source>
        <translation>le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>l&apos;auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale</source>
        <translation>la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>la date de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>la date de modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place on the map</source>
        <translation>place sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other fields</source>
        <translation>autres champs</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Resolve conflict on {field} of the map</source>
        <translation>Résoudre le conflit sur {field} de la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve conflict on {field} {of_object}</source>
        <translation>Résoudre le conflit sur {field} {of_object}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve conflict on {object}</source>
        <translation>Résoudre le conflit sur {object}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve %n conflict</source>
        <translation>Résoudre %n&#xa0;conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve %n conflicts</source>
        <translation>Résoudre %n&#xa0;conflits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{first} (and %n more)</source>
        <translation>{first} (et %n&#xa0;de plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the map&apos;s details</source>
        <translation>Modifier les informations de la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n card</source>
        <translation>%n&#xa0;fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n cards</source>
        <translation>%n&#xa0;fiches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {lane} of persona {persona}</source>
        <translation>Supprimer {lane} du persona {persona}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore {lane} of persona {persona}</source>
        <translation>Restaurer {lane} du persona {persona}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add {lane} to persona {persona}</source>
        <translation>Ajouter {lane} au persona {persona}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge {channel} into {other}</source>
        <translation>Fusionner {channel} dans {other}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split {channel} from {other}</source>
        <translation>Séparer {channel} de {other}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename {object} to {name}</source>
        <translation>Renommer {object} en {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change {field} {of_object}</source>
        <translation>Modifier {field} {of_object}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change {field} of the map</source>
        <translation>Modifier {field} de la carte</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../journey_editor/ui/conflicts/edit_dialog.py" line="+28"/>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../journey_editor/ui/shell/voting.py" line="+33"/>
        <source>Spotlight and filters cleared to show the card</source>
        <translation>Projecteur et filtres retirés pour montrer la fiche</translation>
    </message>
</context>
<context>
    <name>WorkshopTools</name>
    <message>
        <location filename="../../journey_editor/ui/shell/workshop_tools.py" line="+101"/>
        <source>No timer is running: T starts one</source>
        <translation>Aucun minuteur en cours&#xa0;: T en lance un</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journey_editor/ui/dialogs.py" line="+30"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to «{name}» before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de la fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map already open</source>
        <translation>Carte déjà ouverte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;copy</source>
        <translation>Ouvrir une &amp;copie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«{name}» is open in journey-editor on another computer, {host}, by {user} since {since}.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans journey-editor sur un autre ordinateur, {host}, par {user} depuis {since}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«{name}» is already open in journey-editor by {user} on {host} since {since}.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans journey-editor par {user} sur {host} depuis {since}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving here too would overwrite one of the two versions. Open it read-only to look (Save then asks for a new name), or open a copy as a new untitled map.</source>
        <translation>Enregistrer ici aussi écraserait l&apos;une des deux versions. Ouvrez-la en lecture seule pour la consulter (Enregistrer demandera alors un nouveau nom), ou ouvrez une copie comme nouvelle carte sans titre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>journey-editor cannot tell from here whether that computer still has it open. If you are sure it does not, delete «{name}.lock» beside the map and open it again.</source>
        <translation>journey-editor ne peut pas savoir d&apos;ici si cet ordinateur l&apos;a encore ouverte. Si vous êtes sûr que non, supprimez «&#xa0;{name}.lock&#xa0;» à côté de la carte et ouvrez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save map</source>
        <translation>Impossible d&apos;enregistrer la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» was changed on disk since you opened or last saved it.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwriting replaces that newer version with yours (it stays in the .bak copy until the next save). Save As keeps both.</source>
        <translation>Écraser remplace cette version plus récente par la vôtre (elle reste dans la copie .bak jusqu&apos;au prochain enregistrement). Enregistrer sous garde les deux.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts not resolved</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n conflict is not resolved.</source>
        <translation>%n&#xa0;conflit n’est pas résolu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conflicts are not resolved.</source>
        <translation>%n&#xa0;conflits ne sont pas résolus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved now, the map keeps them listed and opens with the conflicts panel; a journey-editor without merges asks to be updated to open it.</source>
        <translation>Enregistrée maintenant, la carte les garde dans sa liste et s’ouvre avec le panneau des conflits ; un journey-editor sans fusion demande à être mis à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep them listed and save</source>
        <translation>&amp;Les garder listés et enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve first</source>
        <translation>&amp;Résoudre d’abord</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save «{name}» before making its to-be?</source>
        <translation>Enregistrer «&#xa0;{name}&#xa0;» avant d&apos;en faire la version cible&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A to-be records the file of the map it is based on (its as-is): this map has no file yet.</source>
        <translation>Une version cible note le fichier de la carte dont elle part (l&apos;existant)&#xa0;: cette carte n&apos;a pas encore de fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the changes to «{name}» before making its to-be?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant d&apos;en faire la version cible&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A to-be records its as-is as saved on disk: the changes made since the last save would be in the to-be but not in the as-is it names.</source>
        <translation>Une version cible note son existant tel qu&apos;il est enregistré sur le disque&#xa0;: les modifications faites depuis le dernier enregistrement seraient dans la version cible mais pas dans l&apos;existant qu&apos;elle désigne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as to-be</source>
        <translation>Enregistrer une version cible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revert to backup</source>
        <translation>Revenir à la copie de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the map with the backup of «{name}»?</source>
        <translation>Remplacer la carte par la copie de sauvegarde de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup: {backup}
Now: {current}

Edit → Undo brings the current map back.</source>
        <translation>Sauvegarde&#xa0;: {backup}
Maintenant&#xa0;: {current}

Édition → Annuler ramène la carte actuelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the map</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the names a new {old} map starts with change; names someone typed stay as they are. Either way, the map&apos;s language changes.</source>
        <translation>Seuls changent les noms qu&apos;une nouvelle carte en {old} reçoit d&apos;office&#xa0;; les noms saisis restent tels quels. Dans tous les cas, la langue de la carte change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename</source>
        <translation>&amp;Traduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the names</source>
        <translation>&amp;Garder les noms</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%n lane</source>
        <translation>%n&#xa0;ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n lanes</source>
        <translation>%n&#xa0;lignes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n channel</source>
        <translation>%n&#xa0;canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n channels</source>
        <translation>%n&#xa0;canaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename {lanes} and {channels} to their {language} names?</source>
        <translation>Traduire en {language} le nom de {lanes} et de {channels}&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename {names} to its {language} name?</source>
        <translation>Traduire en {language} le nom de {names}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename {names} to their {language} names?</source>
        <translation>Traduire en {language} le nom de {names}&#xa0;?</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Read-only map</source>
        <translation>Carte en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» is read-only: its file is protected against changes.</source>
        <translation>«&#xa0;{name}&#xa0;» est en lecture seule&#xa0;: son fichier est protégé contre les modifications.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwriting replaces it with your version anyway (it stays read-only). Save As keeps it as it is.</source>
        <translation>Écraser le remplace quand même par votre version (il reste en lecture seule). Enregistrer sous le garde tel quel.</translation>
    </message>
</context>
<context>
    <name>image_export</name>
    <message>
        <location filename="../../journey_editor/ui/canvas/render.py" line="+172"/>
        <source>The map is too large for an image at {asked}×: written at {used}× (at most {side} pixels a side, {mp} megapixels). For print, export a PDF.</source>
        <translation>La carte est trop grande pour une image à {asked}×&#xa0;: écrite à {used}× (au plus {side}&#xa0;pixels de côté, {mp}&#xa0;mégapixels). Pour l&apos;impression, exportez un PDF.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an image must end in .png or .svg, not «{name}»</source>
        <translation>une image doit se terminer par .png ou .svg, pas «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scale must be a positive number</source>
        <translation>l&apos;échelle doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not enough memory for a {w} × {h} image</source>
        <translation>mémoire insuffisante pour une image de {w}&#xa0;×&#xa0;{h}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the PNG encoder failed</source>
        <translation>l&apos;encodeur PNG a échoué</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Journey map</source>
        <translation>Carte de parcours</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{personas} personas, {stages} stages, {cards} cards</source>
        <translation>personas&#xa0;: {personas}, étapes&#xa0;: {stages}, fiches&#xa0;: {cards}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer-journey map</source>
        <translation>Carte d&apos;expérience client</translation>
    </message>
    <message>
        <location filename="../../journey_editor/ui/handout/image_dialog.py" line="+20"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An image export is already running</source>
        <translation>Un export d&apos;image est déjà en cours</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>Export image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Painting «{name}»…</source>
        <translation>Dessin de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing «{name}»…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Image export cancelled: no file written</source>
        <translation>Export d&apos;image annulé&#xa0;: aucun fichier écrit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot export image</source>
        <translation>Impossible d&apos;exporter l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be written: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed in {folder}. Choose another folder and export again.</source>
        <translation>Rien n&apos;a été modifié dans {folder}. Choisissez un autre dossier et exportez à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported the map to {path} ({w} × {h})</source>
        <translation>Carte exportée vers {path} ({w}&#xa0;×&#xa0;{h})</translation>
    </message>
</context>
<context>
    <name>load_errors</name>
    <message>
        <location filename="../../journey_editor/ui/files/load_errors.py" line="+26"/>
        <source>Cannot open map</source>
        <translation>Impossible d&apos;ouvrir la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«{name}» could not be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and {count} more</source>
        <translation>… et {count}&#xa0;de plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This map was saved by a newer journey-editor: update the app to open it.</source>
        <translation>Cette carte a été enregistrée par une version plus récente de journey-editor&#xa0;: mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the file is still there and that the disk or share is connected.</source>
        <translation>Vérifiez que le fichier existe toujours et que le disque ou le partage est connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix the file in a text editor at the place named above, or use a backup copy.</source>
        <translation>Corrigez le fichier dans un éditeur de texte à l&apos;endroit indiqué ci-dessus, ou utilisez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous version is kept beside it as «{backup}»: copy it to a name ending in .journey.json to open it.</source>
        <translation>La version précédente est conservée à côté sous le nom «&#xa0;{backup}&#xa0;»&#xa0;: copiez-la sous un nom se terminant par .journey.json pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The map you had open is unchanged.</source>
        <translation>La carte que vous aviez ouverte est inchangée.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../journey_editor/ui/inspector/structure_pages.py" line="-30"/>
        <source> (+{0} more selected)</source>
        <translation> (+{0}&#xa0;autres sélectionnés)</translation>
    </message>
</context>
</TS>
