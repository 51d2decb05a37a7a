"""Can the editor open a window here? Asked before the QApplication exists.

Without a display, or without a system library that Qt's X11 plugin (``libqxcb.so``) needs,
Qt prints its own message and aborts the process (exit 134). The editor asks first and says
in one plain sentence what is wrong and what to install (``main`` exits with 2); the
sub-commands (``journey-studio export`` ...) never open a window and do not ask.

Only Linux and the other X11/Wayland systems are checked: Windows and macOS always have
their display. Platforms that need no display (``QT_QPA_PLATFORM=offscreen``, ``vnc``...)
pass.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: a library Qt's X11 plugin needs -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
_NO_WINDOW_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def no_display_message() -> str:
    return ("Journey Studio cannot open its window because there is no graphical display "
            "(DISPLAY and WAYLAND_DISPLAY are not set); commands such as "
            "'journey-studio export' work without one.")


def missing_library_message(library: str) -> str:
    debian, fedora = PACKAGES.get(library, (None, None))
    if debian is None:
        return (f"Journey Studio cannot open its window because the system library {library} "
                "is missing: install the package that provides it.")
    return (f"Journey Studio cannot open its window because the system library {library} is "
            f"missing: install it with 'sudo apt-get install {debian}' (Debian, Ubuntu) or "
            f"'sudo dnf install {fedora}' (Fedora).")


def unreachable_display_message(display: str) -> str:
    return (f"Journey Studio cannot open its window because the display {display} does not "
            "answer (is the X server running, and may this user use it?).")


def missing_library(error: OSError | str) -> str | None:
    """The library a failed ``dlopen`` names ("libxcb-cursor.so.0: cannot open shared object
    file: ...")."""
    found = re.search(r"([\w.+-]+\.so(?:\.[\d.]+)?): cannot open shared object file", str(error))
    return found.group(1) if found else None


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin, in the installed PySide6 or in the built app."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    for plugins in (Path(PySide6.__file__).parent / "Qt" / "plugins",
                    Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))):
        plugin = plugins / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


_held: list[Callable[[], None]] = []  # hangs up the probe's connection (see release)


def _x_server_answers() -> bool:
    """Connect to $DISPLAY with libxcb, as Qt does first. The connection stays open until
    :func:`release` (after the QApplication has connected): an X server whose last client
    leaves resets itself, and Qt connecting during that reset fails ("could not connect")."""
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    if connection is None:
        return False
    if xcb.xcb_connection_has_error(connection) != 0:
        xcb.xcb_disconnect(connection)
        return False
    _held.append(lambda: xcb.xcb_disconnect(connection))
    return True


def release() -> None:
    """Hang up the check's connection to the X server (call once Qt has its own)."""
    while _held:
        _held.pop()()


def problem(environ: Mapping[str, str] | None = None, plugin: Path | None = None) -> str | None:
    """Why the editor cannot open a window here, as the sentence to print; None when it can."""
    if sys.platform in ("win32", "darwin"):
        return None
    environ = os.environ if environ is None else environ
    platforms = [p.split(":")[0].strip() for p in environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if platforms and platforms[0] in _NO_WINDOW_PLATFORMS:
        return None
    has_x, has_wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return no_display_message()
    if not has_x or (platforms and platforms[0] == "wayland"):
        return None  # Wayland: Qt's own plugin (and XWayland as its fallback)
    plugin = plugin or xcb_plugin()
    try:
        if plugin is not None:
            ctypes.CDLL(str(plugin))  # loads what Qt will load; the loader names what is missing
        if not _x_server_answers():
            return unreachable_display_message(environ.get("DISPLAY", ""))
    except OSError as error:
        library = missing_library(error)
        return missing_library_message(library) if library else None
    return None


def main() -> int | None:
    """Exit status 2 after printing the sentence, or None when the editor can start."""
    sentence = problem()
    if sentence is None:
        return None
    print(sentence, file=sys.stderr)
    return 2
