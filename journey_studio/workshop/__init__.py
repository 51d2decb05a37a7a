"""The workshop session: participants add sticky notes and dot-vote from their phones.

- ``requests``: the participant API's requests, checked (Qt-free), and ``ApiError``.
- ``participants``: what the phones see of the map, and the round (Qt-free).
- ``rate_limit``: at most 30 requests per 10 s from one address.
- ``server``: the HTTP server (aiohttp) in a worker thread; it never touches the map.
- ``session``: ``WorkshopSession``, the GUI-thread side: it receives each checked request through
  a Qt signal and applies it with the Document's edit API (one undo step each).
- ``headless``: the same session without a window (``journey-studio workshop FILE``).
- ``network``: the address a phone on the local network can reach; ``qr``: the invite's QR code.

The API is documented in docs/WORKSHOP.md.
"""
