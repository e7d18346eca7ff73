"""Base settings every service extends with its own env prefix."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Settings common to all services; subclasses set env_prefix (CONTACTS_, PORTAL_, ...)."""

    model_config = SettingsConfigDict(extra="ignore")

    service_name: str = "service"
    database_url: str = "postgresql+asyncpg://localhost:55432/postgres"
    db_pool_size: int = 10
    kafka_bootstrap_servers: str = "127.0.0.1:19092"
    # Prefixes every topic name; tests use it to isolate runs on one broker.
    topic_namespace: str = ""
    # Partitions of the topics a subscriber creates when they do not exist yet (FastStream would create one,
    # which caps every consumer group at one busy member). Provisioned clusters create topics themselves.
    kafka_topic_partitions: int = 6
    root_path: str = ""
    log_json: bool | None = None
    log_level: str = "INFO"
    jwt_public_key_path: str | None = None
    jwt_jwks_url: str | None = None
    jwt_audience: str = "storage-crm"
    jwt_issuer: str | None = None
    relay_enabled: bool = True
    relay_batch_size: int = 500
    relay_poll_interval_s: float = 1.0
    consumers_enabled: bool = True
    # Mounts POST /_faults/500, which raises on purpose: the local system enables it for its tests.
    fault_routes: bool = False
    consumer_max_attempts: int = 5
    consumer_backoff_base_s: float = 0.1
    consumer_backoff_max_s: float = 5.0
    kafka_request_timeout_ms: int = 10_000
    # Allocations between two passes of Python's collector over young objects (see shared.web.tune_gc).
    gc_young_threshold: int = 50_000
    extra_cors_origins: list[str] = Field(default_factory=list)
