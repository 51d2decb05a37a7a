"""Journey Studio: a desktop editor for customer journey maps."""

__version__ = "0.1.0"
APP_NAME = "Journey Studio"
DESKTOP_ID = "org.journeystudio.JourneyStudio"
"""The app's reverse-DNS id: desktop file, AppStream metainfo, icon name, macOS bundle."""
MIME_TYPE = "application/vnd.journey-studio+json"
"""The MIME type of .journey files (resources/desktop/journey-studio.xml)."""
