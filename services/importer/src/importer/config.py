"""importer settings, read from IMPORTER_* environment variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything importer reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="IMPORTER_", extra="ignore")

    service_name: str = "importer"
    database_url: str = "postgresql+asyncpg://importer:importer@127.0.0.1:55432/importer"
    root_path: str = "/api/importer"
    uploads_dir: str = ".data/imports"
    max_upload_bytes: int = 300 * 1024 * 1024
    # An XLSX is refused from its zip directory when its parts inflate past this, or one part more than
    # `xlsx_max_ratio` times its compressed size (ordinary sheets inflate 5 to 30 times; bombs hundreds).
    xlsx_max_inflated_bytes: int = 1024 * 1024 * 1024
    xlsx_max_ratio: float = 100.0
    # Reading a workbook's header at upload (and the preview) is bounded by this; validating it all by the next.
    xlsx_head_timeout_s: float = 10.0
    xlsx_read_timeout_s: float = 900.0
    # Phones without a country code are read as numbers of this country unless the upload says otherwise.
    default_country: str = "FR"
    chunk_rows: int = 500
    # Chunks written to the outbox per transaction while sending.
    chunks_per_commit: int = 4
    # A job's chunks are keyed over this many lanes (partition keys), so contacts applies several at once.
    # Cars-only jobs use one lane: their rows may name the same owner in different chunks.
    chunk_lanes: int = 8
    # Validated rows are pulled from the file (in a thread) this many at a time.
    read_batch_rows: int = 5000
    preview_rows: int = 50
    # A job whose worker stopped renewing its lease this long ago is taken over (after a restart).
    lease_s: float = 20.0
    runner_poll_s: float = 1.0
