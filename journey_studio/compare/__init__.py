"""Compare two maps and merge edited copies, element by element, by their stable ids. No Qt.

* :mod:`.parts`: a journey as keyed elements and flat orders, and back.
* :mod:`.diff`: the differences between two maps, each a :class:`~.diff.Difference` with a
  stable one-line wording.
* :mod:`.merge`: the three-way merge, with a full original, a version record or no original.
* :mod:`.history`: the compact record of recent versions kept in saved files.
"""
