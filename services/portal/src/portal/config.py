"""portal settings, read from PORTAL_* environment variables."""

from typing import Literal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import LinkKeySettings


class Settings(LinkKeySettings):
    """Everything portal reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="PORTAL_", extra="ignore")

    service_name: str = "portal"
    database_url: str = "postgresql+asyncpg://portal:portal@127.0.0.1:55432/portal"
    root_path: str = "/api/portal"
    # Where customers reach the portal pages (the gateway serves /portal/* from this service).
    public_base_url: str = "http://127.0.0.1:8080"
    invite_ttl_s: int = 7 * 24 * 3600
    link_ttl_s: int = 60 * 60
    email_confirm_ttl_s: int = 24 * 3600
    session_idle_s: int = 8 * 3600
    session_absolute_s: int = 14 * 24 * 3600
    # last_seen_at is written at most this often, so a read costs no write.
    session_touch_s: int = 60
    cookie_name: str = "portal_session"
    cookie_secure: bool = True
    link_requests_per_minute: int = 1
    link_requests_per_hour: int = 5
    ip_requests_per_minute: int = 10
    ip_requests_per_hour: int = 50
    # How often requested links are looked up and sent (the request itself answers at once).
    link_worker_interval_s: float = 0.2
    # Peers whose X-Forwarded-For is believed (addresses or networks): the gateway. The client address is the
    # rightmost entry that is not one of them; from any other peer the header is ignored.
    trusted_proxies: list[str] = ["127.0.0.1/32", "::1/128"]
    # Same secret as CONTACTS_SIGNING_SECRET: portal signs links to contacts' download route.
    document_signing_secret: SecretStr = SecretStr("dev-contacts-signing-secret-change-me")
    document_link_ttl_s: int = 300
    contacts_public_path: str = "/api/contacts"
    # How the browser tokenizes a card; the same provider as BILLING_PAYMENT_PROVIDER (ADR 0012).
    card_provider: Literal["local", "stripe"] = "local"
    card_requests_per_hour: int = 10
