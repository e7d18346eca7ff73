"""billing settings, read from BILLING_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything billing reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="BILLING_", extra="ignore")

    service_name: str = "billing"
    database_url: str = "postgresql+asyncpg://billing:billing@127.0.0.1:55432/billing"
    root_path: str = "/api/billing"
