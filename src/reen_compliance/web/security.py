"""What protects the pages on an office network: CSRF tokens, headers, bounded request bodies.

CSRF: a signed double-submit token. The cookie holds `nonce.signature` (HMAC-SHA256 with the
process's key, or `REEN_WEB_SECRET` shared by several workers); each form repeats it in a hidden
field, and a POST is accepted only when both match and the signature is good. Nothing is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "reen_csrf"
CSRF_FIELD = "csrf_token"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
)


class TooLargeError(Exception):
    """The request body is larger than the limit of its route."""

    def __init__(self, limit: int) -> None:
        """Remember the limit, for the message."""
        super().__init__(limit)
        self.limit = limit


class Signer:
    """Makes and checks CSRF tokens with one secret key."""

    def __init__(self, key: bytes | None = None) -> None:
        """A random key unless one is given (several workers must share it)."""
        self._key = key or secrets.token_bytes(32)

    def new_token(self) -> str:
        """A fresh `nonce.signature` token."""
        nonce = secrets.token_urlsafe(18)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        """Whether `token` was made with this key."""
        if not token or token.count(".") != 1:
            return False
        nonce, signature = token.split(".")
        return hmac.compare_digest(signature, self._sign(nonce))

    def matches(self, cookie: str | None, submitted: str | None) -> bool:
        """Whether the form's token is the cookie's, and the cookie's is genuine."""
        if not cookie or not submitted:
            return False
        return hmac.compare_digest(cookie, submitted) and self.valid(cookie)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode(), hashlib.sha256).hexdigest()[:32]


def csrf_token_for(request: Request, signer: Signer) -> str:
    """The token of this browser: its cookie when genuine, else a new one (set by the page)."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if cookie is not None and signer.valid(cookie):
        return cookie
    return signer.new_token()


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response, and `no-store` to pages."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap `app`."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the headers as the response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers[name] = value
                if not static:  # reports and profiles are private: never kept by a cache
                    headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused past `limit` bytes without reading the rest.

    Raises:
        TooLargeError: the declared or the actual size exceeds `limit`.
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise TooLargeError(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLargeError(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def replay(body: bytes) -> Callable[[], Awaitable[Message]]:
    """An ASGI `receive` that gives `body` once, to parse an already-read request again."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
