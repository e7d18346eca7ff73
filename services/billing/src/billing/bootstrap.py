"""Wires settings, engine, broker, payment provider, scheduler and routes; nothing is created at import time."""

from fastapi import FastAPI

from billing.adapters.payments import LocalProvider, PaymentProvider
from billing.config import Settings
from billing.entrypoints import consumers, routes
from billing.service_layer.jobs import Scheduler
from shared.container import Container
from shared.web import create_app as create_service_app


def make_provider(settings: Settings) -> PaymentProvider:
    """The configured card processor."""
    if settings.payment_provider == "stripe":
        from billing.adapters.stripe_provider import StripeProvider

        if settings.stripe_api_key is None:
            raise ValueError("BILLING_STRIPE_API_KEY is required with the stripe provider")
        return StripeProvider(settings.stripe_api_key.get_secret_value())
    return LocalProvider()


class BillingContainer(Container):
    """The shared container plus the payment provider and the scheduled billing run."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.provider = make_provider(settings)
        self.scheduler = Scheduler(self, self.provider, settings.scheduler_interval_s, settings.autopay_interval_s)

    async def start(self) -> None:
        """Start broker, relay and, if enabled, the scheduler."""
        await super().start()
        if self.settings.scheduler_enabled:
            self.scheduler.start()

    async def stop(self) -> None:
        """Stop the scheduler before the database goes away."""
        await self.scheduler.stop()
        await super().stop()


def build_container(settings: Settings | None = None) -> BillingContainer:
    """The billing container with its subscribers registered."""
    container = BillingContainer(settings or Settings())
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The billing ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="billing", routers=routes.ROUTERS)
