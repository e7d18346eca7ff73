"""One trace from contacts' HTTP request through its outbox and Kafka to notifications' consumer."""

from __future__ import annotations

import uuid

import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, format_trace_id

from contacts.bootstrap import create_app as contacts_app
from contacts.config import Settings as ContactsSettings
from crm_dev.testing import eventually, read_topic, running_app
from notifications.bootstrap import create_app as notifications_app
from notifications.config import Settings as NotificationsSettings
from notifications.entrypoints.consumers import RECIPIENTS_CONSUMER
from shared.contracts import topics

pytestmark = pytest.mark.integration


def _exporter(app) -> InMemorySpanExporter:
    """Spans of one service's tracer provider, kept in memory."""
    exporter = InMemorySpanExporter()
    app.state.container.tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


async def test_customer_created_is_one_trace_from_contacts_to_notifications(
    contacts_db, notifications_db, settings_for, token_for, topic_namespace
):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    contacts = contacts_app(settings_for(ContactsSettings, contacts_db))
    notifications = notifications_app(settings_for(NotificationsSettings, notifications_db))
    in_contacts, in_notifications = _exporter(contacts), _exporter(notifications)
    async with running_app(contacts) as c_api, running_app(notifications) as n_api:
        created = await c_api.post(
            "/customers", json={"first_name": "Ada", "last_name": "Trace", "email": "ada@example.com"}, headers=owner
        )
        assert created.status_code == 201, created.text
        customer = created.json()["id"]

        async def recipient() -> bool:
            return (await n_api.get(f"/recipients/{customer}", headers=owner)).status_code == 200

        await eventually(recipient, what="the recipient in notifications")

        def consumer_spans():
            return [
                s
                for s in in_notifications.get_finished_spans()
                if s.kind == SpanKind.CONSUMER
                and s.attributes.get("messaging.consumer.group.name") == RECIPIENTS_CONSUMER
            ]

        async def consumed():
            return consumer_spans()

        # A batch that is handed out again after a rebalance is handled (as a duplicate) in the same trace.
        consumer = (await eventually(consumed, what="notifications' consumer span"))[0]
        trace_id = consumer.context.trace_id
        assert {s.context.trace_id for s in consumer_spans()} == {trace_id}

        server = [
            s for s in in_contacts.get_finished_spans() if s.kind == SpanKind.SERVER and s.name.startswith("POST")
        ]
        assert [s.context.trace_id for s in server] == [trace_id]
        topic = topics.resolve(topics.CUSTOMERS, topic_namespace)
        published = [s for s in in_contacts.get_finished_spans() if s.kind == SpanKind.PRODUCER]
        # The event and, beside it, the customer's state for the compacted topic: both in the request's trace.
        assert {s.attributes["messaging.destination.name"] for s in published} == {
            topic,
            topics.resolve(topics.CUSTOMER_SNAPSHOTS, topic_namespace),
        }
        assert {s.context.trace_id for s in published} == {trace_id}
        [producer] = [s for s in published if s.attributes["messaging.destination.name"] == topic]
        assert producer.parent is not None and producer.parent.span_id == server[0].context.span_id
        assert consumer.parent is not None and consumer.parent.span_id == producer.context.span_id
        assert consumer.resource.attributes["service.name"] == "notifications"
        assert producer.resource.attributes["service.name"] == "contacts"
        assert consumer.attributes["event.type"] == "CustomerCreated"

        # The message on Kafka names the producer span in its W3C traceparent header.
        records = await read_topic(topic, until=lambda rs: any(r.key == customer.encode() for r in rs))
        [record] = [r for r in records if r.key == customer.encode()]
        traceparent = dict(record.headers)["traceparent"].decode()
        assert traceparent.split("-")[1:3] == [format_trace_id(trace_id), f"{producer.context.span_id:016x}"]
