"""billing settings, read from BILLING_* environment variables."""

from typing import Literal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Everything billing reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="BILLING_", extra="ignore")

    service_name: str = "billing"
    database_url: str = "postgresql+asyncpg://billing:billing@127.0.0.1:55432/billing"
    root_path: str = "/api/billing"
    payment_provider: Literal["local", "stripe"] = "local"
    stripe_api_key: SecretStr | None = None
    # Verifies `Stripe-Signature` on /webhooks/stripe; without it every webhook is refused.
    stripe_webhook_secret: SecretStr | None = None
    scheduler_enabled: bool = True
    scheduler_interval_s: float = 3600.0
    autopay_interval_s: float = 10.0
    invoice_batch_size: int = 2000
