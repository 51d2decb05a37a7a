<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CardEditor</name>
        <message>
            <source>Card text</source>
            <translation>Texte de la carte</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Nouvelle carte</translation>
        </message>
        <message>
            <source>Stage name</source>
            <translation>Nom de l’étape</translation>
        </message>
        <message>
            <source>Step name</source>
            <translation>Nom de la sous-étape</translation>
        </message>
        <message>
            <source>Lane title</source>
            <translation>Titre de la ligne</translation>
        </message>
    </context>
    <context>
        <name>CardEvidence</name>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Données d’usage</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Assumption (no evidence)</source>
            <translation>Hypothèse (sans preuve)</translation>
        </message>
        <message>
            <source>The card's image, whole</source>
            <translation>L’image de la carte, en entier</translation>
        </message>
        <message>
            <source>Choose Image…</source>
            <translation>Choisir une image…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the card's image</source>
            <translation>Retirer l’image de la carte</translation>
        </message>
        <message>
            <source>Ctrl+click opens a link with the system</source>
            <translation>Ctrl+clic ouvre un lien avec le système</translation>
        </message>
        <message>
            <source>URL or file, then Enter</source>
            <translation>URL ou fichier, puis Entrée</translation>
        </message>
        <message>
            <source>Type a web address or a file's path, then press Enter to add the link</source>
            <translation>Saisir une adresse web ou le chemin d’un fichier, puis Entrée pour ajouter le lien</translation>
        </message>
        <message>
            <source>Remove the chosen link</source>
            <translation>Retirer le lien choisi</translation>
        </message>
        <message>
            <source>Write a comment, then Enter</source>
            <translation>Écrire un commentaire, puis Entrée</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Links (Ctrl+click opens)</source>
            <translation>Liens (Ctrl+clic pour ouvrir)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>No image</source>
            <translation>Pas d’image</translation>
        </message>
        <message>
            <source>Tick when resolved</source>
            <translation>Cocher une fois résolu</translation>
        </message>
        <message>
            <source>Comments ({n})</source>
            <translation>Commentaires ({n})</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Choose an image</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>the file is larger than {size} MB</source>
            <translation>le fichier dépasse {size} Mo</translation>
        </message>
        <message>
            <source>Image not used</source>
            <translation>Image non utilisée</translation>
        </message>
        <message>
            <source>{name} cannot be used as the card's image: {reason}.</source>
            <translation>{name} ne peut pas servir d’image de carte : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>comma, separated</source>
            <translation>séparées par des virgules</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Dot votes</source>
            <translation>Gommettes</translation>
        </message>
    </context>
    <context>
        <name>CardKindTile</name>
        <message>
            <source>Drag onto a cell to add an “{kind}” card, or click to add one to the selected cell</source>
            <translation>Glissez sur une case pour ajouter une carte « {kind} », ou cliquez pour l’ajouter à la case sélectionnée</translation>
        </message>
        <message>
            <source>Add an “{kind}” card</source>
            <translation>Ajouter une carte « {kind} »</translation>
        </message>
        <message>
            <source>Drag onto a cell to add a “{kind}” card, or click to add one to the selected cell</source>
            <translation>Glissez sur une case pour ajouter une carte « {kind} », ou cliquez pour l’ajouter à la case sélectionnée</translation>
        </message>
        <message>
            <source>Add a “{kind}” card</source>
            <translation>Ajouter une carte « {kind} »</translation>
        </message>
    </context>
    <context>
        <name>CardsForm</name>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>{count} card selected</source>
            <translation>{count} carte sélectionnée</translation>
        </message>
        <message>
            <source>{count} cards selected</source>
            <translation>{count} cartes sélectionnées</translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Pain point with no opportunity in its step</source>
            <translation>Irritant sans opportunité dans sa sous-étape</translation>
        </message>
        <message>
            <source>Step with no touchpoint</source>
            <translation>Sous-étape sans point de contact</translation>
        </message>
        <message>
            <source>Emotion drop with no pain point</source>
            <translation>Chute d’émotion sans irritant</translation>
        </message>
        <message>
            <source>Empty stage</source>
            <translation>Étape vide</translation>
        </message>
        <message>
            <source>Duplicate cards</source>
            <translation>Cartes en double</translation>
        </message>
        <message>
            <source>Moment of truth with no card</source>
            <translation>Moment de vérité sans carte</translation>
        </message>
        <message>
            <source>Evidence older than (days):</source>
            <translation>Preuves de plus de (jours) :</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>Old evidence</source>
            <translation>Preuves anciennes</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to look at; click one to go there.</source>
            <translation>
                <numerusform>%n point à examiner ; cliquez dessus pour y aller.</numerusform>
                <numerusform>%n points à examiner ; cliquez sur l’un d’eux pour y aller.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to point out.</source>
            <translation>Rien à signaler.</translation>
        </message>
    </context>
    <context>
        <name>ChecksTools</name>
        <message>
            <source>Chec&amp;ks</source>
            <translation>Vérificati&amp;ons</translation>
        </message>
    </context>
    <context>
        <name>ColorSwatches</name>
        <message>
            <source>Default colour</source>
            <translation>Couleur par défaut</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personnalisée…</translation>
        </message>
        <message>
            <source>Choose any colour</source>
            <translation>Choisir une autre couleur</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
    </context>
    <context>
        <name>CompareOverlay</name>
        <message>
            <source>Old place of the card</source>
            <translation>Ancienne place de la carte</translation>
        </message>
        <message>
            <source>Text before: {old}</source>
            <translation>Texte avant : {old}</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e9d4a'&gt;■ added&lt;/span&gt; · &lt;span style='color:#d43c3c'&gt;▭ removed&lt;/span&gt; · &lt;span style='color:#b87500'&gt;■ changed&lt;/span&gt; (tooltip: before) · &lt;span style='color:#2f6fdb'&gt;➜ moved&lt;/span&gt; · &lt;span style='color:#6b5bd6'&gt;○ old emotion&lt;/span&gt;</source>
            <translation>&lt;span style='color:#2e9d4a'&gt;■ ajouté&lt;/span&gt; · &lt;span style='color:#d43c3c'&gt;▭ supprimé&lt;/span&gt; · &lt;span style='color:#b87500'&gt;■ modifié&lt;/span&gt; (infobulle : avant) · &lt;span style='color:#2f6fdb'&gt;➜ déplacé&lt;/span&gt; · &lt;span style='color:#6b5bd6'&gt;○ ancienne émotion&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Garder la &amp;leur</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Garder les &amp;deux</translation>
        </message>
        <message>
            <source>Keep their version as a second card</source>
            <translation>Garder leur version comme seconde carte</translation>
        </message>
        <message>
            <source>Close Comparison</source>
            <translation>Fermer la comparaison</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>Aucune différence</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>la mienne</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>la leur</translation>
        </message>
        <message>
            <source>both</source>
            <translation>les deux</translation>
        </message>
        <message>
            <source>{message}
→ keeping {choice}</source>
            <translation>{message}
→ on garde {choice}</translation>
        </message>
        <message>
            <source>Resolve the conflicts: {n}</source>
            <translation>Conflits à résoudre : {n}</translation>
        </message>
    </context>
    <context>
        <name>CompareTools</name>
        <message>
            <source>Co&amp;mpare With…</source>
            <translation>&amp;Comparer avec…</translation>
        </message>
        <message>
            <source>Show on the map what differs from another copy or a backup of this map</source>
            <translation>Montrer sur le parcours ce qui diffère d’une autre copie ou d’une sauvegarde</translation>
        </message>
        <message>
            <source>Merge C&amp;hanges From…</source>
            <translation>Fusionner &amp;les modifications de…</translation>
        </message>
        <message>
            <source>Bring the changes of another copy of this map into it (one undo step)</source>
            <translation>Reprendre les modifications d’une autre copie de ce parcours (une seule annulation)</translation>
        </message>
        <message>
            <source>Journey maps (*{suffix} *.bak);;All files (*)</source>
            <translation>Parcours (*{suffix} *.bak);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Compare With</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <source>Compared with {name}. The marks show what changed in this map since {name}.</source>
            <translation>Comparé avec {name}. Les marques montrent ce qui a changé dans ce parcours depuis {name}.</translation>
        </message>
        <message>
            <source>{name} is another map (“{title}”), not a copy of this one.</source>
            <translation>{name} est un autre parcours (« {title} »), pas une copie de celui-ci.</translation>
        </message>
        <message>
            <source>Merged {name} ({base}). The marks show what the merge changed.</source>
            <translation>{name} fusionné ({base}). Les marques montrent ce que la fusion a changé.</translation>
        </message>
        <message>
            <source>The merge of {name} was undone.</source>
            <translation>La fusion de {name} a été annulée.</translation>
        </message>
        <message>
            <source>Merge of {name} undone; its conflicts are closed</source>
            <translation>Fusion de {name} annulée ; ses conflits sont fermés</translation>
        </message>
        <message>
            <source>Merge of {name} redone; conflicts: {n}</source>
            <translation>Fusion de {name} rétablie ; conflits : {n}</translation>
        </message>
        <message>
            <source>The merge of {name} is undone: there is nothing to resolve. Redo brings its conflicts back.</source>
            <translation>La fusion de {name} est annulée : il n’y a rien à résoudre. Rétablir fait revenir ses conflits.</translation>
        </message>
        <message>
            <source>Differences: {n}</source>
            <translation>Différences : {n}</translation>
        </message>
        <message>
            <source>Merge Changes From</source>
            <translation>Fusionner les modifications de</translation>
        </message>
        <message>
            <source>Merge Changes</source>
            <translation>Fusionner les modifications</translation>
        </message>
        <message>
            <source>Merging it would mix the two maps. Merge anyway?</source>
            <translation>Le fusionner mélangerait les deux parcours. Fusionner quand même ?</translation>
        </message>
        <message>
            <source>{name} and this map share no saved version, so it cannot be told which side changed what.

Keep both versions of each card that differs? (No: keep this map's version; every difference is listed to resolve.)</source>
            <translation>{name} et ce parcours n’ont aucune version enregistrée en commun : impossible de savoir qui a changé quoi.

Garder les deux versions de chaque carte qui diffère ? (Non : garder la version de ce parcours ; chaque différence est listée pour être résolue.)</translation>
        </message>
        <message>
            <source>Merge changes from {name}</source>
            <translation>Fusionner les modifications de {name}</translation>
        </message>
        <message>
            <source>{problem}

The map was not changed.</source>
            <translation>{problem}

Le parcours n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Merged {name}; conflicts: {n}</source>
            <translation>{name} fusionné ; conflits : {n}</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Résoudre un conflit</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
    </context>
    <context>
        <name>CopyImage</name>
        <message>
            <source>the whole map</source>
            <translation>tout le parcours</translation>
        </message>
        <message>
            <source>the selection</source>
            <translation>la sélection</translation>
        </message>
        <message>
            <source>Copied {what} as an image ({width} × {height} pixels) and SVG</source>
            <translation>Copié en image et en SVG : {what} ({width} × {height} pixels)</translation>
        </message>
    </context>
    <context>
        <name>DataSourcesDialog</name>
        <message>
            <source>Data Sources</source>
            <translation>Sources de données</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Sources de données</translation>
        </message>
        <message>
            <source>Add &amp;File…</source>
            <translation>Ajouter un &amp;fichier…</translation>
        </message>
        <message>
            <source>Add Data&amp;base…</source>
            <translation>Ajouter une &amp;base de données…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Metrics: how each is computed, its unit and its traffic light</source>
            <translation>Indicateurs : leur calcul, leur unité et leur feu tricolore</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Computed as</source>
            <translation>Calcul</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Good at</source>
            <translation>Bon à partir de</translation>
        </message>
        <message>
            <source>Alert at</source>
            <translation>Alerte à partir de</translation>
        </message>
        <message>
            <source>Answers from</source>
            <translation>Réponses de</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Add &amp;Metric</source>
            <translation>Ajouter un &amp;indicateur</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>Nouvel indicateur</translation>
        </message>
        <message>
            <source>Curve “{title}”:</source>
            <translation>Courbe « {title} » :</translation>
        </message>
        <message>
            <source>OK and &amp;Refresh</source>
            <translation>OK et &amp;actualiser</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Read &amp;Columns</source>
            <translation>Lire les &amp;colonnes</translation>
        </message>
        <message>
            <source>all rows</source>
            <translation>toutes les lignes</translation>
        </message>
        <message>
            <source>Step column:</source>
            <translation>Colonne de la sous-étape :</translation>
        </message>
        <message>
            <source>Value column:</source>
            <translation>Colonne de la valeur :</translation>
        </message>
        <message>
            <source>Metric column:</source>
            <translation>Colonne de l’indicateur :</translation>
        </message>
        <message>
            <source>Date column:</source>
            <translation>Colonne de la date :</translation>
        </message>
        <message>
            <source>Segment column:</source>
            <translation>Colonne du segment :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Feuille :</translation>
        </message>
        <message>
            <source>Database URL:</source>
            <translation>URL de la base :</translation>
        </message>
        <message>
            <source>Password variable:</source>
            <translation>Variable du mot de passe :</translation>
        </message>
        <message>
            <source>Query:</source>
            <translation>Requête :</translation>
        </message>
        <message>
            <source>Metric name:</source>
            <translation>Nom de l’indicateur :</translation>
        </message>
        <message>
            <source>Only the segment:</source>
            <translation>Seulement le segment :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Add a Data File</source>
            <translation>Ajouter un fichier de données</translation>
        </message>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.sqlite *.sqlite3 *.db)</source>
            <translation>Fichiers de données (*.csv *.tsv *.txt *.xlsx *.sqlite *.sqlite3 *.db)</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>Choose the Data File</source>
            <translation>Choisir le fichier de données</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>somme</translation>
        </message>
        <message>
            <source>count</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>CSAT (% of 4 and 5)</source>
            <translation>CSAT (% de 4 et 5)</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Drawn by hand</source>
            <translation>Tracée à la main</translation>
        </message>
        <message>
            <source>From data: {source} · {metric}</source>
            <translation>D’après les données : {source} · {metric}</translation>
        </message>
        <message>
            <source>Edit data sources</source>
            <translation>Modifier les sources de données</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Add card</source>
            <translation>Ajouter une carte</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Modifier la carte</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voter</translation>
        </message>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Déplacer la carte</numerusform>
                <numerusform>Déplacer %n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n card(s)</source>
            <translation>
                <numerusform>Supprimer la carte</numerusform>
                <numerusform>Supprimer %n cartes</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear examples</source>
            <translation>Effacer les exemples</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Modifier l’étape</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Supprimer l’étape</translation>
        </message>
        <message>
            <source>Move stage</source>
            <translation>Déplacer l’étape</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une sous-étape</translation>
        </message>
        <message>
            <source>Edit step</source>
            <translation>Modifier la sous-étape</translation>
        </message>
        <message>
            <source>Delete step</source>
            <translation>Supprimer la sous-étape</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Déplacer la sous-étape</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Modifier la ligne</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Move lane</source>
            <translation>Déplacer la ligne</translation>
        </message>
        <message>
            <source>Set emotion</source>
            <translation>Placer l’émotion</translation>
        </message>
        <message>
            <source>Remove emotion</source>
            <translation>Retirer l’émotion</translation>
        </message>
        <message>
            <source>Change emotion scale</source>
            <translation>Changer l’échelle des émotions</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Modifier le persona</translation>
        </message>
        <message>
            <source>Remove persona photo</source>
            <translation>Retirer la photo du persona</translation>
        </message>
        <message>
            <source>Set persona photo</source>
            <translation>Choisir la photo du persona</translation>
        </message>
        <message>
            <source>Change map language</source>
            <translation>Changer la langue du parcours</translation>
        </message>
        <message>
            <source>Edit data sources</source>
            <translation>Modifier les sources de données</translation>
        </message>
        <message>
            <source>Edit map</source>
            <translation>Modifier le parcours</translation>
        </message>
        <message>
            <source>Edit {count} cards</source>
            <translation>Modifier {count} cartes</translation>
        </message>
        <message>
            <source>Clear all votes</source>
            <translation>Effacer tous les votes</translation>
        </message>
    </context>
    <context>
        <name>EditOperations</name>
        <message>
            <source>the clipboard is empty</source>
            <translation>le presse-papiers est vide</translation>
        </message>
        <message>
            <source>add a stage and a lane before pasting cards</source>
            <translation>ajoutez une étape et une ligne avant de coller des cartes</translation>
        </message>
        <message>
            <source>the clipboard holds nothing Journey Studio can paste</source>
            <translation>le presse-papiers ne contient rien que Journey Studio puisse coller</translation>
        </message>
        <message>
            <source>{count} card</source>
            <translation>{count} carte</translation>
        </message>
        <message>
            <source>{count} cards</source>
            <translation>{count} cartes</translation>
        </message>
        <message>
            <source>{count} emotion point</source>
            <translation>{count} point d’émotion</translation>
        </message>
        <message>
            <source>{count} emotion points</source>
            <translation>{count} points d’émotion</translation>
        </message>
        <message>
            <source>{cards} and {points}</source>
            <translation>{cards} et {points}</translation>
        </message>
        <message>
            <source>Delete the stage “{name}” and the {holding} it holds?</source>
            <translation>Supprimer l’étape « {name} » et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Delete the step “{name}” and the {holding} it holds?</source>
            <translation>Supprimer la sous-étape « {name} » et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Delete the lane “{name}” and the {holding} it holds?</source>
            <translation>Supprimer la ligne « {name} » et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Delete this stage and the {holding} it holds?</source>
            <translation>Supprimer cette étape et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Delete this step and the {holding} it holds?</source>
            <translation>Supprimer cette sous-étape et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Delete this lane and the {holding} it holds?</source>
            <translation>Supprimer cette ligne et son contenu ({holding}) ?</translation>
        </message>
        <message>
            <source>Undo brings them back.</source>
            <translation>Annuler les fait revenir.</translation>
        </message>
        <message>
            <source>add a stage and a lane before adding cards</source>
            <translation>ajoutez une étape et une ligne avant d’ajouter des cartes</translation>
        </message>
        <message>
            <source>add a stage before adding steps</source>
            <translation>ajoutez une étape avant d’ajouter des sous-étapes</translation>
        </message>
        <message>
            <source>add a stage before adding cards</source>
            <translation>ajoutez une étape avant d’ajouter des cartes</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <source>Something went wrong inside Journey Studio.</source>
            <translation>Un problème est survenu dans Journey Studio.</translation>
        </message>
        <message>
            <source>The last action may not have finished. Your map is still open: save it under a new name to be safe.</source>
            <translation>La dernière action n’a peut-être pas abouti. Votre parcours est toujours ouvert : par prudence, enregistrez-le sous un nouveau nom.</translation>
        </message>
        <message>
            <source>The details were written to {path}.</source>
            <translation>Les détails ont été enregistrés dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBars</name>
        <message>
            <source>Evi&amp;dence</source>
            <translation>&amp;Barres de preuves</translation>
        </message>
        <message>
            <source>A bar under each step: the share of its cards backed by evidence</source>
            <translation>Une barre sous chaque sous-étape : la part de ses cartes appuyée par des preuves</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Image PNG</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>Dessin SVG</translation>
        </message>
        <message>
            <source>PowerPoint slides</source>
            <translation>Diapositives PowerPoint</translation>
        </message>
        <message>
            <source>Editable shapes: every card is a text box you can change</source>
            <translation>Formes modifiables : chaque carte est une zone de texte que l’on peut changer</translation>
        </message>
        <message>
            <source>Resolution (DPI)</source>
            <translation>Résolution (PPP)</translation>
        </message>
        <message>
            <source>Width (pixels)</source>
            <translation>Largeur (pixels)</translation>
        </message>
        <message>
            <source> DPI</source>
            <translation> PPP</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Fond transparent</translation>
        </message>
        <message>
            <source>Put the editable map inside the image</source>
            <translation>Inclure le parcours modifiable dans l’image</translation>
        </message>
        <message>
            <source>Journey Studio can open this PNG again as a map</source>
            <translation>Journey Studio pourra rouvrir ce PNG comme parcours</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Size by</source>
            <translation>Taille selon</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Résolution</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Largeur</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>As the map is shaped</source>
            <translation>Selon la forme du parcours</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <source>Fit on one page</source>
            <translation>Tenir sur une page</translation>
        </message>
        <message>
            <source>Poster over several pages</source>
            <translation>Affiche sur plusieurs pages</translation>
        </message>
        <message>
            <source>Above the map</source>
            <translation>Au-dessus du parcours</translation>
        </message>
        <message>
            <source>On its own page</source>
            <translation>Sur une page à part</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Ne pas inclure</translation>
        </message>
        <message>
            <source>Your name (default: your user name)</source>
            <translation>Par défaut, votre identifiant</translation>
        </message>
        <message>
            <source>The cards’ comment threads, as notes after the map</source>
            <translation>Les fils de commentaires des cartes, en notes après le parcours</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Mise en page</translation>
        </message>
        <message>
            <source>Poster scale</source>
            <translation>Échelle de l’affiche</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>All cards</source>
            <translation>Toutes les cartes</translation>
        </message>
        <message>
            <source>PNG and PDF: the cards a saved view leaves out are faded</source>
            <translation>PNG et PDF : les cartes hors de la vue sont estompées</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Vue</translation>
        </message>
        <message>
            <source>The map’s description, wrapped under the title as in the PDF</source>
            <translation>La description du parcours, sous le titre comme dans le PDF</translation>
        </message>
        <message>
            <source>This map has no description</source>
            <translation>Ce parcours n’a pas de description</translation>
        </message>
        <message>
            <source>No card has comments</source>
            <translation>Aucune carte n’a de commentaires</translation>
        </message>
        <message>
            <source>{count} slides of editable shapes</source>
            <translation>{count} diapositives de formes modifiables</translation>
        </message>
        <message>
            <source>{width} × {height} pixels, text kept as text</source>
            <translation>{width} × {height} pixels, le texte reste du texte</translation>
        </message>
        <message>
            <source>{width} × {height} pixels at {dpi} DPI</source>
            <translation>{width} × {height} pixels à {dpi} PPP</translation>
        </message>
        <message>
            <source>, then the comments on pages of their own</source>
            <translation>, puis les commentaires sur des pages à part</translation>
        </message>
        <message>
            <source>One {page} page, landscape, and a persona page</source>
            <translation>Une page {page} en paysage, et une page persona</translation>
        </message>
        <message>
            <source>One {page} page, portrait, and a persona page</source>
            <translation>Une page {page} en portrait, et une page persona</translation>
        </message>
        <message>
            <source>One {page} page, landscape</source>
            <translation>Une page {page} en paysage</translation>
        </message>
        <message>
            <source>One {page} page, portrait</source>
            <translation>Une page {page} en portrait</translation>
        </message>
        <message>
            <source>Poster: {cols} × {rows} = {pages} {page} pages, landscape, {width} × {height} cm</source>
            <translation>Affiche : {cols} × {rows} = {pages} pages {page} en paysage, {width} × {height} cm</translation>
        </message>
        <message>
            <source>Poster: {cols} × {rows} = {pages} {page} pages, portrait, {width} × {height} cm</source>
            <translation>Affiche : {cols} × {rows} = {pages} pages {page} en portrait, {width} × {height} cm</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>PowerPoint slides (*.pptx)</source>
            <translation>Diapositives PowerPoint (*.pptx)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Could not save “{name}”: {reason}.</source>
            <translation>Impossible d’enregistrer « {name} » : {reason}.</translation>
        </message>
        <message>
            <source>The file on disk was not changed, and your map is still open with its unsaved changes. You can save it somewhere else.</source>
            <translation>Le fichier sur le disque n’a pas été modifié et votre parcours reste ouvert avec ses modifications non enregistrées. Vous pouvez l’enregistrer ailleurs.</translation>
        </message>
        <message>
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>“{name}” was changed by another program since you opened it.</source>
            <translation>« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert.</translation>
        </message>
        <message>
            <source>Overwrite replaces those changes with yours. Save As keeps both. Reload drops your unsaved changes and opens the version on disk.</source>
            <translation>Écraser remplace ces modifications par les vôtres. Enregistrer sous garde les deux. Recharger abandonne vos modifications non enregistrées et ouvre la version du disque.</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>“{name}” is already open in {holder}.</source>
            <translation>« {name} » est déjà ouvert dans {holder}.</translation>
        </message>
        <message>
            <source>Open it read-only to look at it, or open a copy to edit it without touching the original.</source>
            <translation>Ouvrez-le en lecture seule pour le consulter, ou ouvrez une copie pour le modifier sans toucher à l’original.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>Open a Copy</source>
            <translation>Ouvrir une copie</translation>
        </message>
        <message>
            <source>Untitled map</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>{name} in {folder}</source>
            <translation>{name} dans {folder}</translation>
        </message>
        <message>
            <source>{title}
autosaved on {when}
{where}</source>
            <translation>{title}
enregistré automatiquement le {when}
{where}</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>jamais enregistré</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Save as View…</source>
            <translation>Enregistrer comme vue…</translation>
        </message>
        <message>
            <source>Delete View</source>
            <translation>Supprimer la vue</translation>
        </message>
        <message>
            <source>Show All</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>séparés par des virgules</translation>
        </message>
        <message>
            <source>any</source>
            <translation>toutes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>At least votes</source>
            <translation>Votes au moins</translation>
        </message>
        <message>
            <source>Lanes</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Vues enregistrées</translation>
        </message>
        <message>
            <source>(no view)</source>
            <translation>(aucune vue)</translation>
        </message>
        <message>
            <source>Save View</source>
            <translation>Enregistrer la vue</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nom de la vue :</translation>
        </message>
        <message>
            <source>View not saved</source>
            <translation>Vue non enregistrée</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Données d’usage</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Assumption (no evidence)</source>
            <translation>Hypothèse (sans preuve)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Find in text, notes, tags, owners, comments</source>
            <translation>Rechercher dans les textes, notes, étiquettes, responsables, commentaires</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>No card found</source>
            <translation>Aucune carte trouvée</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>FindFilterTools</name>
        <message>
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <source>Find the cards holding some words</source>
            <translation>Trouver les cartes qui contiennent des mots</translation>
        </message>
        <message>
            <source>Find N&amp;ext</source>
            <translation>Rechercher le sui&amp;vant</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Rechercher le pr&amp;écédent</translation>
        </message>
        <message>
            <source>Filte&amp;r</source>
            <translation>Filtres et v&amp;ues</translation>
        </message>
    </context>
    <context>
        <name>ImportExport</name>
        <message>
            <source>Everything Journey Studio reads ({patterns})</source>
            <translation>Tout ce que Journey Studio sait lire ({patterns})</translation>
        </message>
        <message>
            <source>Mermaid journey (*.mmd *.md)</source>
            <translation>Parcours Mermaid (*.mmd *.md)</translation>
        </message>
        <message>
            <source>OpenJourney / Ptolemy (*.ojf)</source>
            <translation>OpenJourney / Ptolemy (*.ojf)</translation>
        </message>
        <message>
            <source>Spreadsheet (*.csv *.xlsx)</source>
            <translation>Tableur (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>PNG exported with its map (*.png)</source>
            <translation>PNG exporté avec son parcours (*.png)</translation>
        </message>
        <message>
            <source>Journey map (*{suffix})</source>
            <translation>Parcours (*{suffix})</translation>
        </message>
        <message>
            <source>Mermaid journey (*.mmd)</source>
            <translation>Parcours Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>Markdown with a Mermaid diagram (*.md)</source>
            <translation>Markdown avec un diagramme Mermaid (*.md)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV spreadsheet (*.csv)</source>
            <translation>Tableau CSV (*.csv)</translation>
        </message>
        <message>
            <source>Journey map copy (*{suffix})</source>
            <translation>Copie du parcours (*{suffix})</translation>
        </message>
        <message>
            <source>Import a map</source>
            <translation>Importer un parcours</translation>
        </message>
        <message>
            <source>Export the map as</source>
            <translation>Exporter le parcours sous</translation>
        </message>
        <message>
            <source>“{name}” is the map's own file: use Save to write it.</source>
            <translation>« {name} » est le fichier même du parcours : utilisez Enregistrer pour l’écrire.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>The map was not exported to “{name}”.</source>
            <translation>Le parcours n’a pas été exporté vers « {name} ».</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <source>Exported {name}</source>
            <translation>{name} exporté</translation>
        </message>
        <message>
            <source>The pasted Mermaid journey could not be read: {reason}</source>
            <translation>Le parcours Mermaid collé est illisible : {reason}</translation>
        </message>
        <message>
            <source>Pasted journey</source>
            <translation>Parcours collé</translation>
        </message>
        <message>
            <source>Pasted the Mermaid journey as a new map</source>
            <translation>Parcours Mermaid collé comme nouveau parcours</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
    </context>
    <context>
        <name>KeyReference</name>
        <message>
            <source>On the map</source>
            <translation>Sur le parcours</translation>
        </message>
        <message>
            <source>Typing in a card or a title</source>
            <translation>Saisie dans une carte ou un titre</translation>
        </message>
        <message>
            <source>Emotion curve</source>
            <translation>Courbe des émotions</translation>
        </message>
        <message>
            <source>Mouse</source>
            <translation>Souris</translation>
        </message>
        <message>
            <source>Find bar</source>
            <translation>Barre de recherche</translation>
        </message>
        <message>
            <source>Presentation (F5)</source>
            <translation>Présentation (F5)</translation>
        </message>
        <message>
            <source>click</source>
            <translation>clic</translation>
        </message>
        <message>
            <source>drag</source>
            <translation>glisser</translation>
        </message>
        <message>
            <source>Go to the neighbouring cell or card</source>
            <translation>Aller à la case ou à la carte voisine</translation>
        </message>
        <message>
            <source>Walk the cells and cards across the steps (Shift: back)</source>
            <translation>Parcourir cases et cartes d’une sous-étape à l’autre (Maj : en arrière)</translation>
        </message>
        <message>
            <source>Add a card in the selected cell, or edit the selected card</source>
            <translation>Ajouter une carte dans la case sélectionnée, ou modifier la carte sélectionnée</translation>
        </message>
        <message>
            <source>Edit the selected card or title in place</source>
            <translation>Modifier sur place la carte ou le titre sélectionné</translation>
        </message>
        <message>
            <source>Start a card with what is typed (a cell selected)</source>
            <translation>Commencer une carte par ce qui est tapé (une case sélectionnée)</translation>
        </message>
        <message>
            <source>a letter</source>
            <translation>une lettre</translation>
        </message>
        <message>
            <source>Move the selected cards to the neighbouring cell</source>
            <translation>Déplacer les cartes sélectionnées dans la case voisine</translation>
        </message>
        <message>
            <source>Delete the selected cards or emotion point</source>
            <translation>Supprimer les cartes ou le point d’émotion sélectionnés</translation>
        </message>
        <message>
            <source>Cancel a drag; select the cell around the selection</source>
            <translation>Annuler un glisser ; sélectionner la case de la sélection</translation>
        </message>
        <message>
            <source>Finish typing and keep the text</source>
            <translation>Terminer la saisie et garder le texte</translation>
        </message>
        <message>
            <source>New line in a card</source>
            <translation>Nouvelle ligne dans une carte</translation>
        </message>
        <message>
            <source>Cancel typing (the text is left as it was)</source>
            <translation>Annuler la saisie (le texte reste tel qu’il était)</translation>
        </message>
        <message>
            <source>Select the step's emotion point (emotion lane's cell selected)</source>
            <translation>Sélectionner le point d’émotion de la sous-étape (case de la ligne des émotions sélectionnée)</translation>
        </message>
        <message>
            <source>Raise or lower the selected point by one step</source>
            <translation>Monter ou descendre le point sélectionné d’un cran</translation>
        </message>
        <message>
            <source>Raise or lower the selected point by half a step</source>
            <translation>Monter ou descendre le point sélectionné d’un demi-cran</translation>
        </message>
        <message>
            <source>Go to the neighbouring point</source>
            <translation>Aller au point voisin</translation>
        </message>
        <message>
            <source>Drag a point by half steps, or to any tenth</source>
            <translation>Glisser un point par demi-crans, ou au dixième près</translation>
        </message>
        <message>
            <source>Pan the map</source>
            <translation>Faire défiler le parcours</translation>
        </message>
        <message>
            <source>Zoom around the mouse</source>
            <translation>Zoomer autour de la souris</translation>
        </message>
        <message>
            <source>wheel</source>
            <translation>molette</translation>
        </message>
        <message>
            <source>Add a card to the selection, or take it out</source>
            <translation>Ajouter une carte à la sélection, ou l’en retirer</translation>
        </message>
        <message>
            <source>Edit a card, rename a header, or add a card on an empty spot</source>
            <translation>Modifier une carte, renommer un en-tête, ou ajouter une carte sur un espace vide</translation>
        </message>
        <message>
            <source>double-click</source>
            <translation>double-clic</translation>
        </message>
        <message>
            <source>Open a card's link (inspector)</source>
            <translation>Ouvrir le lien d’une carte (inspecteur)</translation>
        </message>
        <message>
            <source>Take a vote away (dot voting)</source>
            <translation>Retirer une gommette (vote par gommettes)</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Résultat suivant</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>Résultat précédent</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Fermer la barre de recherche</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>Scroll the lanes</source>
            <translation>Faire défiler les lignes</translation>
        </message>
        <message>
            <source>The whole map</source>
            <translation>Le parcours entier</translation>
        </message>
        <message>
            <source>The last stage</source>
            <translation>La dernière étape</translation>
        </message>
        <message>
            <source>Start or stop the workshop timer</source>
            <translation>Lancer ou arrêter le minuteur de l’atelier</translation>
        </message>
        <message>
            <source>Zoom in, zoom out, fit the stage again</source>
            <translation>Zoomer, dézoomer, recadrer l’étape</translation>
        </message>
        <message>
            <source>Zoom to a card, and back</source>
            <translation>Zoomer sur une carte, et revenir</translation>
        </message>
        <message>
            <source>Leave the presentation</source>
            <translation>Quitter la présentation</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <source>Lane</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Whose feelings this curve draws</source>
            <translation>De qui cette courbe montre le ressenti</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>As-is (today)</source>
            <translation>Actuel (aujourd’hui)</translation>
        </message>
        <message>
            <source>To-be (target, dashed)</source>
            <translation>Cible (en pointillés)</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>Masquée</translation>
        </message>
        <message>
            <source>Kind of lane: {kind}</source>
            <translation>Type de ligne : {kind}</translation>
        </message>
        <message>
            <source>Main persona</source>
            <translation>Persona principal</translation>
        </message>
        <message>
            <source>Persona {n}</source>
            <translation>Persona {n}</translation>
        </message>
    </context>
    <context>
        <name>LivingMapTools</name>
        <message>
            <source>Data So&amp;urces…</source>
            <translation>So&amp;urces de données…</translation>
        </message>
        <message>
            <source>Link the map to survey and operations data (CSV, Excel, SQLite, SQL databases)</source>
            <translation>Relier le parcours aux données d’enquêtes et d’activité (CSV, Excel, SQLite, bases SQL)</translation>
        </message>
        <message>
            <source>Re&amp;fresh Data</source>
            <translation>Ac&amp;tualiser les données</translation>
        </message>
        <message>
            <source>Read the map's data sources again</source>
            <translation>Relire les sources de données du parcours</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Mot de passe de la base</translation>
        </message>
        <message>
            <source>Password for {url} (empty if none; it is not saved in the map):</source>
            <translation>Mot de passe pour {url} (vide s’il n’y en a pas ; il n’est pas enregistré dans le parcours) :</translation>
        </message>
        <message>
            <source>Refresh Data</source>
            <translation>Actualiser les données</translation>
        </message>
        <message>
            <source>{problem}

The map was not changed.</source>
            <translation>{problem}

Le parcours n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Refresh data</source>
            <translation>Actualiser les données</translation>
        </message>
        <message>
            <source>Data refreshed: nothing changed ({rows} rows read)</source>
            <translation>Données actualisées : rien n’a changé ({rows} lignes lues)</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… et {n} de plus</translation>
        </message>
        <message>
            <source>Data refreshed: {n} changes</source>
            <translation>Données actualisées : {n} changements</translation>
        </message>
        <message>
            <source>Data refreshed</source>
            <translation>Données actualisées</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Journey maps (*{suffix});;All files (*)</source>
            <translation>Parcours (*{suffix});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Read-only: use Save As to edit your own copy</source>
            <translation>Lecture seule : utilisez Enregistrer sous pour modifier votre propre copie</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Open a map</source>
            <translation>Ouvrir un parcours</translation>
        </message>
        <message>
            <source>Maps ({suffixes});;All files (*)</source>
            <translation>Parcours ({suffixes});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save the map as</source>
            <translation>Enregistrer le parcours sous</translation>
        </message>
        <message>
            <source>Save the changes to “{name}” before closing?</source>
            <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
        </message>
        <message>
            <source>Your changes will be lost if you don't save them.</source>
            <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>&amp;Effacer la liste</translation>
        </message>
        <message>
            <source>(no lanes)</source>
            <translation>(aucune ligne)</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>A desktop editor for customer journey maps: stages, lanes, sticky-note cards and the emotion curve, ready for a workshop.</source>
            <translation>Un éditeur de parcours client : étapes, lignes, cartes façon post-it et courbe des émotions, prêt pour l’atelier.</translation>
        </message>
    </context>
    <context>
        <name>MapAccessible</name>
        <message>
            <source>Untitled step</source>
            <translation>Sous-étape sans titre</translation>
        </message>
        <message>
            <source>{age} years old</source>
            <translation>{age} ans</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Persona: {who}</source>
            <translation>Persona : {who}</translation>
        </message>
        <message>
            <source>Untitled stage</source>
            <translation>Étape sans titre</translation>
        </message>
        <message>
            <source>{lane}, {step}</source>
            <translation>{lane}, {step}</translation>
        </message>
        <message>
            <source>Empty card</source>
            <translation>Carte vide</translation>
        </message>
        <message>
            <source>{score} on {scale}</source>
            <translation>{score} sur {scale}</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment de vérité</translation>
        </message>
        <message>
            <source>No emotion point</source>
            <translation>Pas de point d’émotion</translation>
        </message>
        <message>
            <source>{count} card</source>
            <translation>{count} carte</translation>
        </message>
        <message>
            <source>{count} cards</source>
            <translation>{count} cartes</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Étiquettes : {tags}</translation>
        </message>
        <message>
            <source>Owner: {owner}</source>
            <translation>Responsable : {owner}</translation>
        </message>
        <message>
            <source>Priority: {priority}</source>
            <translation>Priorité : {priority}</translation>
        </message>
        <message>
            <source>Channel: {channel}</source>
            <translation>Canal : {channel}</translation>
        </message>
        <message>
            <source>{count} vote</source>
            <translation>{count} vote</translation>
        </message>
        <message>
            <source>{count} votes</source>
            <translation>{count} votes</translation>
        </message>
        <message>
            <source>Untitled journey</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>Journey map. Arrow keys and Tab move between cells and cards, Enter adds a card, F2 edits.</source>
            <translation>Parcours client. Les flèches et Tab passent d’une case à l’autre et d’une carte à l’autre, Entrée ajoute une carte, F2 modifie.</translation>
        </message>
    </context>
    <context>
        <name>MapForm</name>
        <message>
            <source>Map</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Map language</source>
            <translation>Langue du parcours</translation>
        </message>
        <message>
            <source>Changing the scale rescales every point in proportion (one undo step)</source>
            <translation>Changer d’échelle recalcule chaque point en proportion (annulable en une fois)</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Échelle des émotions</translation>
        </message>
        <message>
            <source>Rename the default titles you have not edited (stages, lanes, map title) into the new language?</source>
            <translation>Renommer dans la nouvelle langue les titres par défaut que vous n’avez pas modifiés (étapes, lignes, titre du parcours) ?</translation>
        </message>
    </context>
    <context>
        <name>MapScene</name>
        <message>
            <source>{score} on {scale}</source>
            <translation>{score} sur {scale}</translation>
        </message>
    </context>
    <context>
        <name>Minimap</name>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Overvie&amp;w Map</source>
            <translation>&amp;Mini-carte</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
    </context>
    <context>
        <name>PersonaOnMap</name>
        <message>
            <source>Persona on the &amp;Map</source>
            <translation>Persona au-&amp;dessus du parcours</translation>
        </message>
        <message>
            <source>Show whose journey this is above the grid</source>
            <translation>Afficher au-dessus de la grille la personne dont c’est le parcours</translation>
        </message>
    </context>
    <context>
        <name>PersonaPanel</name>
        <message>
            <source>Drop a PNG or JPEG image here</source>
            <translation>Déposez une image PNG ou JPEG ici</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivations</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrations</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>Un par ligne</translation>
        </message>
        <message>
            <source>Persona {n}</source>
            <translation>Persona {n}</translation>
        </message>
        <message>
            <source>{name} (main)</source>
            <translation>{name} (principal)</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>The persona shown here; the first is the main one</source>
            <translation>Le persona affiché ici ; le premier est le principal</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a persona to this map</source>
            <translation>Ajouter un persona à ce parcours</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove this persona from the map</source>
            <translation>Retirer ce persona du parcours</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>the file is larger than {size} MB</source>
            <translation>le fichier dépasse {size} Mo</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>Photo non utilisée</translation>
        </message>
        <message>
            <source>{name} cannot be used as the persona photo: {reason}.</source>
            <translation>{name} ne peut pas servir de photo du persona : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>PointEditor</name>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Up/Down or the arrows: one whole step; type a value for anything between</source>
            <translation>Haut/Bas ou les flèches : un cran entier ; tapez une valeur pour tout intermédiaire</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Ressenti</translation>
        </message>
        <message>
            <source>a word: relief, worry…</source>
            <translation>un mot : soulagement, inquiétude…</translation>
        </message>
        <message>
            <source>Remove point</source>
            <translation>Retirer le point</translation>
        </message>
        <message>
            <source>Remove this step's point from the curve (Delete on the canvas)</source>
            <translation>Retirer de la courbe le point de cette sous-étape (Suppr dans le parcours)</translation>
        </message>
        <message>
            <source>on the {scale} scale</source>
            <translation>sur l’échelle {scale}</translation>
        </message>
    </context>
    <context>
        <name>PointForm</name>
        <message>
            <source>Emotion</source>
            <translation>Émotion</translation>
        </message>
    </context>
    <context>
        <name>PptxBox</name>
        <message>
            <source>PowerPoint</source>
            <translation>PowerPoint</translation>
        </message>
        <message>
            <source>Everything: overview, one slide per stage, votes</source>
            <translation>Tout : vue d’ensemble, une diapositive par étape, votes</translation>
        </message>
        <message>
            <source>The overview (with persona and votes)</source>
            <translation>La vue d’ensemble (avec persona et votes)</translation>
        </message>
        <message>
            <source>One slide per stage</source>
            <translation>Une diapositive par étape</translation>
        </message>
        <message>
            <source>Widescreen 16:9</source>
            <translation>Grand écran 16:9</translation>
        </message>
        <message>
            <source>Standard 4:3</source>
            <translation>Standard 4:3</translation>
        </message>
        <message>
            <source>A4 paper</source>
            <translation>Papier A4</translation>
        </message>
        <message>
            <source>Your name (default: your user name)</source>
            <translation>Par défaut, votre identifiant</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Diapositives</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Off</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Every 10 seconds</source>
            <translation>Toutes les 10 secondes</translation>
        </message>
        <message>
            <source>Every 30 seconds</source>
            <translation>Toutes les 30 secondes</translation>
        </message>
        <message>
            <source>Every minute</source>
            <translation>Toutes les minutes</translation>
        </message>
        <message>
            <source>Every 2 minutes</source>
            <translation>Toutes les 2 minutes</translation>
        </message>
        <message>
            <source>Every 5 minutes</source>
            <translation>Toutes les 5 minutes</translation>
        </message>
        <message>
            <source>Every 10 minutes</source>
            <translation>Toutes les 10 minutes</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Keep the previous version of a map when saving</source>
            <translation>Conserver la version précédente d’un parcours à l’enregistrement</translation>
        </message>
        <message>
            <source>One backup copy per map, in Journey Studio's data folder</source>
            <translation>Une copie de sauvegarde par parcours, dans le dossier de données de Journey Studio</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Celle du système</translation>
        </message>
        <message>
            <source>A new language applies the next time Journey Studio starts.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de Journey Studio.</translation>
        </message>
        <message>
            <source>Large interface (bigger menus and panels, for a projector)</source>
            <translation>Grande interface (menus et panneaux plus grands, pour un vidéoprojecteur)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Autosave unsaved changes</source>
            <translation>Enregistrement automatique</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <source>Interface size</source>
            <translation>Taille de l’interface</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Untitled stage</source>
            <translation>Étape sans titre</translation>
        </message>
        <message>
            <source>Stage {number} / {count} · {name}</source>
            <translation>Étape {number} / {count} · {name}</translation>
        </message>
        <message>
            <source>  —  ↓ more lanes below</source>
            <translation>  —  ↓ autres lignes plus bas</translation>
        </message>
        <message>
            <source>{count} stage</source>
            <translation>{count} étape</translation>
        </message>
        <message>
            <source>{count} stages</source>
            <translation>{count} étapes</translation>
        </message>
        <message>
            <source>Whole map · {stages}  —  → next · Esc leaves</source>
            <translation>Parcours entier · {stages}  —  → suivante · Échap pour sortir</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>As the map is shaped</source>
            <translation>Selon la forme du parcours</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Paysage</translation>
        </message>
        <message>
            <source>Fit on one page</source>
            <translation>Tenir sur une page</translation>
        </message>
        <message>
            <source>Poster over several pages</source>
            <translation>Affiche sur plusieurs pages</translation>
        </message>
        <message>
            <source>Above the map</source>
            <translation>Au-dessus du parcours</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Ne pas inclure</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Mise en page</translation>
        </message>
        <message>
            <source>Poster scale</source>
            <translation>Échelle de l’affiche</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Discard</source>
            <translation>Ne pas enregistrer</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>{app}: recover unsaved maps</source>
            <translation>{app} : récupérer les parcours non enregistrés</translation>
        </message>
        <message>
            <source>Journey Studio closed without saving these maps. Recovered maps open as unsaved; save them to keep them.</source>
            <translation>Journey Studio s’est fermé sans enregistrer ces parcours. Les parcours récupérés s’ouvrent comme non enregistrés ; enregistrez-les pour les conserver.</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>jamais enregistré</translation>
        </message>
        <message>
            <source>Recover Selected</source>
            <translation>Récupérer la sélection</translation>
        </message>
        <message>
            <source>Discard Selected</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Delete {count} unsaved map for good? This cannot be undone.</source>
            <translation>Supprimer définitivement {count} parcours non enregistré ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete {count} unsaved maps for good? This cannot be undone.</source>
            <translation>Supprimer définitivement {count} parcours non enregistrés ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as Template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <source>Keep the persona’s photo</source>
            <translation>Garder la photo du persona</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Untitled map</source>
            <translation>Parcours sans titre</translation>
        </message>
        <message>
            <source>Cannot recover the map</source>
            <translation>Impossible de récupérer le parcours</translation>
        </message>
        <message>
            <source>“{name}” could not be recovered: {reason}.</source>
            <translation>« {name} » n’a pas pu être récupéré : {reason}.</translation>
        </message>
        <message>
            <source>The autosave stays in {folder}.</source>
            <translation>L’enregistrement automatique reste dans {folder}.</translation>
        </message>
        <message>
            <source>Recovered: save the map to keep it</source>
            <translation>Récupéré : enregistrez le parcours pour le conserver</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Menu commands</source>
            <translation>Commandes des menus</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Search a command or a key</source>
            <translation>Chercher une commande ou une touche</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>No shortcut matches “{text}”.</source>
            <translation>Aucun raccourci ne correspond à « {text} ».</translation>
        </message>
    </context>
    <context>
        <name>SlideList</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Dot votes</source>
            <translation>Gommettes</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind} : {name}</translation>
        </message>
    </context>
    <context>
        <name>StageForm</name>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>Moment de vérité</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Customer journey maps, ready for the workshop</source>
            <translation>Des parcours clients prêts pour l’atelier</translation>
        </message>
        <message>
            <source>New Blank Map</source>
            <translation>Nouveau parcours vierge</translation>
        </message>
        <message>
            <source>Start from three empty stages and the usual lanes</source>
            <translation>Partir de trois étapes vides et des lignes habituelles</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open a map from a file</source>
            <translation>Ouvrir un parcours depuis un fichier</translation>
        </message>
        <message>
            <source>Recent Maps</source>
            <translation>Parcours récents</translation>
        </message>
        <message>
            <source>Maps you open or save will be listed here.</source>
            <translation>Les parcours que vous ouvrez ou enregistrez apparaîtront ici.</translation>
        </message>
        <message>
            <source>Start from a Template</source>
            <translation>Partir d’un modèle</translation>
        </message>
        <message>
            <source>Type to filter the templates</source>
            <translation>Tapez pour filtrer les modèles</translation>
        </message>
        <message>
            <source>Each template holds a persona, stages, lanes and grey example cards to replace (Edit › Clear Examples removes them).</source>
            <translation>Chaque modèle contient un persona, des étapes, des lignes et des cartes d’exemple grises à remplacer (Édition › Effacer les exemples les retire).</translation>
        </message>
        <message>
            <source>My Templates</source>
            <translation>Mes modèles</translation>
        </message>
        <message>
            <source>No template matches “{text}”.</source>
            <translation>Aucun modèle ne correspond à « {text} ».</translation>
        </message>
        <message numerus="yes">
            <source>%n template(s)</source>
            <translation>
                <numerusform>%n modèle</numerusform>
                <numerusform>%n modèles</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Rename Template</source>
            <translation>Renommer le modèle</translation>
        </message>
        <message>
            <source>Template name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <source>Delete Template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete the template “{name}”? Maps made from it are not affected.</source>
            <translation>Supprimer le modèle « {name} » ? Les parcours créés à partir de lui ne changent pas.</translation>
        </message>
    </context>
    <context>
        <name>StartWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Open a map</source>
            <translation>Ouvrir un parcours</translation>
        </message>
        <message>
            <source>Maps ({suffixes});;All files (*)</source>
            <translation>Parcours ({suffixes});;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <source>Step</source>
            <translation>Sous-étape</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
    </context>
    <context>
        <name>SvgBox</name>
        <message>
            <source>SVG</source>
            <translation>SVG</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Embed the font's letters (DejaVu Sans)</source>
            <translation>Inclure les lettres de la police (DejaVu Sans)</translation>
        </message>
        <message>
            <source>Browsers then draw exactly this font; editors use the installed one</source>
            <translation>Les navigateurs dessinent alors exactement cette police ; les éditeurs utilisent celle installée</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
    </context>
    <context>
        <name>Swatches</name>
        <message>
            <source>{lane} note</source>
            <translation>Note « {lane} »</translation>
        </message>
        <message>
            <source>Slate</source>
            <translation>Ardoise</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>My templates</source>
            <translation>Mes modèles</translation>
        </message>
        <message>
            <source>{count} example card removed</source>
            <translation>{count} carte d’exemple retirée</translation>
        </message>
        <message>
            <source>{count} example cards removed</source>
            <translation>{count} cartes d’exemple retirées</translation>
        </message>
        <message>
            <source>This map has no example cards</source>
            <translation>Ce parcours n’a aucune carte d’exemple</translation>
        </message>
        <message>
            <source>Cannot save the template</source>
            <translation>Impossible d’enregistrer le modèle</translation>
        </message>
        <message>
            <source>Saved in the gallery under “My templates”</source>
            <translation>Enregistré dans la galerie, sous « Mes modèles »</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>S&amp;ystème</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
    </context>
    <context>
        <name>TimerStatus</name>
        <message>
            <source>Workshop timer: time left (File › Workshop › Reset Timer)</source>
            <translation>Minuteur de l’atelier : temps restant (Fichier › Atelier › Remettre le minuteur à zéro)</translation>
        </message>
    </context>
    <context>
        <name>ToolbarOverflow</name>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>More commands</source>
            <translation>Autres commandes</translation>
        </message>
    </context>
    <context>
        <name>VotesPanel</name>
        <message>
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Stage / lane</source>
            <translation>Étape / ligne</translation>
        </message>
        <message>
            <source>Clear all votes</source>
            <translation>Effacer tous les votes</translation>
        </message>
        <message>
            <source>(empty card)</source>
            <translation>(carte vide)</translation>
        </message>
        <message>
            <source>{votes} on {cards}</source>
            <translation>{votes} sur {cards}</translation>
        </message>
        <message>
            <source>{count} vote</source>
            <translation>{count} vote</translation>
        </message>
        <message>
            <source>{count} votes</source>
            <translation>{count} votes</translation>
        </message>
        <message>
            <source>{count} card</source>
            <translation>{count} carte</translation>
        </message>
        <message>
            <source>{count} cards</source>
            <translation>{count} cartes</translation>
        </message>
        <message>
            <source>No votes yet. Turn on View › Dot Voting and click the cards.</source>
            <translation>Aucun vote pour l’instant. Activez Affichage › Vote par gommettes et cliquez sur les cartes.</translation>
        </message>
        <message>
            <source>Clear the only vote from the map?</source>
            <translation>Effacer l’unique vote du parcours ?</translation>
        </message>
        <message>
            <source>Clear all {count} votes from the map?</source>
            <translation>Effacer les {count} votes du parcours ?</translation>
        </message>
        <message>
            <source>You can undo this.</source>
            <translation>Vous pourrez l’annuler.</translation>
        </message>
        <message>
            <source>Votes not cleared: {reason}</source>
            <translation>Votes non effacés : {reason}</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>Start a new map</source>
            <translation>Commencer un nouveau parcours</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a .journey file</source>
            <translation>Ouvrir un fichier .journey</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the map</source>
            <translation>Enregistrer le parcours</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save the map under a new name</source>
            <translation>Enregistrer le parcours sous un nouveau nom</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Open a Mermaid, Markdown, OpenJourney, CSV or Excel file as a new map</source>
            <translation>Ouvrir un fichier Mermaid, Markdown, OpenJourney, CSV ou Excel comme nouveau parcours</translation>
        </message>
        <message>
            <source>&amp;Export As…</source>
            <translation>E&amp;xporter sous…</translation>
        </message>
        <message>
            <source>Write a copy as Mermaid, Markdown, CSV or Excel</source>
            <translation>Écrire une copie en Mermaid, Markdown, CSV ou Excel</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Exporter en &amp;PNG…</translation>
        </message>
        <message>
            <source>Export the map as an image</source>
            <translation>Exporter le parcours en image</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exporter en P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the map as a PDF, on one page or as a poster</source>
            <translation>Exporter le parcours en PDF, sur une page ou en affiche</translation>
        </message>
        <message>
            <source>Keep this map as a starting point in the gallery</source>
            <translation>Garder ce parcours comme point de départ dans la galerie</translation>
        </message>
        <message>
            <source>Clear E&amp;xamples</source>
            <translation>Effacer les e&amp;xemples</translation>
        </message>
        <message>
            <source>Remove the grey example cards of the template</source>
            <translation>Retirer les cartes d’exemple grises du modèle</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <source>Cu&amp;t</source>
            <translation>Co&amp;uper</translation>
        </message>
        <message>
            <source>Cut the selected cards</source>
            <translation>Couper les cartes sélectionnées</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Copy the selected cards</source>
            <translation>Copier les cartes sélectionnées</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <source>Paste cards, or one card per line of text, into the selected cell</source>
            <translation>Coller des cartes, ou une carte par ligne de texte, dans la case sélectionnée</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation>Pré&amp;férences…</translation>
        </message>
        <message>
            <source>I&amp;nspector</source>
            <translation>&amp;Inspecteur</translation>
        </message>
        <message>
            <source>P&amp;alette</source>
            <translation>&amp;Palette</translation>
        </message>
        <message>
            <source>Lar&amp;ge Interface</source>
            <translation>&amp;Grande interface</translation>
        </message>
        <message>
            <source>Duplicate the selected cards</source>
            <translation>Dupliquer les cartes sélectionnées</translation>
        </message>
        <message>
            <source>Save as Temp&amp;late…</source>
            <translation>Enre&amp;gistrer comme modèle…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <source>Select every card</source>
            <translation>Sélectionner toutes les cartes</translation>
        </message>
        <message>
            <source>Backups, autosave, interface language and size</source>
            <translation>Sauvegardes, enregistrement automatique, langue et taille de l’interface</translation>
        </message>
        <message>
            <source>&amp;Card</source>
            <translation>&amp;Carte</translation>
        </message>
        <message>
            <source>Add a card to the selected cell</source>
            <translation>Ajouter une carte dans la case sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <source>Add a stage after the selected one</source>
            <translation>Ajouter une étape après celle sélectionnée</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Sous-étape</translation>
        </message>
        <message>
            <source>Add a step to the selected stage</source>
            <translation>Ajouter une sous-étape à l’étape sélectionnée</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Fit Map</source>
            <translation>Ajuster à la &amp;fenêtre</translation>
        </message>
        <message>
            <source>Show the whole map</source>
            <translation>Afficher tout le parcours</translation>
        </message>
        <message>
            <source>&amp;100 %</source>
            <translation>&amp;100 %</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Taille réelle</translation>
        </message>
        <message>
            <source>P&amp;ersona</source>
            <translation>P&amp;ersona</translation>
        </message>
        <message>
            <source>Bigger menus and panels, for a projector</source>
            <translation>Menus et panneaux plus grands, pour un vidéoprojecteur</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Plein é&amp;cran</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>À &amp;propos de {app}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>Nouveau à partir d’un &amp;modèle</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Insérer</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Ligne</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Lanes</source>
            <translation>&amp;Lignes</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Sous-étape</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Export Po&amp;werPoint…</source>
            <translation>Exporter en Po&amp;werPoint…</translation>
        </message>
        <message>
            <source>Slides of editable shapes: title, persona, overview, one per stage, votes</source>
            <translation>Diapositives de formes modifiables : titre, persona, vue d’ensemble, une par étape, votes</translation>
        </message>
        <message>
            <source>Export S&amp;VG…</source>
            <translation>Exporter en S&amp;VG…</translation>
        </message>
        <message>
            <source>The map as a vector drawing with its text as text</source>
            <translation>Le parcours en dessin vectoriel, son texte restant du texte</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Print the map on one page or as a poster</source>
            <translation>Imprimer le parcours sur une page ou en affiche</translation>
        </message>
        <message>
            <source>Copy as &amp;Image</source>
            <translation>Copier comme &amp;image</translation>
        </message>
        <message>
            <source>Copy the selection, or the whole map, as a picture (PNG and SVG) to paste into slides or a mail</source>
            <translation>Copier la sélection, ou tout le parcours, en image (PNG et SVG) à coller dans des diapositives ou un courriel</translation>
        </message>
    </context>
    <context>
        <name>WindowExtras</name>
        <message>
            <source>Zoom to &amp;Selection</source>
            <translation>Zoom sur la sélectio&amp;n</translation>
        </message>
        <message>
            <source>Fill the view with what is selected</source>
            <translation>Remplir la vue avec la sélection</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>WindowFile</name>
        <message>
            <source> (read-only)</source>
            <translation> (lecture seule)</translation>
        </message>
        <message>
            <source> (recovered)</source>
            <translation> (récupéré)</translation>
        </message>
        <message>
            <source>“{name}” cannot be replaced: {reason}.</source>
            <translation>« {name} » ne peut pas être remplacé : {reason}.</translation>
        </message>
        <message>
            <source>Close it there first, or save under another name.</source>
            <translation>Fermez-le d’abord là-bas, ou enregistrez sous un autre nom.</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Discard your unsaved changes and reload “{name}” from disk?</source>
            <translation>Abandonner vos modifications non enregistrées et recharger « {name} » depuis le disque ?</translation>
        </message>
        <message>
            <source>Cannot reload the file</source>
            <translation>Impossible de recharger le fichier</translation>
        </message>
        <message>
            <source>“{name}” could not be read again; your map is unchanged.</source>
            <translation>« {name} » n’a pas pu être relu ; votre parcours est inchangé.</translation>
        </message>
        <message>
            <source>Reloaded {name}</source>
            <translation>{name} rechargé</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <source>{reason}: the recovered map will be saved under a new name</source>
            <translation>{reason} : le parcours récupéré sera enregistré sous un nouveau nom</translation>
        </message>
        <message>
            <source>“{name}”: {count} thing could not be carried over exactly.</source>
            <translation>« {name} » : {count} élément n’a pas pu être repris à l’identique.</translation>
        </message>
        <message>
            <source>“{name}”: {count} things could not be carried over exactly.</source>
            <translation>« {name} » : {count} éléments n’ont pas pu être repris à l’identique.</translation>
        </message>
        <message>
            <source>Import and export notes</source>
            <translation>Remarques sur l’import et l’export</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… et {count} de plus</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>un autre programme</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation>Impossible d’ouvrir le fichier</translation>
        </message>
        <message>
            <source>“{name}” could not be opened.</source>
            <translation>« {name} » n’a pas pu être ouvert.</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Round ended: nothing more is accepted</source>
            <translation>Tour terminé : plus rien n’est accepté</translation>
        </message>
        <message>
            <source>Paused: the phones wait</source>
            <translation>En pause : les téléphones attendent</translation>
        </message>
        <message>
            <source>Voting: {dots} dots per participant</source>
            <translation>Vote : {dots} gommettes par participant</translation>
        </message>
        <message>
            <source>Participants are adding notes</source>
            <translation>Les participants ajoutent des notes</translation>
        </message>
        <message>
            <source>Join the workshop</source>
            <translation>Rejoindre l’atelier</translation>
        </message>
        <message>
            <source>Join the workshop: {title}</source>
            <translation>Rejoindre l’atelier : {title}</translation>
        </message>
        <message>
            <source>Scan with your phone's camera, or type:</source>
            <translation>Scannez avec l’appareil photo du téléphone, ou tapez :</translation>
        </message>
        <message>
            <source>Same Wi-Fi as this computer · any key closes</source>
            <translation>Même Wi-Fi que cet ordinateur · une touche ferme</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Participants scan this with their phone's camera</source>
            <translation>Les participants le scannent avec l’appareil photo de leur téléphone</translation>
        </message>
        <message>
            <source>Show full screen</source>
            <translation>Afficher en plein écran</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <source>Pause contributions</source>
            <translation>Suspendre les contributions</translation>
        </message>
        <message>
            <source>Participants add notes</source>
            <translation>Les participants ajoutent des notes</translation>
        </message>
        <message>
            <source>Start voting</source>
            <translation>Lancer le vote</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> gommettes</translation>
        </message>
        <message>
            <source>End round</source>
            <translation>Terminer le tour</translation>
        </message>
        <message>
            <source>Lanes open to participants</source>
            <translation>Lignes ouvertes aux participants</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Arrêter la session</translation>
        </message>
        <message>
            <source>{count} notes from phones</source>
            <translation>{count} notes venues des téléphones</translation>
        </message>
        <message>
            <source>1 note from phones</source>
            <translation>1 note venue des téléphones</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêtée</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Nouveau tour de vote</translation>
        </message>
    </context>
    <context>
        <name>WorkshopTools</name>
        <message>
            <source>&amp;Present</source>
            <translation>Pré&amp;senter</translation>
        </message>
        <message>
            <source>Show the map full screen for the room, stage by stage (Esc leaves)</source>
            <translation>Afficher le parcours en plein écran pour la salle, étape par étape (Échap pour sortir)</translation>
        </message>
        <message>
            <source>Dot &amp;Voting</source>
            <translation>&amp;Vote par gommettes</translation>
        </message>
        <message>
            <source>Click a card to give it a vote; Shift+click or right-click takes one away</source>
            <translation>Cliquez sur une carte pour lui donner un vote ; Maj+clic ou clic droit en retire un</translation>
        </message>
        <message>
            <source>Vo&amp;tes</source>
            <translation>Vo&amp;tes</translation>
        </message>
        <message>
            <source>&amp;Invite Participants…</source>
            <translation>&amp;Inviter des participants…</translation>
        </message>
        <message>
            <source>Let people add notes and vote from their phones on this network: shows a QR code and an address</source>
            <translation>Les participants ajoutent des notes et votent depuis leur téléphone sur ce réseau : affiche un code QR et une adresse</translation>
        </message>
        <message>
            <source>Show Invite &amp;Full Screen</source>
            <translation>Afficher l’invitation en &amp;plein écran</translation>
        </message>
        <message>
            <source>&amp;Pause Contributions</source>
            <translation>&amp;Suspendre les contributions</translation>
        </message>
        <message>
            <source>Participants &amp;Add Notes</source>
            <translation>Les participants &amp;ajoutent des notes</translation>
        </message>
        <message>
            <source>Start a &amp;Voting Round…</source>
            <translation>Lancer un tour de &amp;vote…</translation>
        </message>
        <message>
            <source>&amp;End the Round</source>
            <translation>&amp;Terminer le tour</translation>
        </message>
        <message>
            <source>&amp;Hide Selected Cards from Phones</source>
            <translation>&amp;Masquer aux téléphones les cartes choisies</translation>
        </message>
        <message>
            <source>&amp;Stop the Session</source>
            <translation>A&amp;rrêter la session</translation>
        </message>
        <message>
            <source>Stop the participant server: the phones' address stops working</source>
            <translation>Arrêter le serveur des participants : l’adresse des téléphones ne répond plus</translation>
        </message>
        <message>
            <source>Set &amp;Timer…</source>
            <translation>Régler le &amp;minuteur…</translation>
        </message>
        <message>
            <source>Start / Pause Timer</source>
            <translation>Lancer / suspendre le minuteur</translation>
        </message>
        <message>
            <source>In presentation mode, T starts and pauses the timer</source>
            <translation>En présentation, T lance et suspend le minuteur</translation>
        </message>
        <message>
            <source>&amp;Reset Timer</source>
            <translation>&amp;Remettre le minuteur à zéro</translation>
        </message>
        <message>
            <source>Wor&amp;kshop</source>
            <translation>&amp;Atelier</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présenter</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voter</translation>
        </message>
        <message>
            <source>Show the &amp;Invite…</source>
            <translation>Afficher l’&amp;invitation…</translation>
        </message>
        <message>
            <source>This map is open read-only: use Save As to run a workshop on your own copy.</source>
            <translation>Ce parcours est ouvert en lecture seule : utilisez Enregistrer sous pour animer un atelier sur votre copie.</translation>
        </message>
        <message>
            <source>The participant server could not start: {reason}</source>
            <translation>Le serveur des participants n’a pas pu démarrer : {reason}</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>Tour de vote</translation>
        </message>
        <message>
            <source>Dots for each participant:</source>
            <translation>Gommettes par participant :</translation>
        </message>
        <message>
            <source>Hidden from the phones: {count} card(s); they stay on the map</source>
            <translation>Masquées aux téléphones : {count} carte(s) ; elles restent sur le parcours</translation>
        </message>
        <message>
            <source>Select the cards to hide first</source>
            <translation>Choisissez d’abord les cartes à masquer</translation>
        </message>
        <message>
            <source>New note from {name}</source>
            <translation>Nouvelle note de {name}</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Minuteur</translation>
        </message>
        <message>
            <source>Minutes:</source>
            <translation>Minutes :</translation>
        </message>
        <message>
            <source>Timer set to {minutes} min: T starts it while presenting</source>
            <translation>Minuteur réglé sur {minutes} min : T le lance pendant la présentation</translation>
        </message>
        <message>
            <source>Dot voting: click a card to add a vote, Shift+click or right-click to take one away</source>
            <translation>Vote par gommettes : cliquez sur une carte pour ajouter un vote, Maj+clic ou clic droit pour en retirer un</translation>
        </message>
        <message>
            <source>Dot voting is off</source>
            <translation>Vote par gommettes désactivé</translation>
        </message>
    </context>
</TS>
