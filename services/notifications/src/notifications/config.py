"""notifications settings, read from NOTIFICATIONS_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything notifications reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")

    service_name: str = "notifications"
    database_url: str = "postgresql+asyncpg://notifications:notifications@127.0.0.1:55432/notifications"
    root_path: str = "/api/notifications"
