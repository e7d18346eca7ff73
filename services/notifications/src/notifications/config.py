"""notifications settings, read from NOTIFICATIONS_* environment variables."""

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import LinkKeySettings


class Settings(LinkKeySettings):
    """Everything notifications reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")

    service_name: str = "notifications"
    database_url: str = "postgresql+asyncpg://notifications:notifications@127.0.0.1:55432/notifications"
    root_path: str = "/api/notifications"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_use_tls: bool = False
    smtp_start_tls: bool = False
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_max_connections: int = 4
    mail_from: str = "no-reply@storage-crm.local"
    default_facility_name: str = "Storage CRM"
    # Where recipients reach the unsubscribe endpoint (through the gateway).
    public_base_url: str = "http://127.0.0.1:8080/api/notifications"
    # Signs unsubscribe links and verifies the mail provider's webhooks; production refuses these defaults.
    unsubscribe_secret: SecretStr = SecretStr("dev-unsubscribe-secret-change-me")
    webhook_secret: SecretStr = SecretStr("dev-webhook-secret-change-me")
    webhook_tolerance_s: int = 300
    dispatcher_enabled: bool = True
    dispatcher_batch: int = 200
    dispatcher_poll_s: float = 0.5
    send_max_attempts: int = 5
    send_backoff_base_s: float = 2.0
