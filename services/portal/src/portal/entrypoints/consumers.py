"""portal's Kafka subscribers."""

from shared.container import Container


def register(container: Container) -> None:
    """Subscribe portal's handlers; none yet."""
