"""Write the example maps in ``examples/`` from ``tools/example_maps``.

    python tools/make_examples.py

The maps are built through the model with fixed, readable ids and saved with the
canonical writer, so running this again gives byte-identical files (a test checks it).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from example_maps import EXAMPLES  # noqa: E402
from journey_studio.fileformat import dump_to  # noqa: E402


def main() -> int:
    folder = ROOT / "examples"
    folder.mkdir(exist_ok=True)
    for name, build in EXAMPLES.items():
        journey = build()
        dump_to(journey, folder / name, record=False)  # reproducible: no version ids
        print(f"examples/{name}: {len(journey.map.cards)} cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
