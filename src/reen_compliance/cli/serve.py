"""`reen-compliance serve`: start the local web application (the optional `web` extra)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from typing import Any

LOCALHOST = "127.0.0.1"
EXIT_OK = 0
EXIT_INVALID = 2
MIB = 1024 * 1024
NEEDED = ("starlette", "uvicorn", "multipart")
INSTALL = "pip install 'reen-compliance[web]'"


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    add_common: Callable[..., Any],  # noqa: ARG001 - the web pages choose their own language
) -> None:
    """Add `serve` to the command line."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser = subparsers.add_parser(
        "serve",
        help=help_text("cli-help-serve"),
        description=help_text("cli-help-serve-description"),
    )
    parser.add_argument("--host", default=LOCALHOST, help=help_text("cli-help-host"))
    parser.add_argument("--port", type=int, default=8000, help=help_text("cli-help-port"))
    parser.add_argument("--open", action="store_true", help=help_text("cli-help-open"))
    parser.add_argument(
        "--max-profile-mb",
        type=int,
        default=1,
        metavar="N",
        help=help_text("cli-help-max-profile-mb"),
    )
    parser.add_argument(
        "--max-ledger-mb",
        type=int,
        default=50,
        metavar="N",
        help=help_text("cli-help-max-ledger-mb"),
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help=help_text("cli-help-serve-lang")
    )
    parser.set_defaults(handler=run)


def _say(message_id: str, lang: str, **values: str) -> str:
    """A line of the catalogue, prefixed with the program's name."""
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415

    return "reen-compliance: " + render(msg(message_id, **values), "en" if lang == "en" else "fr")


def missing_extra() -> list[str]:
    """The modules of the `web` extra that are not installed."""
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; exit 2 with the install command when the extra is missing."""
    missing = missing_extra()
    if missing:
        sys.stderr.write(_say("web-cli-missing-extra", args.lang, command=INSTALL) + "\n")
        return EXIT_INVALID
    if args.max_profile_mb < 1 or args.max_ledger_mb < 1:
        sys.stderr.write(_say("web-cli-bad-limit", args.lang) + "\n")
        return EXIT_INVALID
    import uvicorn  # noqa: PLC0415 - optional extra

    from reen_compliance.web.app import WebSettings, create_app  # noqa: PLC0415

    if args.host not in {LOCALHOST, "localhost", "::1"}:
        sys.stderr.write(_say("web-cli-no-authentication", args.lang, host=args.host) + "\n")
    from reen_compliance.cli.common import _today  # noqa: PLC0415 - the CLI's one clock read

    settings = WebSettings(
        today=_today,
        profile_limit=args.max_profile_mb * MIB,
        ledger_limit=args.max_ledger_mb * MIB,
    )
    url = f"http://{'127.0.0.1' if args.host in {'0.0.0.0', '::'} else args.host}:{args.port}/"  # noqa: S104
    sys.stderr.write(_say("web-cli-listening", args.lang, url=url) + "\n")
    if args.open:
        import threading  # noqa: PLC0415 - webbrowser imports subprocess: not for other commands
        import webbrowser  # noqa: PLC0415

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return EXIT_OK
