"""Every HTTP router of contacts, in the order they are mounted."""

from fastapi import APIRouter

from contacts.entrypoints import api, timeline_api

ROUTERS: list[APIRouter] = [api.router, timeline_api.router]
