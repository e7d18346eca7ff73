"""portal settings, read from PORTAL_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything portal reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="PORTAL_", extra="ignore")

    service_name: str = "portal"
    database_url: str = "postgresql+asyncpg://portal:portal@127.0.0.1:55432/portal"
    root_path: str = "/api/portal"
