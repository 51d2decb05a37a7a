"""The French texts of the interface, filled into ``resources/i18n/journey_studio_fr.ts`` by
``tools/update_translations.py`` (only where the .ts has no translation yet: a text changed
in Qt Linguist is kept).

Keys: the English source text, or ``(context, source)`` when one context needs other words.
The product's vocabulary: stage = « étape », step = « sous-étape », lane = « ligne »,
map = « parcours » (« carte » is the card), card = « carte », persona = « persona », pain point = « irritant », touchpoint = « point de
contact », dot voting = « vote par gommettes », moment of truth = « moment de vérité ».
French typography: a narrow no-break space (U+202F) before ? ! : ; and inside « ».
"""

NNBSP = "\u202f"  # espace fine insécable


def _fr(text: str) -> str:
    """Put the narrow no-break spaces of French typography: « x », x ?, x !, x :, x ;."""
    for mark in "?!;":
        text = text.replace(f" {mark}", f"{NNBSP}{mark}")
    return text.replace("« ", f"«{NNBSP}").replace(" »", f"{NNBSP}»").replace(" :", f"{NNBSP}:")


_FRENCH = {
    # --- inspector -----------------------------------------------------------------------------
    "Inspector": "Inspecteur",
    "Card": "Carte",
    "Cards": "Cartes",
    "Text": "Texte",
    "Colour": "Couleur",
    "Owner": "Responsable",
    "Priority": "Priorité",
    "Tags": "Étiquettes",
    "comma, separated": "séparées par des virgules",
    "Note": "Note",
    "Channel": "Canal",
    "Dot votes": "Gommettes",
    "{count} card selected": "{count} carte sélectionnée",
    "{count} cards selected": "{count} cartes sélectionnées",
    "Stage": "Étape",
    "Step": "Sous-étape",
    "Lane": "Ligne",
    "Map": "Parcours",
    "Emotion": "Émotion",
    "Name": "Nom",
    "Description": "Description",
    "Moment of truth": "Moment de vérité",
    "Kind": "Type",
    "Title": "Titre",
    "Hidden": "Masquée",
    "Map language": "Langue du parcours",
    "Changing the scale rescales every point in proportion (one undo step)":
        "Changer d’échelle recalcule chaque point en proportion (une seule étape d’annulation)",
    "Emotion scale": "Échelle des émotions",
    "Default colour": "Couleur par défaut",
    "Custom…": "Personnalisée…",
    "Choose any colour": "Choisir une autre couleur",
    "{lane} note": "Note « {lane} »",
    "Slate": "Ardoise",
    # --- emotion point ---------------------------------------------------------------------
    "Score": "Note",
    "Up/Down or the arrows: one whole step; type a value for anything between":
        "Haut/Bas ou les flèches : un cran entier ; tapez une valeur pour tout intermédiaire",
    "Feeling": "Ressenti",
    "a word: relief, worry…": "un mot : soulagement, inquiétude…",
    "Remove point": "Retirer le point",
    "Remove this step's point from the curve (Delete on the canvas)":
        "Retirer de la courbe le point de cette sous-étape (Suppr sur la carte)",
    "on the {scale} scale": "sur l’échelle {scale}",
    "{score} on {scale}": "{score} sur {scale}",
    # --- palette ---------------------------------------------------------------------------------
    "Drag onto a cell to add a “{kind}” card, or click to add one to the selected cell":
        "Glissez sur une case pour ajouter une carte « {kind} », ou cliquez pour l’ajouter "
        "à la case sélectionnée",
    "Add a “{kind}” card": "Ajouter une carte « {kind} »",
    # --- edit operations ---------------------------------------------------------------------
    "the clipboard is empty": "le presse-papiers est vide",
    "add a stage and a lane before pasting cards": "ajoutez une étape et une ligne avant de coller des cartes",
    "the clipboard holds nothing Journey Studio can paste":
        "le presse-papiers ne contient rien que Journey Studio puisse coller",
    "add a stage and a lane before adding cards": "ajoutez une étape et une ligne avant d’ajouter des cartes",
    "add a stage before adding steps": "ajoutez une étape avant d’ajouter des sous-étapes",
    "add a stage before adding cards": "ajoutez une étape avant d’ajouter des cartes",
    "{count} card": "{count} carte",
    "{count} cards": "{count} cartes",
    "{count} emotion point": "{count} point d’émotion",
    "{count} emotion points": "{count} points d’émotion",
    "{cards} and {points}": "{cards} et {points}",
    "Delete the stage “{name}” and the {holding} it holds?":
        "Supprimer l’étape « {name} » et son contenu ({holding}) ?",
    "Delete the step “{name}” and the {holding} it holds?":
        "Supprimer la sous-étape « {name} » et son contenu ({holding}) ?",
    "Delete the lane “{name}” and the {holding} it holds?":
        "Supprimer la ligne « {name} » et son contenu ({holding}) ?",
    "Delete this stage and the {holding} it holds?": "Supprimer cette étape et son contenu ({holding}) ?",
    "Delete this step and the {holding} it holds?": "Supprimer cette sous-étape et son contenu ({holding}) ?",
    "Delete this lane and the {holding} it holds?": "Supprimer cette ligne et son contenu ({holding}) ?",
    "Undo brings them back.": "Annuler les fait revenir.",
    # --- error box ---------------------------------------------------------------------------------
    "Something went wrong inside Journey Studio.": "Un problème est survenu dans Journey Studio.",
    "The last action may not have finished. Your map is still open: save it under a new name to be safe.":
        "La dernière action n’a peut-être pas abouti. Votre parcours est toujours ouvert : "
        "par prudence, enregistrez-le sous un nouveau nom.",
    "The details were written to {path}.": "Les détails ont été enregistrés dans {path}.",
    # --- export dialog -------------------------------------------------------------------------
    "Export": "Exporter",
    "Export…": "Exporter…",
    "Export failed": "Échec de l’exportation",
    "PNG image": "Image PNG",
    "PDF document": "Document PDF",
    "PNG image (*.png)": "Image PNG (*.png)",
    "PDF document (*.pdf)": "Document PDF (*.pdf)",
    "Resolution (DPI)": "Résolution (PPP)",
    "Width (pixels)": "Largeur (pixels)",
    "Transparent background": "Fond transparent",
    "Put the editable map inside the image": "Inclure le parcours modifiable dans l’image",
    "Journey Studio can open this PNG again as a map": "Journey Studio pourra rouvrir ce PNG comme parcours",
    "Persona": "Persona",
    "Size by": "Taille selon",
    "Resolution": "Résolution",
    "Width": "Largeur",
    "Show": "Afficher",
    "As the map is shaped": "Selon la forme du parcours",
    "Portrait": "Portrait",
    "Landscape": "Paysage",
    "Fit on one page": "Tenir sur une page",
    "Poster over several pages": "Affiche sur plusieurs pages",
    "Above the map": "Au-dessus du parcours",
    "On its own page": "Sur une page à part",
    "Leave out": "Ne pas inclure",
    "Your name (default: your user name)": "Par défaut, votre identifiant",
    "Page": "Page",
    "Orientation": "Orientation",
    "Layout": "Mise en page",
    "Poster scale": "Échelle de l’affiche",
    "Author": "Auteur",
    "{width} × {height} pixels at {dpi} DPI": "{width} × {height} pixels à {dpi} PPP",
    "One {page} page, landscape, and a persona page": "Une page {page} en paysage, et une page persona",
    "One {page} page, portrait, and a persona page": "Une page {page} en portrait, et une page persona",
    "One {page} page, landscape": "Une page {page} en paysage",
    "One {page} page, portrait": "Une page {page} en portrait",
    "Poster: {cols} × {rows} = {pages} {page} pages, landscape, {width} × {height} cm":
        "Affiche : {cols} × {rows} = {pages} pages {page} en paysage, {width} × {height} cm",
    "Poster: {cols} × {rows} = {pages} {page} pages, portrait, {width} × {height} cm":
        "Affiche : {cols} × {rows} = {pages} pages {page} en portrait, {width} × {height} cm",
    # --- persona -----------------------------------------------------------------------------------
    "Drop a PNG or JPEG image here": "Déposez une image PNG ou JPEG ici",
    "Choose photo…": "Choisir une photo…",
    "Remove photo": "Retirer la photo",
    "Role": "Rôle",
    "Age": "Âge",
    "Quote": "Citation",
    "Goals": "Objectifs",
    "Needs": "Besoins",
    "Motivations": "Motivations",
    "Frustrations": "Frustrations",
    "One per line": "Un par ligne",
    "No photo": "Pas de photo",
    "Choose a photo": "Choisir une photo",
    "Images (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "the file is larger than {size} MB": "le fichier dépasse {size} Mo",
    "Photo not used": "Photo non utilisée",
    "{name} cannot be used as the persona photo: {reason}.":
        "{name} ne peut pas servir de photo du persona : {reason}.",
    # --- presentation -------------------------------------------------------------------------
    "Untitled stage": "Étape sans titre",
    "Stage {number} / {count} · {name}": "Étape {number} / {count} · {name}",
    "  —  ↓ more lanes below": "  —  ↓ autres lignes plus bas",
    "{count} stage": "{count} étape",
    "{count} stages": "{count} étapes",
    "Whole map · {stages}  —  → next · Esc leaves": "Parcours entier · {stages}  —  → suivante · Échap pour sortir",
    # --- votes --------------------------------------------------------------------------------------
    "Votes": "Votes",
    "Stage / lane": "Étape / ligne",
    "Clear all votes": "Effacer tous les votes",
    "(empty card)": "(carte vide)",
    "{votes} on {cards}": "{votes} sur {cards}",
    "{count} vote": "{count} vote",
    "{count} votes": "{count} votes",
    "No votes yet. Turn on View › Dot Voting and click the cards.":
        "Aucun vote pour l’instant. Activez Affichage › Vote par gommettes et cliquez sur les cartes.",
    "Clear the only vote from the map?": "Effacer l’unique vote du parcours ?",
    "Clear all {count} votes from the map?": "Effacer les {count} votes du parcours ?",
    "You can undo this.": "Vous pourrez l’annuler.",
    "Votes not cleared: {reason}": "Votes non effacés : {reason}",
    # --- workshop ------------------------------------------------------------------------------------
    "&Present": "Pré&senter",
    "Present": "Présenter",
    "Show the map full screen for the room, stage by stage (Esc leaves)":
        "Afficher le parcours en plein écran pour la salle, étape par étape (Échap pour sortir)",
    "Dot &Voting": "&Vote par gommettes",
    "Vote": "Voter",
    "Click a card to give it a vote; Shift+click or right-click takes one away":
        "Cliquez sur une carte pour lui donner un vote ; Maj+clic ou clic droit en retire un",
    "Vo&tes": "Vo&tes",
    "Dot voting: click a card to add a vote, Shift+click or right-click to take one away":
        "Vote par gommettes : cliquez sur une carte pour ajouter un vote, Maj+clic ou clic droit pour en retirer un",
    "Dot voting is off": "Vote par gommettes désactivé",
    # --- menus and toolbar ------------------------------------------------------------------
    "&File": "&Fichier",
    "&Edit": "É&dition",
    "&Insert": "&Insérer",
    "&View": "&Affichage",
    "&Help": "Aid&e",
    "&New": "&Nouveau",
    "Start a new map": "Commencer un nouveau parcours",
    "New from &Template": "Nouveau à partir d’un &modèle",
    "&Open…": "&Ouvrir…",
    "Open a .journey file": "Ouvrir un fichier .journey",
    "Open &Recent": "Ouvrir un fichier &récent",
    "&Save": "&Enregistrer",
    "Save the map": "Enregistrer le parcours",
    "Save &As…": "Enregistrer &sous…",
    "Save the map under a new name": "Enregistrer le parcours sous un nouveau nom",
    "&Import…": "&Importer…",
    "Import a map from another format": "Importer un parcours d’un autre format",
    "&Export As…": "E&xporter sous…",
    "Export the map": "Exporter le parcours",
    "Export &PNG…": "Exporter en &PNG…",
    "Export the map as an image": "Exporter le parcours en image",
    "Export P&DF…": "Exporter en P&DF…",
    "Export the map as a PDF": "Exporter le parcours en PDF",
    "&Close": "&Fermer",
    "&Quit": "&Quitter",
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Cu&t": "Co&uper",
    "Cut the selected cards": "Couper les cartes sélectionnées",
    "&Copy": "&Copier",
    "Copy the selected cards": "Copier les cartes sélectionnées",
    "&Paste": "C&oller",
    "Paste cards, or one card per line of text, into the selected cell":
        "Coller des cartes, ou une carte par ligne de texte, dans la case sélectionnée",
    "&Duplicate": "&Dupliquer",
    "Duplicate the selected cards": "Dupliquer les cartes sélectionnées",
    "&Delete": "&Supprimer",
    "Delete": "Supprimer",
    "Delete the selection": "Supprimer la sélection",
    "Select &All": "&Tout sélectionner",
    "Select every card": "Sélectionner toutes les cartes",
    "&Card": "&Carte",
    "Add a card to the selected cell": "Ajouter une carte dans la case sélectionnée",
    "&Stage": "É&tape",
    "Add a stage after the selected one": "Ajouter une étape après celle sélectionnée",
    "S&tep": "&Sous-étape",
    "Add a step to the selected stage": "Ajouter une sous-étape à l’étape sélectionnée",
    "&Lane": "&Ligne",
    "Zoom &In": "Zoom &avant",
    "Zoom &Out": "Zoom a&rrière",
    "Zoom In": "Zoom avant",
    "Zoom Out": "Zoom arrière",
    "&Fit Map": "Ajuster à la &fenêtre",
    "Fit": "Ajuster",
    "Show the whole map": "Afficher tout le parcours",
    "&100 %": "&100 %",
    "Actual size": "Taille réelle",
    "&Inspector": "&Inspecteur",
    "&Palette": "&Palette",
    "P&ersona": "P&ersona",
    "&Lanes": "&Lignes",
    "&Large Interface": "&Grande interface",
    "Bigger menus and panels, for a projector": "Menus et panneaux plus grands, pour un vidéoprojecteur",
    "F&ull Screen": "Plein é&cran",
    "&About {app}": "À &propos de {app}",
    "About {app}": "À propos de {app}",
    "Main toolbar": "Barre d’outils principale",
    "New": "Nouveau",
    "Open": "Ouvrir",
    "Save": "Enregistrer",
    "&Clear Menu": "&Effacer la liste",
    "(no lanes)": "(aucune ligne)",
    # --- window and files ---------------------------------------------------------------------
    "Untitled": "Sans titre",
    "Untitled map": "Parcours sans titre",
    "Open a map": "Ouvrir un parcours",
    "Save the map as": "Enregistrer le parcours sous",
    "Journey maps (*{suffix});;All files (*)": "Parcours (*{suffix});;Tous les fichiers (*)",
    "Maps ({suffixes});;All files (*)": "Parcours ({suffixes});;Tous les fichiers (*)",
    "Could not save": "Enregistrement impossible",
    "Saved {name}": "{name} enregistré",
    "Cannot open the file": "Impossible d’ouvrir le fichier",
    "“{name}” could not be opened.": "« {name} » n’a pas pu être ouvert.",
    "Save the changes to “{name}” before closing?": "Enregistrer les modifications de « {name} » avant de fermer ?",
    "Your changes will be lost if you don't save them.":
        "Vos modifications seront perdues si vous ne les enregistrez pas.",
    "Save As…": "Enregistrer sous…",
    "Close": "Fermer",
    "Overwrite": "Écraser",
    "Reload": "Recharger",
    "Cancel": "Annuler",
    "Open Read-Only": "Ouvrir en lecture seule",
    "Open a Copy": "Ouvrir une copie",
    "Recover Selected": "Récupérer la sélection",
    "Discard Selected": "Supprimer la sélection",
    "Later": "Plus tard",
    "never saved": "jamais enregistré",
    "Could not save “{name}”: {reason}.": "Impossible d’enregistrer « {name} » : {reason}.",
    "The file on disk was not changed, and your map is still open with its unsaved changes. "
    "You can save it somewhere else.":
        "Le fichier sur le disque n’a pas été modifié et votre parcours reste ouvert avec ses "
        "modifications non enregistrées. Vous pouvez l’enregistrer ailleurs.",
    "“{name}” was changed by another program since you opened it.":
        "« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert.",
    "Overwrite replaces those changes with yours. Save As keeps both. Reload drops your unsaved "
    "changes and opens the version on disk.":
        "Écraser remplace ces modifications par les vôtres. Enregistrer sous garde les deux. "
        "Recharger abandonne vos modifications non enregistrées et ouvre la version du disque.",
    "“{name}” is already open in {holder}.": "« {name} » est déjà ouvert dans {holder}.",
    "Open it read-only to look at it, or open a copy to edit it without touching the original.":
        "Ouvrez-le en lecture seule pour le consulter, ou ouvrez une copie pour le modifier sans "
        "toucher à l’original.",
    "{title}\nautosaved {when}  ·  {where}": "{title}\nenregistré automatiquement le {when}  ·  {where}",
    "Everything Journey Studio reads ({patterns})": "Tout ce que Journey Studio sait lire ({patterns})",
    "Mermaid journey (*.mmd *.md)": "Parcours Mermaid (*.mmd *.md)",
    "OpenJourney / Ptolemy (*.ojf)": "OpenJourney / Ptolemy (*.ojf)",
    "Spreadsheet (*.csv *.xlsx)": "Tableur (*.csv *.xlsx)",
    "PNG exported with its map (*.png)": "PNG exporté avec son parcours (*.png)",
    "Journey map (*{suffix})": "Parcours (*{suffix})",
    "Mermaid journey (*.mmd)": "Parcours Mermaid (*.mmd)",
    "Markdown with a Mermaid diagram (*.md)": "Markdown avec un diagramme Mermaid (*.md)",
    "Excel workbook (*.xlsx)": "Classeur Excel (*.xlsx)",
    "CSV spreadsheet (*.csv)": "Tableau CSV (*.csv)",
    "Journey map copy (*{suffix})": "Copie du parcours (*{suffix})",
    "Import a map": "Importer un parcours",
    "Export the map as": "Exporter le parcours sous",
    "“{name}” is the map's own file: use Save to write it.":
        "« {name} » est le fichier même du parcours : utilisez Enregistrer pour l’écrire.",
    "The map was not exported to “{name}”.": "Le parcours n’a pas été exporté vers « {name} ».",
    "Exported {name}": "{name} exporté",
    "The pasted Mermaid journey could not be read: {reason}": "Le parcours Mermaid collé est illisible : {reason}",
    "Pasted journey": "Parcours collé",
    "Pasted the Mermaid journey as a new map": "Parcours Mermaid collé comme nouveau parcours",
    "Read-only: use Save As to edit your own copy":
        "Lecture seule : utilisez Enregistrer sous pour modifier votre propre copie",
    "A desktop editor for customer journey maps: stages, lanes, sticky-note cards and the emotion curve, "
    "ready for a workshop.":
        "Un éditeur de cartes du parcours client : étapes, lignes, cartes façon post-it et courbe "
        "des émotions, prêt pour l’atelier.",
    "Off": "Jamais",
    "Every 10 seconds": "Toutes les 10 secondes",
    "Every 30 seconds": "Toutes les 30 secondes",
    "Every minute": "Toutes les minutes",
    "Every 2 minutes": "Toutes les 2 minutes",
    "Every 5 minutes": "Toutes les 5 minutes",
    "Every 10 minutes": "Toutes les 10 minutes",
    "Preferences": "Préférences",
    "Keep the previous version of a map when saving": "Conserver la version précédente d’un parcours à l’enregistrement",
    "One backup copy per map, in Journey Studio's data folder":
        "Une copie de sauvegarde par parcours, dans le dossier de données de Journey Studio",
    "Same as the system": "Celle du système",
    "A new language applies the next time Journey Studio starts.":
        "Une nouvelle langue s’applique au prochain démarrage de Journey Studio.",
    "Large interface (bigger menus and panels, for a projector)":
        "Grande interface (menus et panneaux plus grands, pour un vidéoprojecteur)",
    "Backups": "Sauvegardes",
    "Autosave unsaved changes": "Enregistrement automatique",
    "Interface language": "Langue de l’interface",
    "Interface size": "Taille de l’interface",
    "{app}: recover unsaved maps": "{app} : récupérer les parcours non enregistrés",
    "Journey Studio closed without saving these maps. Recovered maps open as unsaved; save them to keep them.":
        "Journey Studio s’est fermé sans enregistrer ces parcours. Les parcours récupérés s’ouvrent "
        "comme non enregistrés ; enregistrez-les pour les conserver.",
    "Delete {count} unsaved map for good? This cannot be undone.":
        "Supprimer définitivement {count} parcours non enregistré ? Cette action est irréversible.",
    "Delete {count} unsaved maps for good? This cannot be undone.":
        "Supprimer définitivement {count} parcours non enregistrés ? Cette action est irréversible.",
    "Cannot recover the map": "Impossible de récupérer le parcours",
    "“{name}” could not be recovered: {reason}.": "« {name} » n’a pas pu être récupéré : {reason}.",
    "The autosave stays in {folder}.": "L’enregistrement automatique reste dans {folder}.",
    "Recovered: save the map to keep it": "Récupéré : enregistrez le parcours pour le conserver",
    "Open a Mermaid, Markdown, OpenJourney, CSV or Excel file as a new map":
        "Ouvrir un fichier Mermaid, Markdown, OpenJourney, CSV ou Excel comme nouveau parcours",
    "Write a copy as Mermaid, Markdown, CSV or Excel": "Écrire une copie en Mermaid, Markdown, CSV ou Excel",
    "Export the map as a PDF, on one page or as a poster": "Exporter le parcours en PDF, sur une page ou en affiche",
    "Pre&ferences…": "Pré&férences…",
    "Backups, autosave, interface language and size":
        "Sauvegardes, enregistrement automatique, langue et taille de l’interface",
    "Blank": "Vide",
    "Classic": "Classique",
    "{template} ({language})": "{template} ({language})",
    " (read-only)": " (lecture seule)",
    " (recovered)": " (récupéré)",
    "“{name}” cannot be replaced: {reason}.": "« {name} » ne peut pas être remplacé : {reason}.",
    "Close it there first, or save under another name.":
        "Fermez-le d’abord là-bas, ou enregistrez sous un autre nom.",
    "Discard your unsaved changes and reload “{name}” from disk?":
        "Abandonner vos modifications non enregistrées et recharger « {name} » depuis le disque ?",
    "Cannot reload the file": "Impossible de recharger le fichier",
    "“{name}” could not be read again; your map is unchanged.":
        "« {name} » n’a pas pu être relu ; votre parcours est inchangé.",
    "Reloaded {name}": "{name} rechargé",
    "{reason}: the recovered map will be saved under a new name":
        "{reason} : le parcours récupéré sera enregistré sous un nouveau nom",
    "“{name}”: {count} thing could not be carried over exactly.":
        "« {name} » : {count} élément n’a pas pu être repris à l’identique.",
    "“{name}”: {count} things could not be carried over exactly.":
        "« {name} » : {count} éléments n’ont pas pu être repris à l’identique.",
    "Import and export notes": "Remarques sur l’import et l’export",
    "… and {count} more": "… et {count} de plus",
    "another program": "un autre programme",
    "&Persona on the Map": "Persona au-&dessus du parcours",
    "Show whose journey this is above the grid": "Afficher au-dessus de la grille la personne dont c’est le parcours",
    # --- living map (data sources) -------------------------------------------------------------
    "Data So&urces…": "So&urces de données…",
    "Link the map to survey and operations data (CSV, Excel, SQLite, SQL databases)":
        "Relier le parcours aux données d’enquêtes et d’activité (CSV, Excel, SQLite, bases SQL)",
    "Re&fresh Data": "Ac&tualiser les données",
    "Read the map's data sources again": "Relire les sources de données du parcours",
    "Database password": "Mot de passe de la base",
    "Password for {url} (empty if none; it is not saved in the map):":
        "Mot de passe pour {url} (vide s’il n’y en a pas ; il n’est pas enregistré dans le parcours) :",
    "Refresh Data": "Actualiser les données",
    "{problem}\n\nThe map was not changed.": "{problem}\n\nLe parcours n’a pas été modifié.",
    "Refresh data": "Actualiser les données",
    "Data refreshed: nothing changed ({rows} rows read)": "Données actualisées : rien n’a changé ({rows} lignes lues)",
    "… and {n} more": "… et {n} de plus",
    "{source}: {rows} rows name no step of the map ({names})":
        "{source} : {rows} lignes ne désignent aucune sous-étape du parcours ({names})",
    "Data refreshed: {n} changes": "Données actualisées : {n} changements",
    "Data refreshed": "Données actualisées",
    "Data Sources": "Sources de données",
    "Data sources": "Sources de données",
    "Add &File…": "Ajouter un &fichier…",
    "Add Data&base…": "Ajouter une &base de données…",
    "&Remove": "&Retirer",
    "Source": "Source",
    "Metrics: how each is computed, its unit and its traffic light":
        "Indicateurs : leur calcul, leur unité et leur feu tricolore",
    "Metric": "Indicateur",
    "Computed as": "Calcul",
    "Unit": "Unité",
    "Good at": "Bon à partir de",
    "Alert at": "Alerte à partir de",
    "Answers from": "Réponses de",
    "to": "à",
    "New metric": "Nouvel indicateur",
    "Add &Metric": "Ajouter un &indicateur",
    "Curve “{title}”:": "Courbe « {title} » :",
    "OK and &Refresh": "OK et &actualiser",
    "Browse…": "Parcourir…",
    "Read &Columns": "Lire les &colonnes",
    "all rows": "toutes les lignes",
    "Step column:": "Colonne de la sous-étape :",
    "Value column:": "Colonne de la valeur :",
    "Metric column:": "Colonne de l’indicateur :",
    "Date column:": "Colonne de la date :",
    "Segment column:": "Colonne du segment :",
    "Name:": "Nom :",
    "File:": "Fichier :",
    "Sheet:": "Feuille :",
    "Database URL:": "URL de la base :",
    "Password variable:": "Variable du mot de passe :",
    "Query:": "Requête :",
    "Metric name:": "Nom de l’indicateur :",
    "Only the segment:": "Seulement le segment :",
    "(none)": "(aucune)",
    "Add a Data File": "Ajouter un fichier de données",
    "Data files (*.csv *.tsv *.txt *.xlsx *.sqlite *.sqlite3 *.db)":
        "Fichiers de données (*.csv *.tsv *.txt *.xlsx *.sqlite *.sqlite3 *.db)",
    "Database": "Base de données",
    "Choose the Data File": "Choisir le fichier de données",
    "mean": "moyenne",
    "sum": "somme",
    "count": "nombre",
    "CSAT (% of 4 and 5)": "CSAT (% de 4 et 5)",
    "—": "—",
    "Drawn by hand": "Tracée à la main",
    "From data: {source} · {metric}": "D’après les données : {source} · {metric}",
    "Edit data sources": "Modifier les sources de données",
}

#: Where one context needs other words than the rest.
_BY_CONTEXT = {
    ("ExportDialog", "Title"): "Titre",
    ("ExportDialog", "Persona"): "Persona",
}

FRENCH = {key: _fr(text) for key, text in {**_FRENCH, **_BY_CONTEXT}.items()}
