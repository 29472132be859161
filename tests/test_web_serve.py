"""`reen-compliance serve`: its options, the missing extra, the warning for another host."""

from __future__ import annotations

import pytest

from reen_compliance.cli import common as cli
from reen_compliance.cli import serve


def test_missing_extra_exits_2_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the web extra, the command says how to install it and exits 2."""
    monkeypatch.setattr(serve, "missing_extra", lambda: ["starlette"])
    assert cli.main(["serve"]) == 2
    assert "pip install 'reen-compliance[web]'" in capsys.readouterr().err


def test_default_host_is_local_and_another_host_is_warned(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """127.0.0.1 by default, silently; another host prints the no-authentication warning."""
    uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda _app, **kwargs: calls.append(kwargs))
    assert cli.main(["serve", "--port", "8123"]) == 0
    assert calls[-1] == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert "authentification" not in capsys.readouterr().err
    assert cli.main(["serve", "--host", "0.0.0.0", "--lang", "en"]) == 0  # noqa: S104
    assert "with no authentication" in capsys.readouterr().err


def test_limits_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    """A zero upload limit is refused with exit 2."""
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    assert cli.main(["serve", "--max-ledger-mb", "0"]) == 2
    assert "--max-ledger-mb" in capsys.readouterr().err
