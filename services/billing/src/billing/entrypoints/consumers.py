"""billing's Kafka subscribers."""

from shared.container import Container


def register(container: Container) -> None:
    """Subscribe billing's handlers; none yet."""
