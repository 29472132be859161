"""The precompiled bundled pack gives the very rules the YAML gives, and never a wrong one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reen_compliance.files.resources import rules_dir
from reen_compliance.law import cache as rule_cache
from reen_compliance.law import loading


def _fresh() -> loading.RuleSet:
    loading._bundled_rules.cache_clear()  # noqa: SLF001 - a new process, as it were
    return loading.load_rules()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    monkeypatch.setenv("REEN_COMPLIANCE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REEN_COMPLIANCE_NO_CACHE", raising=False)
    yield tmp_path
    loading._bundled_rules.cache_clear()  # noqa: SLF001 - leave no cached pack behind


def test_the_second_load_reads_the_cache_and_gives_the_same_pack(cache: Path) -> None:
    """The first load writes the cache; the second reads it: same rules, hash and files."""
    first = _fresh()
    assert len(list(cache.glob("rules-*.jsonl"))) == 1
    assert rule_cache.read(loading.rule_files([rules_dir()])) is not None
    second = _fresh()
    assert second.sha256 == first.sha256
    assert second.version == first.version
    assert [r.rule for r in second.rules] == [r.rule for r in first.rules]
    assert [r.file for r in second.rules] == [r.file for r in first.rules]
    assert [r.applies_to.source for r in second.rules] == [r.applies_to.source for r in first.rules]


def test_a_damaged_cache_falls_back_to_the_rule_files(cache: Path) -> None:
    """A cache file that does not parse or does not validate is ignored."""
    first = _fresh()
    (cached,) = cache.glob("rules-*.jsonl")
    lines = cached.read_bytes().splitlines()
    cached.write_bytes(b"\n".join([lines[0], b'{"id": "not a rule"}', *lines[2:]]) + b"\n")
    assert rule_cache.read(loading.rule_files([rules_dir()])) is None
    assert [r.rule for r in _fresh().rules] == [r.rule for r in first.rules]
    cached.write_bytes(b"not json")
    assert [r.rule for r in _fresh().rules] == [r.rule for r in first.rules]


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With REEN_COMPLIANCE_NO_CACHE nothing is written."""
    monkeypatch.setenv("REEN_COMPLIANCE_NO_CACHE", "1")
    _fresh()
    assert list(cache.iterdir()) == []


def test_a_cache_others_may_write_is_not_read(cache: Path) -> None:
    """A cache file writable by the group or others is ignored."""
    _fresh()
    (cached,) = cache.glob("rules-*.jsonl")
    cached.chmod(0o666)
    assert rule_cache.read(loading.rule_files([rules_dir()])) is None
