"""The French of the command line's help: every sub-command's one-line help and description,
every argument's ``help=``, the epilogs, keyed by the English text exactly as the parsers hold it.

Read only when a help is printed on a French system (``journey-studio export --help`` with
``LANG=fr_FR.UTF-8``): ``cli._HelpInLanguage`` looks the text up here; a normal run never
imports this module. A help text missing here is printed in English (nothing is lost), and
``tests/cli/test_cli_help_french.py`` fails, naming it, as it walks every sub-command's
arguments. Adding an option: write its ``help=`` in English in its ``cli/*.py`` module, then
its French below.

Written with ordinary spaces; :func:`french_help` puts French typography: a narrow no-break
space before ; ! ? % and inside « », a no-break space before : (as ``messages.FRENCH``).
``%(default)s``, ``%(choices)s`` and ``%%`` are argparse's and stay as they are, as do option
names, metavars and values (--dpi, OUT, A3, png). The product's words are the interface's
(tools/translations_fr.py): map = « parcours », card = « carte », stage = « étape »,
lane = « ligne », template = « modèle », view = « vue », slide = « diapositive ».
"""

from __future__ import annotations

from ..messages import NBSP, NNBSP

#: English help text (as passed to argparse) -> French, with ordinary spaces
FRENCH_HELP: dict[str, str] = {
    # journey-studio --help
    "Journey Studio: a desktop editor for customer journey maps.":
        "Journey Studio : un éditeur de parcours clients pour ordinateur de bureau.",
    "Without a command, 'journey-studio [FILE...]' opens the editor on the given maps.":
        "Sans commande, « journey-studio [FILE...] » ouvre l’éditeur sur les parcours donnés.",
    # the sub-commands (cli.COMMANDS): the list above and each one's description
    "check maps and print 'FILE: ok' or 'FILE: <reason>' for each; exit 1 if any is bad":
        "vérifier des parcours et afficher « FILE : valide » ou « FILE : <raison> » pour chacun ; "
        "code de sortie 1 si l’un d’eux est invalide",
    "create a new map from a template": "créer un nouveau parcours à partir d’un modèle",
    "list the templates: name, English title, French title":
        "lister les modèles : nom, titre anglais, titre français",
    "print the JSON Schema of the .journey format": "afficher le schéma JSON (JSON Schema) du format .journey",
    "convert a map between formats": "convertir un parcours d’un format à un autre",
    "export a map to PNG, PDF, SVG or PowerPoint (works without a display)":
        "exporter un parcours en PNG, PDF, SVG ou PowerPoint (fonctionne sans écran)",
    "let participants add notes and vote from their phones, without a window (prints 'Workshop: URL')":
        "laisser les participants ajouter des notes et voter depuis leur téléphone, sans fenêtre "
        "(affiche « Workshop: URL »)",
    "list the differences between two maps (exit 0 same, 1 different); --json for JSON":
        "lister les différences entre deux parcours (code de sortie 0 : identiques, 1 : différents) ; "
        "--json pour du JSON",
    "merge two edited copies of a map (three-way with BASE); a git merge driver":
        "fusionner deux copies modifiées d’un parcours (à trois voies avec BASE) ; pilote de fusion pour git",
    "re-read a map's data sources, save it, and optionally export it":
        "relire les sources de données d’un parcours, l’enregistrer et, au besoin, l’exporter",
    "print what a reviewer would point out in maps; exit 1 if anything is found":
        "afficher ce qu’un relecteur relèverait dans des parcours ; code de sortie 1 s’il relève quelque chose",
    # journey-studio [FILE...] --help (the editor)
    "Open the Journey Studio editor. Sub-commands: %(commands)s (see journey-studio COMMAND --help).":
        "Ouvrir l’éditeur Journey Studio. Sous-commandes : %(commands)s (voir journey-studio COMMAND --help).",
    "maps to open": "parcours à ouvrir",
    "add Journey Studio to this user's application menu, with the .journey file type and icons "
    "(Linux, no root needed)":
        "ajouter Journey Studio au menu des applications de cet utilisateur, avec le type de fichier "
        ".journey et les icônes (Linux, sans droits root)",
    "remove what --install-desktop added": "retirer ce que --install-desktop a ajouté",
    # validate, check
    "maps to check": "parcours à vérifier",
    "turn a check off (repeatable): %(choices)s": "désactiver une vérification (répétable) : %(choices)s",
    "evidence older than this many days is pointed out (default %(default)s)":
        "les preuves plus anciennes que ce nombre de jours sont signalées (par défaut %(default)s)",
    # new
    "a template name from 'journey-studio templates' (default: classic)":
        "un nom de modèle donné par « journey-studio templates » (par défaut : classic)",
    "the language of the map's titles and example cards (default: en)":
        "la langue des titres et des cartes d’exemple du parcours (par défaut : en)",
    "the new map's file": "le fichier du nouveau parcours",
    "overwrite an existing file, even a write-protected one":
        "écraser un fichier existant, même protégé en écriture",
    # convert
    "the map to convert; its extension gives its format":
        "le parcours à convertir ; son extension donne son format",
    "the converted map; its extension chooses the format":
        "le parcours converti ; son extension choisit le format",
    "language of the lanes an import creates (Actors/Acteurs...)":
        "langue des lignes que crée un import (Actors/Acteurs…)",
    "replace OUTPUT even if it is write-protected": "remplacer OUTPUT même s’il est protégé en écriture",
    # export
    "the map (.journey, or any format Journey Studio opens)":
        "le parcours (.journey, ou tout format que Journey Studio ouvre)",
    "OUT.png, OUT.pdf, OUT.svg or OUT.pptx (PowerPoint slides of editable shapes)":
        "OUT.png, OUT.pdf, OUT.svg ou OUT.pptx (diapositives PowerPoint de formes modifiables)",
    "a view saved in the map: the cards it leaves out are faded":
        "une vue enregistrée dans le parcours : les cartes hors de la vue sont estompées",
    "PDF: the cards' comment threads as notes after the map":
        "PDF : les fils de commentaires des cartes, en notes après le parcours",
    "resolution, 96 to 600 (default 192, lowered when the map would pass 80 megapixels)":
        "résolution, de 96 à 600 (par défaut 192, abaissée si le parcours dépassait 80 mégapixels)",
    "width in pixels (instead of --dpi)": "largeur en pixels (au lieu de --dpi)",
    "transparent background instead of white": "fond transparent au lieu de blanc",
    "do not put the editable map inside the PNG": "ne pas inclure le parcours modifiable dans le PNG",
    "page size (default A3)": "format de page (par défaut A3)",
    "landscape pages (default: as the map is shaped)": "pages en paysage (par défaut : selon la forme du parcours)",
    "portrait pages": "pages en portrait",
    "tile the map over several pages to assemble on a wall":
        "répartir le parcours sur plusieurs pages à assembler au mur (affiche)",
    "poster scale: 1 prints the map at 100 %% (default 1)":
        "échelle de l’affiche : 1 imprime le parcours à 100 %% (par défaut 1)",
    "put the persona on a page of its own": "mettre le persona sur une page à part",
    "PDF and PowerPoint: the document's author (default: your user name)":
        "PDF et PowerPoint : l’auteur du document (par défaut : votre nom d’utilisateur)",
    "which slides: the overview, one per stage, or all (default all)":
        "quelles diapositives : overview (la vue d’ensemble), stages (une par étape) ou all (toutes, par défaut)",
    "slide size (default 16:9)": "format des diapositives (par défaut 16:9)",
    "leave the persona out": "ne pas inclure le persona",
    "PNG and SVG: leave the title out": "PNG et SVG : ne pas inclure le titre",
    "PNG and SVG: leave out the map's description (by default it is wrapped under the title, as in the PDF)":
        "PNG et SVG : ne pas inclure la description du parcours (par défaut, elle figure sous le titre, "
        "comme dans le PDF)",
    "replace OUT even if it is write-protected": "remplacer OUT même s’il est protégé en écriture",
    # diff
    "A B; with --git the seven arguments of a git diff driver; with --outline one FILE":
        "A B ; avec --git, les sept arguments d’un pilote de diff git ; avec --outline, un seul FILE",
    "print the differences as JSON": "afficher les différences en JSON",
    "run as git's diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE":
        "servir de pilote de diff à git : PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
    "print one map as one line per element (a git textconv)":
        "afficher un parcours à raison d’une ligne par élément (un textconv git)",
    # merge
    "[BASE] OURS THEIRS (.journey files)": "[BASE] OURS THEIRS (fichiers .journey)",
    "where to write the merged map (default: OURS)": "où écrire le parcours fusionné (par défaut : OURS)",
    "when the copies share no saved version, keep both versions of each differing card instead of ours":
        "quand les copies n’ont aucune version enregistrée en commun, garder les deux versions de chaque "
        "carte qui diffère au lieu de celle de OURS",
    "merge even when the files are different maps (another map id), not copies of one map":
        "fusionner même quand les fichiers sont des parcours différents (autre identifiant de parcours), "
        "pas des copies d’un même parcours",
    # refresh
    "the .journey file whose data sources are read": "le fichier .journey dont les sources de données sont lues",
    "save to OUT instead of MAP": "enregistrer dans OUT au lieu de MAP",
    "then export to FILE (.pdf or .png; may be given more than once)":
        "exporter ensuite vers FILE (.pdf ou .png ; peut être donné plusieurs fois)",
    "print only problems (warnings about data left out are always printed)":
        "n’afficher que les problèmes (les avertissements sur des données écartées s’affichent toujours)",
    "exit status: 0 refreshed; 3 refreshed, but some data was left out (the warnings say what); "
    "1 nothing was changed (the error says why)":
        "code de sortie : 0 actualisé ; 3 actualisé, mais des données ont été écartées (les avertissements "
        "disent lesquelles) ; 1 rien n’a été modifié (le message d’erreur dit pourquoi)",
    # workshop
    "the .journey map participants add to": "le parcours .journey que complètent les participants",
    "the port to listen on (default 8765, the next free one if taken; 0: any)":
        "le port d’écoute (par défaut 8765, ou le suivant libre s’il est pris ; 0 : n’importe lequel)",
    "the address to listen on (default: every interface of this machine)":
        "l’adresse d’écoute (par défaut : toutes les interfaces de cette machine)",
}


def _typography(text: str) -> str:
    """Ordinary spaces to French typography's no-break spaces: x ; x ! x ? 100 %% « x » x :."""
    for mark in (";", "!", "?", "%%"):
        text = text.replace(f" {mark}", f"{NNBSP}{mark}")
    text = text.replace("« ", f"«{NNBSP}").replace(" »", f"{NNBSP}»")
    return text.replace(" :", f"{NBSP}:")


def french_help(text: str) -> str:
    """``text`` (a help text, description or epilog) in French; unchanged when it has none."""
    french = FRENCH_HELP.get(text)
    return text if french is None else _typography(french)
