"""Generated purchase ledgers, and the bare `csv.reader` loop classification is measured by."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HEADER = (
    "Date",
    "Montant HT",
    "Code CPV",
    "Libellé",
    "Fournisseur",
    "Réemploi",
    "Recyclé",
    "Catégorie",
)
CPV = (
    "30213100-6",
    "30213300-8",
    "32250000-0",
    "30125100-2",
    "30197643",
    "30192000-1",
    "39130000-2",
    "18100000-0",
    "79000000-4",
    "72000000-5",
    "",
)
FIRST_DAY = date(2023, 1, 1)


def write_ledger(path: Path, lines: int, seed: int = 2024) -> Path:
    """Write `lines` purchases as a French finance export (BOM, `;`, `1 234,56`, DD/MM/YYYY)."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for _ in range(lines):
            day = FIRST_DAY + timedelta(days=rng.randrange(1095))
            cents = rng.randrange(1_000, 2_000_000)
            amount = f"{cents / 100:,.2f}".replace(",", "\u00a0").replace(".", ",")
            writer.writerow(
                (
                    day.strftime("%d/%m/%Y"),
                    amount,
                    rng.choice(CPV),
                    "Achat de fournitures",
                    "Fournisseur fictif",
                    "oui" if rng.random() < 0.2 else "non",  # noqa: PLR2004
                    "oui" if rng.random() < 0.1 else "non",  # noqa: PLR2004
                    "",
                )
            )
    return path


def bare_csv_total(path: Path) -> Decimal:
    """Parse every line and its amount into `Decimal`, nothing more: the floor for any reader."""
    total = Decimal(0)
    with path.open(encoding="utf-8-sig", newline="") as source:
        rows = csv.reader(source, delimiter=";")
        next(rows)
        for row in rows:
            total += Decimal(row[1].replace("\u00a0", "").replace(" ", "").replace(",", "."))
    return total
