"""Write ``examples/data/banque-enquete.csv``: 2,000 made-up survey answers for the bank
example (Inès et sa banque), as a client's survey tool would export them: French CSV with
semicolons, one answer per row (date, step as the survey names it, metric, score, segment).

    python tools/make_example_data.py

Seeded, so running it again gives the same file.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples" / "data" / "banque-enquete.csv"

#: step as the survey names it -> (mean CSAT 1..5 in January, change per month, share of answers)
STEPS = {
    "Prise de conscience": (3.4, 0.0, 0.10),
    "Souscrit en ligne": (4.3, 0.02, 0.16),
    "Active l'appli": (4.5, 0.0, 0.14),
    "Usage au quotidien": (4.1, 0.03, 0.20),
    "Projet de prêt / Se renseigne": (3.1, -0.05, 0.10),
    "appelle le conseiller": (3.0, -0.12, 0.12),
    "DÉCISION": (2.7, 0.0, 0.05),
    "Fidélisation": (3.4, 0.05, 0.10),
    "Agence Lyon Part-Dieu": (3.8, 0.0, 0.03),  # not a step of the map: listed as unmatched
}
MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]


def answer(rng: random.Random, mean: float, low: int, high: int) -> int:
    return max(low, min(high, round(rng.gauss(mean, 0.9))))


def rows(count: int = 2000):
    rng = random.Random(14032026)
    names = list(STEPS)
    weights = [STEPS[n][2] for n in names]
    for _ in range(count):
        step = rng.choices(names, weights)[0]
        base, drift, _share = STEPS[step]
        month = rng.randrange(len(MONTHS))
        mean = base + drift * month
        segment = rng.choice(["Pros", "Pros", "Particuliers"])
        day = f"{MONTHS[month]}-{rng.randint(1, 28):02d}"
        metric = rng.choices(["CSAT", "NPS", "CES"], [0.6, 0.25, 0.15])[0]
        if metric == "CSAT":
            score = answer(rng, mean, 1, 5)
        elif metric == "NPS":
            score = answer(rng, 1.6 * mean + 2, 0, 10)
        else:  # effort: 1 easy .. 7 very hard, the reverse of satisfaction
            score = answer(rng, 8 - (mean * 1.5), 1, 7)
        yield [day, step, metric, score, segment]


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(["date", "étape", "indicateur", "note", "segment"])
        writer.writerows(rows())
    print(f"{OUT.relative_to(ROOT)}: 2000 answers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
