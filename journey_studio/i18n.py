"""The interface language: English or French, from the settings or the system's locale.

Interface strings are marked with ``self.tr(...)`` / ``QCoreApplication.translate(...)``;
``resources/i18n/journey_studio_<lang>.qm`` holds the translations (built from the ``.ts``
source by ``pyside6-lrelease``, see ``tools/update_translations.py``). Qt's own strings
(standard buttons such as Save / Discard / Cancel) come from the ``qtbase_<lang>.qm`` that
ships with PySide6; ours is asked first, so it also holds the few Qt texts that catalogue lacks
or words badly (``ui/qt_gaps.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .paths import resource

LANGUAGES = {"en": "English", "fr": "Français"}
SETTING = "interface/language"
#: a dynamic property of the QCoreApplication: the language whose translators are installed
#: (kept on the application object, so no module of ours holds state)
INSTALLED_PROPERTY = "journeyStudioLanguage"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language set in the preferences, else the system's when we have it, else English."""
    value = (settings or QSettings()).value(SETTING, "", type=str)
    if value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations of ``language`` into ``app``; keep the returned objects alive."""
    translators: list[QTranslator] = []
    if language == "en":  # English needs only the plural forms ("1 card", "3 cards")
        english = QTranslator(app)
        if english.load(str(resource("i18n", "journey_studio_en.qm"))):
            app.installTranslator(english)
            translators.append(english)
        return translators
    # Qt asks the translator installed last first: ours, after Qt's, also words Qt's own texts
    # where its catalogue lacks them or says them badly (``ui/qt_gaps.py``)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"journey_studio_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    QLocale.setDefault(QLocale(language))
    app.setProperty(INSTALLED_PROPERTY, language)
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`: the interface speaks English again."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setProperty(INSTALLED_PROPERTY, "en")


def interface_language() -> str:
    """The language the interface speaks now ("en" until translators are installed): for the
    words the interface takes from :mod:`vocabulary` (lane kinds, channels)."""
    app = QCoreApplication.instance()
    language = app.property(INSTALLED_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else "en"


def plural(count: int, one: str, many: str, **values) -> str:
    """``one`` or ``many`` (translated texts holding ``{count}`` and any other ``values``) as the
    interface language says it: English says "0 cards", French « 0 carte »."""
    singular = count == 1 or (count == 0 and interface_language() == "fr")
    return (one if singular else many).format(count=count, **values)
