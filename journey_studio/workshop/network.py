"""The address a phone on the same local network can use to reach this machine.

Read from the machine's own interfaces (no packet is sent): a private IPv4 address (192.168.x,
10.x, 172.16-31.x) is preferred, then any other non-loopback IPv4, then loopback.
"""

from __future__ import annotations

import ipaddress

from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

_ANY = {"", "0.0.0.0", "::"}


def local_addresses() -> list[str]:
    found = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        if address.isLoopback() or address == QHostAddress(QHostAddress.SpecialAddress.LocalHost):
            continue
        found.append(address.toString())
    return sorted(found, key=lambda a: (not ipaddress.ip_address(a).is_private, a))


def reachable_address(bind: str) -> str:
    """What to put in the participants' URL for a server bound to ``bind``."""
    if bind not in _ANY:
        return bind
    addresses = local_addresses()
    return addresses[0] if addresses else "127.0.0.1"
