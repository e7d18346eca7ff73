"""contacts settings, read from CONTACTS_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything contacts reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="CONTACTS_", extra="ignore")

    service_name: str = "contacts"
    database_url: str = "postgresql+asyncpg://contacts:contacts@127.0.0.1:55432/contacts"
    root_path: str = "/api/contacts"
