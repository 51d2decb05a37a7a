"""Write docs/journey.schema.json from the models (the same text as ``journey-studio schema``).

    python tools/make_schema.py

Writes UTF-8 with LF line endings on every system, so the file stays byte-identical to
what the test in tests/fileformat/test_schema_sync.py expects.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journey_studio.fileformat.schema import schema_text  # noqa: E402


def main() -> int:
    target = ROOT / "docs" / "journey.schema.json"
    target.write_bytes(schema_text().encode("utf-8"))
    print(f"docs/journey.schema.json: {len(schema_text())} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
