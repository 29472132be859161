"""The bundled rule pack, precompiled: its validated rules kept as JSON in the user's cache.

Composing the YAML with its line numbers is nearly all the time `load_rules` takes, and the
bundled files do not change between two runs of one installed version. After a first ordinary
load, the validated rules are written as JSON: plain data, never pickle, so reading it back runs
no code and goes through the same pydantic models as any rule. The file's name holds the SHA-256
of the rule files, of the rule model's source and of pydantic-core's version; any doubt (missing,
unreadable, stale, invalid, another user's, writable by others) means the ordinary load.
`REEN_COMPLIANCE_CACHE_DIR` moves the cache (default: `$XDG_CACHE_HOME/reen-compliance` or
`~/.cache/reen-compliance`); `REEN_COMPLIANCE_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pydantic_core
from pydantic import ValidationError

from reen_compliance.law import model as rule_model
from reen_compliance.law.model import Rule

FORMAT = 1


def cache_dir() -> Path | None:
    """Where precompiled packs are kept, or None when the cache is off or has no home."""
    if os.environ.get("REEN_COMPLIANCE_NO_CACHE"):
        return None
    explicit = os.environ.get("REEN_COMPLIANCE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "reen-compliance"
    try:
        return Path.home() / ".cache" / "reen-compliance"
    except RuntimeError:  # no home directory to speak of
        return None


def pack_sha256(files: Sequence[Path]) -> str:
    """The SHA-256 a rule pack's receipt states: each file's name and bytes, in order."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _cache_file(folder: Path, pack: str) -> Path:
    model = hashlib.sha256(Path(rule_model.__file__).read_bytes()).hexdigest()
    key = hashlib.sha256(f"{FORMAT}\0{pack}\0{model}\0{pydantic_core.__version__}".encode())
    return folder / f"rules-{key.hexdigest()[:32]}.jsonl"


def read(files: Sequence[Path]) -> tuple[str, list[tuple[Path, Rule]]] | None:
    """The pack's SHA-256 and its validated rules, file by file, or None without a good cache."""
    folder = cache_dir()
    if folder is None or not files:
        return None
    try:
        pack = pack_sha256(files)
        cached = _cache_file(folder, pack)
        if not _ours(cached):
            return None
        lines = cached.read_bytes().splitlines()
        header = json.loads(lines[0])
        names = [file.name for file in files]
        if header != {"format": FORMAT, "sha256": pack, "files": names}:
            return None
        rules = [Rule.model_validate_json(line) for line in lines[1:]]
    except (OSError, ValueError, IndexError, ValidationError):
        return None
    if len(rules) != len(files):
        return None
    return pack, list(zip(files, rules, strict=True))


def _ours(path: Path) -> bool:
    """Whether the file is the current user's and nobody else may write it (else: not read)."""
    status = path.stat()
    getuid = getattr(os, "getuid", None)  # absent on Windows, where the folder is the user's
    return (getuid is None or status.st_uid == getuid()) and not status.st_mode & 0o022


def write(files: Sequence[Path], pack: str, rules: Sequence[Rule]) -> None:
    """Keep the validated rules for the next start; a cache that cannot be written is skipped."""
    folder = cache_dir()
    if folder is None:
        return
    from reen_compliance.files.output import write_chunks_atomically  # noqa: PLC0415

    header = {"format": FORMAT, "sha256": pack, "files": [file.name for file in files]}
    lines = [json.dumps(header).encode(), *(rule.model_dump_json().encode() for rule in rules)]
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        write_chunks_atomically(_cache_file(folder, pack), (line + b"\n" for line in lines))
