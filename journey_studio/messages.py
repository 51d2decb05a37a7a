"""French for the messages that Qt-free code writes (file errors, lock notes, import and export
warnings), and the language of the command line.

The model, ``fileformat`` and ``storage`` write their messages in English and import no Qt.
The interface (and the command line, when the system speaks French) translates a message at
the moment it shows it: :func:`translate_message` matches the English text against the
message formats below, where ``{name}`` stands for any value, and rebuilds the French with
the same values (each value is itself translated, so a lock holder inside a lock note is
French too). A text no format matches is shown as it is: nothing is ever lost.

Chosen over a message-key API so the Qt-free code keeps plain one-line English messages (its
tests and the English command line read them) and needs no change when a message is added;
the price: a new message stays English in the French interface until its format is added
here (``tests/templates/test_messages.py`` raises the common file errors and checks them).
"""

from __future__ import annotations

import datetime
import locale
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from .human_dates import long_date
from .human_numbers import localized_number

NNBSP = "\u202f"  # espace fine insécable, before ; ! ? and inside « »
NBSP = "\u00a0"  # espace insécable, before :
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: the values that are quantities, written the language's way (« 1 200 lignes », « baisse de 2,5 »);
#: a line, a column, a process id or a port is a name for a place and is left as it is
_QUANTITIES = frozenset({"n", "mb", "dpi", "rows", "measures", "changes", "got", "width", "height", "low", "high"})

#: what a ``{name}`` matches: ``{n}`` a number ("3", "1,200", "2.5"), any other any text (as short as possible)
_VALUE = {"{n}": r"-?\d[\d,.]*"}

#: English message format -> French. ``{name}`` matches any text (as short as possible), ``{n}`` a number.
FRENCH: dict[str, str] = {
    # reading files
    "the file is empty": "le fichier est vide",
    "the file is larger than {mb} MB": "le fichier dépasse {mb} Mo",
    "no such file": "fichier introuvable",
    "no such file or folder": "fichier ou dossier introuvable",
    "permission denied": "accès refusé",
    "this is a folder, not a file": "c’est un dossier, pas un fichier",
    "cannot read the file ({reason})": "lecture du fichier impossible ({reason})",
    "not a regular file (a device, pipe or socket)":
        "ce n’est pas un fichier ordinaire (périphérique, tube ou socket)",
    "not UTF-8 text (byte {n})": "ce n’est pas du texte UTF-8 (octet {n})",
    "not a Journey Studio file (not UTF-8 text, byte {n})":
        "ce n’est pas un fichier Journey Studio (pas du texte UTF-8, octet {n})",
    "not a Journey Studio file (the JSON is not an object)":
        "ce n’est pas un fichier Journey Studio (le JSON n’est pas un objet)",
    "not a Journey Studio file ({detail}; expected \"{name}\")":
        "ce n’est pas un fichier Journey Studio ({detail}{NNBSP}; attendu «{NNBSP}{name}{NNBSP}»)",
    "format is {value}": "format vaut {value}",
    "no \"format\" field": "aucun champ «{NNBSP}format{NNBSP}»",
    "no formatVersion": "aucun formatVersion",
    "this field is required": "ce champ est obligatoire",
    "not valid JSON at line {line}, column {column}: {reason}":
        "le fichier est endommagé ligne {line}, colonne {column}{NBSP}: {reason}",
    "not valid JSON: {reason}": "le fichier est endommagé{NBSP}: {reason}",
    "JSON nested more than {n} levels deep": "JSON imbriqué sur plus de {n} niveaux",
    # JSON syntax (fileformat/json_faults.py: the json module's reasons as whole sentences)
    "not valid JSON at line {line}, column {column}: the file stops before its end":
        "le fichier est incomplet ou endommagé{NBSP}: il s’arrête avant la fin (ligne {line}, colonne {column})",
    "not valid JSON at line {line}, column {column}: "
    "this is not a Journey Studio map (it does not start as JSON text)":
        "ce fichier n’est pas un parcours Journey Studio (ligne {line}, colonne {column}{NBSP}: "
        "il ne commence pas comme un texte JSON)",
    "a value is expected here": "une valeur est attendue ici",
    "more text follows the end of the data": "du texte suit la fin des données",
    "a text holds a line break or a control character":
        "un texte contient un saut de ligne ou un caractère de contrôle",
    "a text in quotes starts here and is never closed": "un texte entre guillemets commence ici et n’est jamais fermé",
    "a \\u escape needs four hexadecimal digits": "un échappement \\u demande quatre chiffres hexadécimaux",
    "a backslash (\\) starts no valid escape": "une barre oblique inverse (\\) ne commence aucun échappement valide",
    "a field name in double quotes is expected": "un nom de champ entre guillemets droits est attendu",
    "a colon (:) is expected": "un deux-points (:) est attendu",
    "a comma (,) or a closing bracket is expected": "une virgule (,) ou un crochet fermant est attendu",
    "a comma is not allowed before a closing bracket": "une virgule n’est pas permise avant un crochet fermant",
    "not valid here: {reason}": "refusé ici{NBSP}: {reason}",
    "the JSON holds more than {n} values; a map holds far fewer":
        "le JSON contient plus de {n} valeurs{NNBSP}; un parcours en contient bien moins",
    "the file is nested too deeply": "le fichier est imbriqué trop profondément",
    "the file needs more memory than this computer has":
        "le fichier demande plus de mémoire que cet ordinateur n’en a",
    "cannot open '{suffix}' (Journey Studio opens {known})":
        "impossible d’ouvrir «{NNBSP}{suffix}{NNBSP}» (Journey Studio ouvre {known})",
    "files without an extension": "les fichiers sans extension",
    "could not save: {reason}": "enregistrement impossible{NBSP}: {reason}",
    "could not autosave: {reason}": "enregistrement automatique impossible{NBSP}: {reason}",
    # why the system refused a write (fileformat/atomic.py)
    "the disk is full": "le disque est plein",
    "the disk quota is exceeded": "le quota disque est dépassé",
    "the disk is read-only": "le disque est en lecture seule",
    "the folder does not exist": "le dossier n’existe pas",
    "the file name is too long": "le nom du fichier est trop long",
    "a folder has that name": "un dossier porte ce nom",
    "the disk reported an error (input/output error)": "le disque a signalé une erreur (erreur d’entrée-sortie)",
    "the file is write-protected (read-only); save under another name, or make it writable first":
        "le fichier est protégé en écriture (lecture seule){NNBSP}; enregistrez-le sous un autre nom, "
        "ou rendez-le d’abord modifiable",
    # images
    "the image is empty": "l’image est vide",
    "the image header is damaged": "l’en-tête de l’image est endommagé",
    "the image is too large to decode": "l’image est trop grande pour être décodée",
    "the data is not a PNG or JPEG image": "les données ne sont pas une image PNG ou JPEG",
    "the image is an SVG drawing; only PNG and JPEG images are allowed":
        "l’image est un dessin SVG{NNBSP}; seules les images PNG et JPEG sont acceptées",
    "the image is {name}; only PNG and JPEG images are allowed":
        "l’image est au format {name}{NNBSP}; seules les images PNG et JPEG sont acceptées",
    "the data is a {kind} image but is declared as {mime}":
        "les données sont une image {kind} mais sont déclarées comme {mime}",
    # PNG with a map inside
    "not a PNG image": "ce n’est pas une image PNG",
    "the PNG is truncated": "le PNG est tronqué",
    "this PNG holds no Journey Studio map (only PNGs exported by Journey Studio with the map embedded "
    "can be opened)":
        "ce fichier n’est pas un parcours Journey Studio{NBSP}: cette image PNG ne contient aucun parcours "
        "(seules les images PNG exportées par Journey Studio avec le parcours intégré s’ouvrent)",
    "the PNG is damaged (a text chunk fails its checksum)":
        "le PNG est endommagé (un bloc de texte a une somme de contrôle fausse)",
    "the PNG has too many chunks": "le PNG a trop de blocs",
    "a text chunk of the PNG is too large": "un bloc de texte du PNG est trop grand",
    "the embedded map uses an unknown compression": "le parcours intégré utilise une compression inconnue",
    "the embedded map is larger than {mb} MB": "le parcours intégré dépasse {mb} Mo",
    "the workbook is encrypted": "le classeur est chiffré",
    "the embedded map is damaged (it does not decompress)":
        "le parcours intégré est endommagé (il ne se décompresse pas)",
    # spreadsheets, Mermaid, OpenJourney
    "the spreadsheet is empty": "le tableur est vide",
    "the spreadsheet has more than {n} rows": "le tableur a plus de {n} lignes",
    "the spreadsheet has more than {n} columns": "le tableur a plus de {n} colonnes",
    "the spreadsheet has no stage columns (the first column holds lane titles)":
        "le tableur n’a aucune colonne d’étape (la première colonne porte les titres des lignes)",
    "not a CSV text file (it holds binary data)":
        "ce n’est pas un fichier texte CSV (il contient des données binaires)",
    "not an Excel workbook (.xlsx): the file is not a zip archive":
        "ce n’est pas un classeur Excel (.xlsx){NBSP}: le fichier n’est pas une archive zip",
    "the workbook has no sheet": "le classeur n’a aucune feuille",
    "no ```mermaid block holding a journey diagram was found":
        "aucun bloc ```mermaid contenant un diagramme journey n’a été trouvé",
    "the file is empty or holds only comments": "le fichier est vide ou ne contient que des commentaires",
    "this is a Journey Studio map, not an OpenJourney file: rename it to .journey":
        "c’est un parcours Journey Studio, pas un fichier OpenJourney{NBSP}: renommez-le en .journey",
    # locks
    "{name} is open in {holder}": "{name} est ouvert dans {holder}",
    "{app} (process {pid}) of {user} on this computer":
        "{app} (processus {pid}) de {user} sur cet ordinateur",
    "{app} (process {pid}) of {user} on {host}": "{app} (processus {pid}) de {user} sur {host}",
    "{app} (process {pid}) on this computer": "{app} (processus {pid}) sur cet ordinateur",
    "{app} (process {pid}) on {host}": "{app} (processus {pid}) sur {host}",
    "{app} (process {pid})": "{app} (processus {pid})",
    "another program": "un autre programme",
    "no lock could be written beside {name} (read-only folder?); other editors will not see that it is open":
        "aucun verrou n’a pu être écrit à côté de {name} (dossier en lecture seule{NNBSP}?){NNBSP}; "
        "les autres éditeurs ne verront pas qu’il est ouvert",
    # map checks (review/map_checks.py): the Checks panel and `journey-studio check`
    "pain point “{text}” has no opportunity in step “{step}”":
        "l’irritant «{NNBSP}{text}{NNBSP}» n’a aucune opportunité dans la sous-étape «{NNBSP}{step}{NNBSP}»",
    "step “{step}” has no touchpoint": "la sous-étape «{NNBSP}{step}{NNBSP}» n’a aucun point de contact",
    "“{lane}” drops by {n} at step “{step}” with no pain point there":
        "«{NNBSP}{lane}{NNBSP}» baisse de {n} à la sous-étape «{NNBSP}{step}{NNBSP}», sans irritant à cet endroit",
    "stage “{stage}” is empty": "l’étape «{NNBSP}{stage}{NNBSP}» est vide",
    "“{text}” is written twice in one lane": "«{NNBSP}{text}{NNBSP}» figure deux fois dans une même ligne",
    "moment of truth “{stage}” has no card": "le moment de vérité «{NNBSP}{stage}{NNBSP}» n’a aucune carte",
    **{f"the {kind} behind “{{text}}” dates from {{date}}, more than {{n}} days ago":
       f"{french} à l’appui de «{{NNBSP}}{{text}}{{NNBSP}}» {verb} du {{date}}, il y a plus de {{n}} jours"
       for kind, french, verb in (("interview", "l’entretien", "date"), ("survey", "l’enquête", "date"),
                                  ("analytics", "les données d’usage", "datent"),
                                  ("observation", "l’observation", "date"),
                                  ("assumption", "l’hypothèse", "date"))},
    "unknown check '{word}' (checks: {names})": "vérification inconnue «{NNBSP}{word}{NNBSP}» (au choix{NBSP}: {names})",
    "{path}: no findings": "{path}{NBSP}: rien à signaler",
    "--max-age must be 0 or more days": "--max-age doit valoir 0 jour ou plus",
    # command line
    "{path}: the output must end in .png, .pdf, .svg or .pptx":
        "{path}{NBSP}: la sortie doit finir par .png, .pdf, .svg ou .pptx",
    "{path}: is write-protected (read-only); use --force to replace it":
        "{path}{NBSP}: est protégé en écriture (lecture seule){NNBSP}; --force pour le remplacer",
    "{path}: the export failed ({reason})": "{path}{NBSP}: l’export a échoué ({reason})",
    "note: the map is large, so the resolution was lowered from {dpi} DPI to keep the image within the "
    "pixel limit; for a sharper print, export a PDF":
        "remarque{NBSP}: le parcours est grand{NNBSP}; la résolution a été abaissée de {dpi} PPP pour rester "
        "dans la limite de pixels. Pour une impression plus nette, exportez en PDF",
    "{path}: --export takes a .pdf or .png file": "{path}{NBSP}: --export prend un fichier .pdf ou .png",
    "{path}: the map has no data sources (add one in the editor: File › Data Sources…)":
        "{path}{NBSP}: le parcours n’a aucune source de données (ajoutez-en une dans l’éditeur{NBSP}: "
        "Fichier › Sources de données…)",
    "{path}: {reason}; the map was not changed": "{path}{NBSP}: {reason}{NNBSP}; le parcours n’a pas été modifié",
    "{path}: exported": "{path}{NBSP}: exporté",
    "{path}: refreshed ({rows} rows, {measures} measures, {changes} changes)":
        "{path}{NBSP}: actualisé ({rows} lignes lues, {measures} mesures, {changes} changements)",
    "{path}: refreshed ({rows} rows, {measures} measures, 1 change)":
        "{path}{NBSP}: actualisé ({rows} lignes lues, {measures} mesures, 1 changement)",
    "{source}: {n} rows name no step of the map ({names})":
        "{source}{NBSP}: {n} lignes ne nomment aucune sous-étape du parcours ({names})",
    "{source}: 1 row names no step of the map ({names})":
        "{source}{NBSP}: 1 ligne ne nomme aucune sous-étape du parcours ({names})",
    "{source}: {n} {metric} answers outside {range} were skipped":
        "{source}{NBSP}: {n} réponses {metric} hors de {range} ont été écartées",
    "{source}: 1 {metric} answer outside {range} was skipped":
        "{source}{NBSP}: 1 réponse {metric} hors de {range} a été écartée",
    "{source}: two or more steps are named '{name}': {n} rows naming it cannot be placed "
    "(write \"stage / step\" or the step's id)":
        "{source}{NBSP}: plusieurs sous-étapes s’appellent «{NNBSP}{name}{NNBSP}»{NNBSP}; {n} lignes qui la "
        "nomment ne peuvent être placées (écrivez «{NNBSP}étape / sous-étape{NNBSP}» ou l’identifiant)",
    "{source}: two or more steps are named '{name}': 1 row naming it cannot be placed "
    "(write \"stage / step\" or the step's id)":
        "{source}{NBSP}: plusieurs sous-étapes s’appellent «{NNBSP}{name}{NNBSP}»{NNBSP}; 1 ligne qui la "
        "nomme ne peut être placée (écrivez «{NNBSP}étape / sous-étape{NNBSP}» ou l’identifiant)",
    "{place}: no data any more": "{place}{NBSP}: plus de données",
    "{where}: '{value}' in the column '{column}' is not a number":
        "{where}{NBSP}: «{NNBSP}{value}{NNBSP}» dans la colonne «{NNBSP}{column}{NNBSP}» n’est pas un nombre",
    "{where}: '{value}' in the column '{column}' could be {a} or {b}; write it without a thousands "
    "separator ({c}) or with a decimal point ({d})":
        "{where}{NBSP}: «{NNBSP}{value}{NNBSP}» dans la colonne «{NNBSP}{column}{NNBSP}» peut valoir {a} ou {b}"
        "{NNBSP}; écrivez-le sans séparateur de milliers ({c}) ou avec un point décimal ({d})",
    "{where}: '{value}' in the column '{column}' uses the comma otherwise than '{first}' above it; "
    "write the numbers of a column one way":
        "{where}{NBSP}: «{NNBSP}{value}{NNBSP}» dans la colonne «{NNBSP}{column}{NNBSP}» emploie la virgule "
        "autrement que «{NNBSP}{first}{NNBSP}» plus haut{NNBSP}; écrivez les nombres d’une colonne d’une seule façon",
    "line {n}": "ligne {n}",
    "{source}: {n} formula cells have no saved value (read as empty): open and save the workbook in "
    "Excel or LibreOffice":
        "{source}{NBSP}: {n} cellules de formule n’ont pas de valeur enregistrée (lues comme vides){NNBSP}; "
        "ouvrez et enregistrez le classeur dans Excel ou LibreOffice",
    "{source}: 1 formula cell has no saved value (read as empty): open and save the workbook in "
    "Excel or LibreOffice":
        "{source}{NBSP}: 1 cellule de formule n’a pas de valeur enregistrée (lue comme vide){NNBSP}; "
        "ouvrez et enregistrez le classeur dans Excel ou LibreOffice",
    "row {n}": "ligne {n}",
    "result row {n}": "ligne de résultat {n}",
    "journey-studio diff: expected {n} file arguments, got {got}":
        "journey-studio diff{NBSP}: {n} fichiers attendus, {got} donnés",
    "journey-studio diff: expected 1 file argument, got {got}":
        "journey-studio diff{NBSP}: 1 fichier attendu, {got} donnés",
    "{path}: the workshop works on a .journey map": "{path}{NBSP}: l’atelier fonctionne sur un parcours .journey",
    "--port {port}: a port is between 0 and 65535": "--port {port}{NBSP}: un port est compris entre 0 et 65535",
    "workshop: cannot listen on {address} ({reason})": "atelier{NBSP}: impossible d’écouter sur {address} ({reason})",
    "journey-studio merge: give BASE OURS THEIRS, or OURS THEIRS":
        "journey-studio merge{NBSP}: donnez BASE OURS THEIRS, ou OURS THEIRS",
    "merged using {base}": "fusionné à partir de {base}",
    "merged into {path}": "fusionné dans {path}",
    "merged into {path} (in place; -o OUT writes the result elsewhere)":
        "fusionné dans {path} (à sa place{NNBSP}; -o OUT écrit le résultat ailleurs)",
    "{path} is another map ({title}), not a copy of {ours} ({our_title}); nothing was merged "
    "(--allow-unrelated merges them anyway)":
        "{path} est un autre parcours ({title}), pas une copie de {ours} ({our_title}){NNBSP}; rien n’a été "
        "fusionné (--allow-unrelated les fusionne quand même)",
    "{path}: {n} conflicts; the merged map keeps ours where both changed":
        "{path}{NBSP}: {n} conflits{NNBSP}; le parcours fusionné garde OURS là où les deux ont changé",
    "{path}: 1 conflict; the merged map keeps ours where both changed":
        "{path}{NBSP}: 1 conflit{NNBSP}; le parcours fusionné garde OURS là où les deux ont changé",
    "{path}: written": "{path}{NBSP}: écrit",
    "{path}: {width} × {height} px at {dpi} DPI": "{path}{NBSP}: {width} × {height} px à {dpi} PPP",
    "{path}: {n} pages": "{path}{NBSP}: {n} pages",
    "{path}: 1 page": "{path}{NBSP}: 1 page",
    "{path}: {width} × {height} px, text as text": "{path}{NBSP}: {width} × {height} px, texte conservé en texte",
    "{path}: {n} slides": "{path}{NBSP}: {n} diapositives",
    "{path}: 1 slide": "{path}{NBSP}: 1 diapositive",
    "{path}: cannot write ({reason})": "{path}{NBSP}: écriture impossible ({reason})",
    "{path}: is the input file; choose another output name":
        "{path}{NBSP}: c’est le fichier d’entrée{NNBSP}; choisissez un autre nom de sortie",
    "{path}: the output must end in .png or .pdf": "{path}{NBSP}: la sortie doit finir par .png ou .pdf",
    "the resolution must be between {low} and {high} DPI (got {dpi})":
        "la résolution doit être comprise entre {low} et {high} PPP (reçu {dpi})",
    "{path}: ok": "{path}{NBSP}: valide",
    "{path}: already exists (use --force to overwrite)":
        "{path}{NBSP}: existe déjà (--force pour l’écraser)",
    "unknown command '{word}'": "commande inconnue «{NNBSP}{word}{NNBSP}»",
    "did you mean '{word}'?": "vouliez-vous dire «{NNBSP}{word}{NNBSP}»{NNBSP}?",
    "commands: {names}": "commandes{NBSP}: {names}",
    "unknown template '{name}' (choose from {names})":
        "modèle inconnu «{NNBSP}{name}{NNBSP}» (au choix{NBSP}: {names})",
    "warning: {text}": "attention{NBSP}: {text}",
}


def _typography(text: str) -> str:
    return text.replace("{NNBSP}", NNBSP).replace("{NBSP}", NBSP)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    # longest formats first: "x (process p) of u on this computer" before "x (process p)"
    for english in sorted(FRENCH, key=lambda k: -len(re.sub(r"\{\w+\}", "", k))):
        parts = re.split(r"(\{\w+\})", english)
        regex = "".join(f"(?P<{p[1:-1]}>{_VALUE.get(p, '.+?')})" if re.fullmatch(r"\{\w+\}", p) else re.escape(p)
                        for p in parts)
        compiled.append((re.compile(regex + r"\Z", re.DOTALL), _typography(FRENCH[english])))
    return compiled


def _value(name: str, text: str, language: str) -> str:
    """A value of a message in ``language``; a ``{date}`` (ISO, as the English says it) as
    people write dates (« 1er décembre 2026 »), a quantity as people write numbers (« 2,5 »)."""
    if name == "date" and _ISO_DATE.fullmatch(text):
        return long_date(datetime.date.fromisoformat(text), language)
    if name in _QUANTITIES:
        localized = localized_number(text, language)
        if localized != text:
            return localized
    return translate_message(text, language)


def _match(text: str, language: str) -> str | None:
    for pattern, french in _patterns():
        found = pattern.match(text)
        if found:
            values = {k: _value(k, v, language) for k, v in found.groupdict().items()}
            return french.format(**values)
    return None


def translate_message(text: str, language: str) -> str:
    """``text`` (an English message) in ``language``; unchanged when no format matches.
    ``file: place: reason`` keeps the file name and the place and translates the reason."""
    if language != "fr" or not text:
        return text
    whole = _match(text, language)
    if whole is not None:
        return whole
    start = text.find(": ")
    while start != -1:
        tail = _match(text[start + 2:], language)
        if tail is not None:
            return f"{text[:start]}{NBSP}: {tail}"
        start = text.find(": ", start + 2)
    return text


#: argparse's own words (usage, errors, help headings), for a French command line
ARGPARSE_FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version du programme et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "un argument attendu",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
}


@contextmanager
def argparse_in(language: str) -> Iterator[None]:
    """While inside, argparse speaks ``language`` (it reads its words through its module-level
    ``_``); afterwards, as before."""
    import argparse

    if language != "fr":
        yield
        return
    table = {k: v.replace(" :", NBSP + ":") for k, v in ARGPARSE_FRENCH.items()}
    before = argparse._
    argparse._ = lambda text: table.get(text, text)
    try:
        yield
    finally:
        argparse._ = before


def system_language() -> str:
    """"fr" when the system speaks French (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else "en"."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "fr" if code.lower().startswith("fr") else "en"


def cli_text(text: str) -> str:
    """A command-line message in the system's language."""
    return translate_message(text, system_language())
