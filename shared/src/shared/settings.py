"""Base settings every service extends with its own env prefix, and the production-mode check."""

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.sealing import Keyring, decode_key

MIN_SECRET_BYTES = 32
# Mark development values and unfilled placeholders (deploy/k8s), so a copied dev value is caught too.
DEV_MARKERS = ("change-me", "change_me")
# The development sign-in key: base64 of "dev-sign-in-link-key-change-me!!" (32 bytes).
DEV_LINK_KEYS = {"dev": SecretStr("ZGV2LXNpZ24taW4tbGluay1rZXktY2hhbmdlLW1lISE=")}


class ProductionConfigError(RuntimeError):
    """CRM_ENV=production and a setting is unsafe: the service must not start."""


def _secrets(value: Any) -> Iterator[SecretStr]:
    if isinstance(value, SecretStr):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _secrets(item)


def _placeholder(value: str) -> bool:
    return any(marker in value.lower() for marker in DEV_MARKERS)


class ServiceSettings(BaseSettings):
    """Settings common to all services; subclasses set env_prefix (CONTACTS_, PORTAL_, ...)."""

    model_config = SettingsConfigDict(extra="ignore")

    # One setting for every service (no prefix): production refuses dev secrets and the dev JWT key.
    crm_env: Literal["development", "production"] = Field(
        "development", validation_alias=AliasChoices("CRM_ENV", "crm_env")
    )
    service_name: str = "service"
    database_url: str = "postgresql+asyncpg://localhost:55432/postgres"
    db_pool_size: int = 10
    kafka_bootstrap_servers: str = "127.0.0.1:19092"
    # Prefixes every topic name; tests use it to isolate runs on one broker.
    topic_namespace: str = ""
    # Replicas of the topics a service creates (partitions, retention and cleanup come from the topic's spec
    # in shared.contracts.topics). Production clusters want 3.
    kafka_replication_factor: int = 1
    root_path: str = ""
    log_json: bool | None = None
    log_level: str = "INFO"
    # OTLP/HTTP traces endpoint (e.g. http://otel-collector:4318/v1/traces); unset: spans are made, not exported.
    otlp_traces_endpoint: str | None = None
    jwt_public_key_path: str | None = None
    jwt_jwks_url: str | None = None
    jwt_audience: str = "storage-crm"
    jwt_issuer: str | None = None
    # JWKS kept this long before it is fetched again; an unknown kid fetches sooner, at most once per interval.
    jwt_jwks_ttl_s: float = 600.0
    jwt_jwks_min_refresh_s: float = 10.0
    relay_enabled: bool = True
    relay_batch_size: int = 500
    relay_poll_interval_s: float = 1.0
    consumers_enabled: bool = True
    # Mounts POST /_faults/500, which raises on purpose: the local system enables it for its tests.
    fault_routes: bool = False
    consumer_max_attempts: int = 5
    # How long the broker holds a fetch with no new records. A partition whose records were just handed to the
    # handler is left out of the fetch then in flight, so its next record waits up to this (bench/event_latency).
    consumer_fetch_max_wait_ms: int = 50
    # How long a poll waits for records; FastStream sleeps as long again after an empty poll.
    consumer_batch_timeout_ms: int = 20
    consumer_backoff_base_s: float = 0.1
    consumer_backoff_max_s: float = 5.0
    kafka_request_timeout_ms: int = 10_000
    # Allocations between two passes of Python's collector over young objects (see shared.web.tune_gc).
    gc_young_threshold: int = 50_000
    # Largest request body a route takes unless it names a larger setting (uploads): 413 above it.
    request_body_max_bytes: int = 1024 * 1024
    extra_cors_origins: list[str] = Field(default_factory=list)

    def env_name(self, field: str) -> str:
        """The environment variable that sets a field, e.g. NOTIFICATIONS_UNSUBSCRIBE_SECRET."""
        return f"{self.model_config.get('env_prefix', '')}{field}".upper()

    def production_problems(self) -> list[str]:
        """What production mode refuses in these settings (whatever CRM_ENV says), one line each."""
        problems = []
        for name, field in type(self).model_fields.items():
            dev_values = {s.get_secret_value() for s in _secrets(field.get_default(call_default_factory=True))}
            for secret in _secrets(getattr(self, name)):
                raw = secret.get_secret_value()
                if raw in dev_values or _placeholder(raw):
                    problems.append(f"{self.env_name(name)} is a development default")
                elif len(raw.encode()) < MIN_SECRET_BYTES:
                    problems.append(f"{self.env_name(name)} is shorter than {MIN_SECRET_BYTES} bytes")
        if self.jwt_public_key_path:
            problems.append(f"{self.env_name('jwt_public_key_path')} is set (the development JWT key)")
        if self.fault_routes:
            problems.append(f"{self.env_name('fault_routes')} is set (a route that fails on purpose)")
        for name in ("jwt_issuer", "jwt_jwks_url", "jwt_audience"):
            if not getattr(self, name):
                problems.append(f"{self.env_name(name)} is missing")
        if self.database_url == type(self).model_fields["database_url"].default or _placeholder(self.database_url):
            problems.append(f"{self.env_name('database_url')} is a development default")
        return problems

    def check_production(self) -> None:
        """Raise ProductionConfigError naming every unsafe setting, when CRM_ENV=production."""
        if self.crm_env != "production":
            return
        problems = self.production_problems()
        if problems:
            raise ProductionConfigError("CRM_ENV=production refuses to start: " + "; ".join(problems))


class LinkKeySettings(ServiceSettings):
    """The keyring sealing sign-in links on Kafka; portal seals, notifications opens (same keys in both)."""

    # Keys as JSON {"<key id>": "<base64 of 32 bytes>"}: add a new id, make it current, drop the old id
    # once no message sealed under it can be waiting (the sign-in topic keeps one hour).
    link_keys: dict[str, SecretStr] = Field(default_factory=lambda: dict(DEV_LINK_KEYS))
    link_key_id: str = "dev"

    @model_validator(mode="after")
    def _keyring_is_usable(self) -> "LinkKeySettings":
        for kid, key in self.link_keys.items():
            try:
                decode_key(key.get_secret_value())
            except ValueError as exc:
                raise ValueError(f"{self.env_name('link_keys')}[{kid}]: {exc}") from None
        if self.link_key_id not in self.link_keys:
            raise ValueError(f"{self.env_name('link_key_id')} {self.link_key_id!r} is not in link_keys")
        return self

    def link_keyring(self) -> Keyring:
        """The keyring of these settings."""
        return Keyring(self.link_key_id, {k: decode_key(v.get_secret_value()) for k, v in self.link_keys.items()})
