"""Wires settings, engine, broker, SMTP and the dispatcher; nothing is created at import time."""

from fastapi import FastAPI

from notifications.adapters.smtp import SmtpSender
from notifications.config import Settings
from notifications.entrypoints import api, broadcast_api, consumers, public_api
from notifications.service_layer.channels.email import EmailChannel
from notifications.service_layer.dispatcher import Dispatcher
from shared.container import Container
from shared.opsmetrics import SqlGauge
from shared.web import create_app as create_service_app

EMAIL_QUEUE = SqlGauge(
    "crm_email_queue",
    "Emails by status (queued: waiting for the dispatcher)",
    "SELECT status, count(*) FROM emails GROUP BY status",
    labels=("status",),
    expected=(("queued",), ("sent",), ("failed",), ("bounced",), ("skipped",)),
)


class NotificationsContainer(Container):
    """The shared container plus the email dispatcher."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        sender = SmtpSender(
            settings.smtp_host,
            settings.smtp_port,
            use_tls=settings.smtp_use_tls,
            start_tls=settings.smtp_start_tls,
            username=settings.smtp_username,
            password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
            max_connections=settings.smtp_max_connections,
        )
        self.dispatcher = Dispatcher(self.uow, [EmailChannel(sender, settings)], settings)

    async def start(self) -> None:
        """Start broker, relay and, if enabled, the dispatcher."""
        await super().start()
        if self.settings.dispatcher_enabled:
            await self.dispatcher.start()

    async def stop(self) -> None:
        """Stop the dispatcher before the database goes away."""
        await self.dispatcher.stop()
        await super().stop()


def build_container(settings: Settings | None = None) -> NotificationsContainer:
    """The notifications container with its subscribers registered."""
    container = NotificationsContainer(settings or Settings())
    container.ops.sql_gauges.append(EMAIL_QUEUE)
    consumers.register(container, container.settings.link_keyring())
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The notifications ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(
        build_container(settings), title="notifications", routers=[api.router, broadcast_api.router, public_api.router]
    )
