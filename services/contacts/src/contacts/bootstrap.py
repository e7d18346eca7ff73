"""Wires settings, engine, broker and routes; nothing is created at import time."""

from datetime import timedelta

from fastapi import FastAPI

from contacts.adapters.s3_storage import from_settings
from contacts.config import Settings
from contacts.entrypoints import consumers, routes
from contacts.service_layer.scheduling_jobs import send_due_reminders
from shared.container import Container
from shared.polling import PollingWorker
from shared.web import create_app as create_service_app


class ContactsContainer(Container):
    """The shared container plus the document store the settings select and the appointment reminder job."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.documents = from_settings(settings)
        self.reminders = PollingWorker("contacts-reminders", self._remind, settings.reminder_interval_s)

    async def _remind(self) -> bool:
        lead = timedelta(hours=self.settings.reminder_lead_h)
        return await send_due_reminders(self.uow(), lead=lead) > 0

    async def start(self) -> None:
        """Start broker, relay and the reminder job."""
        await super().start()
        self.reminders.start()

    async def stop(self) -> None:
        """Stop the reminder job, then close the document store's connections too."""
        await self.reminders.stop()
        try:
            await super().stop()
        finally:
            await self.documents.close()


def build_container(settings: Settings | None = None) -> ContactsContainer:
    """The contacts container with its subscribers registered."""
    settings = settings or Settings()
    container = ContactsContainer(settings)
    consumers.register(container, settings)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The contacts ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="contacts", routers=routes.ROUTERS)
