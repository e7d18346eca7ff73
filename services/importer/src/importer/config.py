"""importer settings, read from IMPORTER_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything importer reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="IMPORTER_", extra="ignore")

    service_name: str = "importer"
    database_url: str = "postgresql+asyncpg://importer:importer@127.0.0.1:55432/importer"
    root_path: str = "/api/importer"
