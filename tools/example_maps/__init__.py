"""The example maps shipped in ``examples/``, each built through the model by one function."""

from collections.abc import Callable

from journey_studio.model import Journey

from . import banque_entrepreneuse, cafe_remote_worker, saas_customer

#: file name in examples/ -> function that builds the map
EXAMPLES: dict[str, Callable[[], Journey]] = {
    "saas-customer.journey": saas_customer.build,
    "banque-entrepreneuse.journey": banque_entrepreneuse.build,
    "cafe-remote-worker.journey": cafe_remote_worker.build,
}
