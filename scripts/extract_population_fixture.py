"""Extract, from one package version's raw epci.json, the records a test counts independently.

Keeps every EPCI and every member commune whose population totale is at least `--floor`, as the
raw file spells them, plus the SHA-256 of the tarball and of epci.json, so the test's count does
not go through the project's reference module and the repository stays small.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tarfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Write the fixture for one tarball; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", type=Path, help="etalab-decoupage-administratif-X.Y.Z.tgz")
    parser.add_argument("--floor", type=int, default=40_000)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    raw = args.tarball.read_bytes()
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
        version = json.load(archive.extractfile("package/package.json"))["version"]  # type: ignore[arg-type]
        epci_bytes = archive.extractfile("package/data/epci.json").read()  # type: ignore[union-attr]
    epcis = json.loads(epci_bytes)
    fixture = {
        "package_version": version,
        "tarball_sha256": hashlib.sha256(raw).hexdigest(),
        "epci_json_sha256": hashlib.sha256(epci_bytes).hexdigest(),
        "floor": args.floor,
        "epcis": [
            {key: epci[key] for key in ("code", "nom", "type", "populationTotale")}
            for epci in epcis
            if epci["populationTotale"] >= args.floor
        ],
        "members": [
            {key: member[key] for key in ("code", "siren", "nom", "populationTotale")}
            for epci in epcis
            for member in epci["membres"]
            if member["populationTotale"] >= args.floor
        ],
    }
    text = json.dumps(fixture, ensure_ascii=False, indent=0, sort_keys=True)
    args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
