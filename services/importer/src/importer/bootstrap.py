"""Wires settings, engine, broker, job runner and routes; nothing is created at import time."""

from fastapi import FastAPI

from importer.adapters.uow import BufferingUnitOfWork
from importer.config import Settings
from importer.entrypoints import api, consumers
from importer.service_layer.runner import JobRunner
from shared.container import Container
from shared.opsmetrics import SqlGauge
from shared.web import create_app as create_service_app

IMPORT_JOBS = SqlGauge(
    "crm_import_jobs",
    "Import jobs by status",
    "SELECT status, count(*) FROM import_jobs GROUP BY status",
    labels=("status",),
    expected=tuple((s,) for s in ("validating", "ready", "sending", "completed", "cancelled", "failed")),
)
# Rows applied per second by the jobs now sending, since each was confirmed (0 while none is).
IMPORT_RATE = SqlGauge(
    "crm_import_rows_per_second",
    "Rows applied per second by the import jobs in progress",
    "SELECT coalesce(sum((created + updated + skipped + failed)"
    " / greatest(extract(epoch FROM now() - confirmed_at), 1)), 0)"
    " FROM import_jobs WHERE status = 'sending' AND confirmed_at IS NOT NULL",
)


class ImporterContainer(Container):
    """The shared container plus the background job runner."""

    settings: Settings

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.runner = JobRunner(self.uow, settings)

    def uow(self) -> BufferingUnitOfWork:
        """A unit of work whose handlers may batch their writes."""
        return BufferingUnitOfWork(self.sessionmaker, self.settings.topic_namespace)

    async def start(self) -> None:
        """Broker, relay, then the workers that resume unfinished jobs."""
        await super().start()
        self.runner.start()

    async def stop(self) -> None:
        """Workers first, so nothing writes while the engine closes."""
        await self.runner.stop()
        await super().stop()


def build_container(settings: Settings | None = None) -> ImporterContainer:
    """The importer container with its subscribers registered."""
    container = ImporterContainer(settings or Settings())
    container.ops.sql_gauges += [IMPORT_JOBS, IMPORT_RATE]
    consumers.register(container)
    return container


def create_app(settings: Settings | None = None) -> FastAPI:
    """The importer ASGI app (uvicorn calls this as a factory)."""
    return create_service_app(build_container(settings), title="importer", routers=[api.router])
