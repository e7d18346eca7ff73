"""contacts settings, read from CONTACTS_* environment variables."""

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything contacts reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="CONTACTS_", extra="ignore")

    service_name: str = "contacts"
    database_url: str = "postgresql+asyncpg://contacts:contacts@127.0.0.1:55432/contacts"
    root_path: str = "/api/contacts"
    documents_dir: str = ".data/documents"
    document_max_bytes: int = 20 * 1024 * 1024
    # Signs short-lived download links (same value as PORTAL_DOCUMENT_SIGNING_SECRET); production refuses this one.
    signing_secret: SecretStr = SecretStr("dev-contacts-signing-secret-change-me")
    download_link_ttl_s: int = 300
    # Consumers of import chunks in each process: an import's chunks are spread over partitions (lanes),
    # so while one chunk's statement runs in PostgreSQL the next is being prepared.
    import_consumers: int = 2
