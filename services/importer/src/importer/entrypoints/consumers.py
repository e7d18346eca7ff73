"""importer's Kafka subscribers."""

from shared.container import Container


def register(container: Container) -> None:
    """Subscribe importer's handlers; none yet."""
