"""Where a client finds its address and key besides its arguments: Syncthing's own environment variables
(``STGUIADDRESS``, ``STGUIAPIKEY``) and a Syncthing home's ``config.xml`` (``Syncthing.from_home``).

Syncthing's GUI address is a listen address: ``127.0.0.1:8384``, ``0.0.0.0:8384`` or ``[::]:8384`` (every
interface: the client connects to the loopback one), ``http://`` / ``https://`` forms, or a unix socket
(``unix:///path`` or ``/path``), which the built-in transports do not reach.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigurationError, InvalidURLError

GUI_ADDRESS_ENV = "STGUIADDRESS"
GUI_API_KEY_ENV = "STGUIAPIKEY"
CERT_FILE = "https-cert.pem"

# Hosts that listen on every interface, and the loopback address to connect to instead.
_WILDCARDS = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "[::]": "[::1]", "[::0]": "[::1]"}


def gui_address_url(address: str, *, tls: bool, source: str) -> str:
    """The URL to reach a GUI listening on ``address`` (``tls``: the config's ``<gui tls="true">``; a scheme in
    the address wins, as in Syncthing). A unix socket raises ``InvalidURLError``."""
    address = address.strip()
    if address.startswith("/") or address.lower().startswith("unix:"):
        raise InvalidURLError(
            f"the GUI address from {source} is a unix socket, which the built-in transports do not reach: pass "
            "base_url='http://localhost' and http_client=httpx.Client(transport=httpx.HTTPTransport(uds=PATH)) "
            "(httpx.AsyncClient and httpx.AsyncHTTPTransport for AsyncSyncthing)"
        )
    scheme, found, rest = address.partition("://")
    if not found:
        scheme, rest = ("https" if tls else "http"), address
    netloc, slash, path = rest.partition("/")
    if netloc.startswith("["):
        host, bracket, port = netloc.partition("]")
        host += bracket
    elif ":" in netloc:
        host, _, port = netloc.rpartition(":")
        port = ":" + port
    else:
        host, port = netloc, ""
    if port and not port.startswith(":"):
        host, port = host + port, ""  # not a port: left for the URL check to refuse
    host = _WILDCARDS.get(host, host)
    return f"{scheme}://{host}{port}{slash}{path}"


def env_url() -> tuple[str, str] | None:
    """The URL from ``$STGUIADDRESS`` and where it came from, or ``None`` when it is unset or empty."""
    address = os.environ.get(GUI_ADDRESS_ENV, "").strip()
    if not address:
        return None
    source = f"${GUI_ADDRESS_ENV}"
    return gui_address_url(address, tls=False, source=source), source


@dataclass(frozen=True)
class HomeSettings:
    """What ``config.xml`` (``config``) says about reaching the GUI: its URL, API key, and the GUI certificate if
    TLS is on."""

    config: Path
    url: str
    api_key: str
    cert: Path | None


def read_home(home: str | os.PathLike[str]) -> HomeSettings:
    """The GUI settings of the Syncthing home ``home`` (a directory holding ``config.xml``, or that file).

    Raises ``ConfigurationError`` when there is no readable configuration or it has no GUI address or key; the
    message names the file but never the key."""
    import xml.etree.ElementTree as ET  # here: only from_home reads XML, and importing the client should not

    try:
        path = Path(home).expanduser()
    except RuntimeError:  # ~user of a user who does not exist here
        raise ConfigurationError(f"{home}: the home directory its ~ names cannot be found") from None
    config = path / "config.xml" if path.is_dir() else path
    if not config.is_file():
        raise ConfigurationError(f"{config} does not exist: from_home takes Syncthing's home (--home) directory")
    try:
        root = ET.parse(config).getroot()
    except (ET.ParseError, OSError, LookupError, ValueError) as error:  # the last two: an encoding it declares
        raise ConfigurationError(f"{config} cannot be read as Syncthing's configuration: {error}") from None
    gui = root.find("gui")
    if gui is None:
        raise ConfigurationError(f"{config} has no <gui> section")
    address = (gui.findtext("address") or "").strip()
    if not address:
        raise ConfigurationError(f"{config} has no GUI address")
    # Before the key is read: a traceback keeps this frame, and the address may be refused.
    url = gui_address_url(address, tls=gui.get("tls", "").lower() == "true", source=str(config))
    key = (gui.findtext("apikey") or "").strip()
    if not key:
        raise ConfigurationError(f"{config} has no GUI API key (Syncthing makes one at its first start)")
    cert = config.parent / CERT_FILE
    return HomeSettings(
        config=config, url=url, api_key=key, cert=cert if url.startswith("https:") and cert.is_file() else None
    )


def certificate_name() -> str:
    """The name Syncthing puts in the GUI certificate it makes: the machine's host name."""
    return socket.gethostname()
