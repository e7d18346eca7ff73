"""Every HTTP router of contacts, in the order they are mounted (create_app refuses an order that hides a route)."""

from fastapi import APIRouter

from contacts.entrypoints import (
    api,
    appointments_api,
    bulk_api,
    cars_documents_api,
    crm_api,
    duplicates_api,
    facilities_api,
    lifecycle_api,
    people_api,
    timeline_api,
)

ROUTERS: list[APIRouter] = [
    crm_api.router,
    facilities_api.router,
    bulk_api.router,
    duplicates_api.router,
    api.router,
    people_api.router,
    lifecycle_api.router,
    timeline_api.router,
    cars_documents_api.router,
    appointments_api.router,
]
