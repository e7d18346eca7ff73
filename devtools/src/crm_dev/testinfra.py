"""Which Kafka and PostgreSQL the tests use: testcontainers when a Docker engine answers, else the process-started ones.

One switch, CRM_TEST_INFRA:
- `auto` (default): testcontainers if a Docker engine is reachable, otherwise the infrastructure that
  deploy/local/infra.sh started (127.0.0.1:55432 and :19092);
- `processes`: always the process-started infrastructure;
- `testcontainers`: always containers; without a Docker engine every test that needs them is skipped, with the reason.
The choice is made once, before crm_dev.testing reads KAFKA_BOOTSTRAP_SERVERS and CRM_ADMIN_DATABASE_URL.
"""

from __future__ import annotations

import atexit
import os
from dataclasses import dataclass, field
from typing import Any

MODES = ("auto", "processes", "testcontainers")
POSTGRES_IMAGE = os.environ.get("CRM_TEST_POSTGRES_IMAGE", "postgres:15.10")
KAFKA_IMAGE = os.environ.get("CRM_TEST_KAFKA_IMAGE", "confluentinc/cp-kafka:7.6.0")


@dataclass
class Infra:
    """The infrastructure this test run uses, and why."""

    mode: str
    reason: str = ""
    env: dict[str, str] = field(default_factory=dict)
    containers: list[Any] = field(default_factory=list)

    @property
    def unavailable(self) -> bool:
        """Containers were demanded and cannot be had: tests needing them skip."""
        return self.mode == "testcontainers" and not self.containers

    def describe(self) -> str:
        """One line for pytest's header."""
        where = ", ".join(f"{k}={v}" for k, v in sorted(self.env.items())) or "deploy/local/infra.sh's"
        used = "testcontainers" if self.containers else "processes"
        return f"test infrastructure: {used} ({where}); CRM_TEST_INFRA={self.mode}" + (
            f"; testcontainers not used: {self.reason}" if self.reason else ""
        )

    def stop(self) -> None:
        """Stop the containers this run started."""
        for container in reversed(self.containers):
            container.stop()
        self.containers.clear()


def docker_unreachable() -> str | None:
    """Why no Docker engine can run containers here, or None if one answers."""
    try:
        import docker

        client = docker.from_env(timeout=3)
        client.ping()
        client.close()
    except Exception as exc:
        return f"no Docker engine reachable ({type(exc).__name__}: {str(exc)[:200]})"
    return None


def start_containers() -> tuple[dict[str, str], list[Any]]:
    """PostgreSQL and Kafka (KRaft) in containers; the environment that points the tests at them."""
    from testcontainers.community.kafka import KafkaContainer
    from testcontainers.community.postgres import PostgresContainer

    postgres = PostgresContainer(POSTGRES_IMAGE, username="crm_admin", password="crm_admin", dbname="postgres")
    postgres.start()
    started: list[Any] = [postgres]
    try:
        kafka = KafkaContainer(KAFKA_IMAGE).with_kraft().with_env("KAFKA_NUM_PARTITIONS", "3")
        kafka.start()
        started.append(kafka)
    except Exception:
        postgres.stop()
        raise
    env = {
        "CRM_ADMIN_DATABASE_URL": postgres.get_connection_url(driver=None),
        "KAFKA_BOOTSTRAP_SERVERS": kafka.get_bootstrap_server(),
    }
    return env, started


def select(mode: str | None = None) -> Infra:
    """Decide (and start, if containers) the infrastructure; exports its environment for this process."""
    mode = (mode or os.environ.get("CRM_TEST_INFRA") or "auto").strip().lower()
    if mode not in MODES:
        raise ValueError(f"CRM_TEST_INFRA={mode!r}: choose one of {', '.join(MODES)}")
    if mode == "processes":
        return Infra(mode)
    reason = docker_unreachable()
    if reason:
        return Infra(mode, reason=reason)
    try:
        env, containers = start_containers()
    except Exception as exc:
        return Infra(mode, reason=f"containers did not start ({type(exc).__name__}: {str(exc)[:200]})")
    os.environ.update(env)
    infra = Infra(mode, env=env, containers=containers)
    atexit.register(infra.stop)
    return infra
