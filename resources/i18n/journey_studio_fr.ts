<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <translation>séparées, par des virgules</translation>
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
            <source>Resolution (DPI)</source>
            <translation>Résolution (PPP)</translation>
        </message>
        <message>
            <source>Width (pixels)</source>
            <translation>Largeur (pixels)</translation>
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
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>{width} × {height} pixels at {dpi} DPI</source>
            <translation>{width} × {height} pixels à {dpi} PPP</translation>
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
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
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
            <source>Hidden</source>
            <translation>Masquée</translation>
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
            <translation>Changer d’échelle recalcule chaque point en proportion (une seule étape d’annulation)</translation>
        </message>
        <message>
            <source>Emotion scale</source>
            <translation>Échelle des émotions</translation>
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
        <name>Palette</name>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
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
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
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
            <translation>Retirer de la courbe le point de cette sous-étape (Suppr sur la carte)</translation>
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
        <name>WorkshopTools</name>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Présenter</translation>
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
            <source>Present</source>
            <translation>Présenter</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voter</translation>
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
