"""contacts settings, read from CONTACTS_* environment variables."""

from typing import Literal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything contacts reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="CONTACTS_", extra="ignore")

    service_name: str = "contacts"
    database_url: str = "postgresql+asyncpg://contacts:contacts@127.0.0.1:55432/contacts"
    root_path: str = "/api/contacts"
    # Where document files live: "disk" (documents_dir, one machine: the embedded default) or "s3" (a bucket
    # of an S3-compatible store that every replica shares: AWS S3, MinIO, SeaweedFS).
    documents_backend: Literal["disk", "s3"] = "disk"
    documents_dir: str = ".data/documents"
    s3_endpoint_url: str | None = None
    s3_bucket: str = "contacts-documents"
    s3_region: str = "us-east-1"
    # Unset: the default AWS credential chain (environment, instance or pod role).
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    s3_prefix: str = ""
    # Create the bucket on first use (local and compose); production buckets are made by their owner.
    s3_create_bucket: bool = False
    document_max_bytes: int = 20 * 1024 * 1024
    # Signs short-lived download links (same value as PORTAL_DOCUMENT_SIGNING_SECRET); production refuses this one.
    signing_secret: SecretStr = SecretStr("dev-contacts-signing-secret-change-me")
    download_link_ttl_s: int = 300
    # Consumers of import chunks in each process: an import's chunks are spread over partitions (lanes),
    # so while one chunk's statement runs in PostgreSQL the next is being prepared.
    import_consumers: int = 2
    # Appointment reminders: the job looks this often for appointments starting within the lead time.
    reminder_interval_s: float = 300.0
    reminder_lead_h: float = 24.0
