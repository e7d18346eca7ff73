"""An unhandled exception becomes a 500 with the error body, and the server keeps the connection open."""

from __future__ import annotations

import asyncio
import socket
from contextlib import closing

import httpx
import uvicorn
from fastapi import FastAPI

from crm_dev.testing import eventually
from shared.unhandled import INTERNAL_ERROR, UnhandledErrorMiddleware, fault_router


def _app() -> FastAPI:
    app = FastAPI()
    app.add_middleware(UnhandledErrorMiddleware)
    app.include_router(fault_router())

    @app.get("/ok")
    async def ok() -> dict[str, str]:
        return {"status": "ok"}

    return app


def _free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_500_keeps_the_connection_for_the_next_requests() -> None:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(_app(), port=port, log_config=None, lifespan="off"))
    task = asyncio.create_task(server.serve())
    try:

        async def started() -> bool:
            return server.started

        await eventually(started, timeout=10, what="uvicorn started")
        connections: list[object] = []
        # One connection only: if the server dropped it after the 500, the pool would open a second one.
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits) as client:

            async def remember(response: httpx.Response) -> None:
                connections.append(response.extensions["network_stream"].get_extra_info("socket"))

            client.event_hooks["response"] = [remember]
            failed = await client.post("/_faults/500")
            assert failed.status_code == 500 and failed.json() == INTERNAL_ERROR
            assert "close" not in failed.headers.get("connection", "")
            for _ in range(5):
                assert (await client.get("/ok")).status_code == 200
        assert len({id(c) for c in connections}) == 1, "every request went over the connection of the 500"
    finally:
        server.should_exit = True
        await task
