"""Regimes for ledger tests: décret 2021-254 codes as listed, décret 2024-134 from our table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reen_compliance.ledger.summary import (
    CategoryCodes,
    Regime,
    categories_from_correspondence,
    load_cpv_correspondence,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORRESPONDENCE = ROOT / "rules" / "tables" / "cpv-decret-2024-134.csv"

V1 = Regime(
    "decret-2021-254",
    date(2021, 3, 10),
    date(2024, 6, 30),
    (
        CategoryCodes(
            "d2021-254:textiles",
            ("18000000-9", "18100000-0", "19231000-4", "19000000-6", "39500000-7"),
        ),
        CategoryCodes("d2021-254:packaging-bags", ("18937000-6",)),
        CategoryCodes(
            "d2021-254:printed-matter-stationery",
            ("22000000-0", "22100000-1", "22800000-8", "30192700-8"),
        ),
        CategoryCodes(
            "d2021-254:it-equipment",
            ("30000000-9", "30231100-8", "30213100-6", "30213300-8", "30237200-1"),
        ),
        CategoryCodes("d2021-254:photocopiers", ("30120000-6", "30125000-1")),
        CategoryCodes("d2021-254:toner-ink-cartridges", ("30125100-2", "30192113-6")),
        CategoryCodes("d2021-254:phones", ("32250000-0",)),
    ),
)
V2 = Regime(
    "decret-2024-134",
    date(2024, 7, 1),
    None,
    categories_from_correspondence(
        load_cpv_correspondence(CORRESPONDENCE), "d2024-134", keys=("jars-bottles",)
    ),
)
REGIMES = (V1, V2)
LABELS = {
    "d2024-134:it-telephony": "Matériel informatique et téléphonie",
    "d2024-134:transport-devices": "Engins de transport et pièces détachées",
    "d2024-134:jars-bottles": "Bocaux et flacons",
    "d2021-254:it-equipment": "Machines, matériel et fourniture informatique et de bureau",
}
