"""The English plural forms of the interface, filled into ``resources/i18n/journey_studio_en.ts``
by ``tools/update_translations.py``: a source such as "Move %n card(s)" is written once in the
code (``self.tr("Move %n card(s)", "", n)``) and each language gives its forms (Qt's plural
rules: English and French have two). Nothing else is translated into English."""

ENGLISH = {
    "Move %n card(s)": ("Move card", "Move %n cards"),
    "Delete %n card(s)": ("Delete card", "Delete %n cards"),
    "%n template(s)": ("%n template", "%n templates"),
    "%n thing(s) to look at; click one to go there.": ("%n thing to look at; click it to go there.",
                                                       "%n things to look at; click one to go there."),
}
