"""Keeping the user's maps safe on disk: backups, change detection, locks and autosave.

Qt appears only where it does the job best (``file_lock``: ``QLockFile``; ``app_dirs``:
``QStandardPaths``; ``autosave_timer``: ``QTimer``); the rest is plain Python.
"""
