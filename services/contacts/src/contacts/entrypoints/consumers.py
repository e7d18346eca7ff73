"""contacts's Kafka subscribers."""

from shared.container import Container


def register(container: Container) -> None:
    """Subscribe contacts's handlers; none yet."""
