"""The AsyncAPI document with each message's envelope and typed payload, from the event contracts.

FastStream documents a subscriber's messages by its handler's signature (raw bytes here: the consumer
parses envelopes itself) and a publisher's by one schema. Each channel's event contracts are noted when
it is declared; `with_payloads` then gives every channel one message per event type, whose payload is
the envelope with `type` and `version` fixed and `payload` the contract's schema.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import create_model
from pydantic.json_schema import models_json_schema

from shared.contracts.envelope import Envelope, Event

COMPATIBILITY = (
    "Compatibility (docs/adr/0007-event-compatibility.md): within a version a contract only gains optional "
    "fields, and a consumer ignores fields it does not know. Any other change is a new version; the "
    "contract registers an upcaster from the previous one, and consumers are deployed before producers "
    "send it. A consumer given a version newer than it knows does not guess: after its retries the "
    "message goes to `<topic>.dlq`, to be replayed (`dlq-replay`) once the consumer is upgraded. Event "
    "types a consumer has no handler for are acknowledged and skipped."
)
REFS = "#/components/schemas/{model}"
_CHANNELS: weakref.WeakKeyDictionary[Any, dict[str, list[type[Event]]]] = weakref.WeakKeyDictionary()


def note_channel(broker: Any, channel: str, events: Iterable[type[Event]]) -> None:
    """Remember the event contracts a channel (a subscriber's or publisher's title) carries."""
    _CHANNELS.setdefault(broker, {})[channel] = sorted(events, key=lambda e: e.type)


def _envelope_of(event: type[Event]) -> Any:
    return create_model(
        f"{event.type}Envelope",
        __base__=Envelope,
        __doc__=f"The envelope of {event.type} v{event.version}: {(event.__doc__ or '').strip()}",
        type=(Literal[event.type], ...),  # type: ignore[valid-type, arg-type]
        version=(Literal[event.version], ...),  # type: ignore[valid-type, arg-type]
        payload=(event, ...),
    )


def _open(schema: Any) -> None:
    """Drop `additionalProperties: false`: producers may not add unknown fields, but consumers ignore them."""
    if isinstance(schema, dict):
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
        for value in schema.values():
            _open(value)
    elif isinstance(schema, list):
        for value in schema:
            _open(value)


def with_payloads(document: dict[str, Any], broker: Any) -> dict[str, Any]:
    """`document` (a jsonable AsyncAPI 3 document) with one typed message per event of each noted channel."""
    channels: dict[str, list[type[Event]]] = _CHANNELS.get(broker, {})
    events = {e for noted in channels.values() for e in noted}
    envelopes = {e: _envelope_of(e) for e in sorted(events, key=lambda e: e.type)}
    _, definitions = models_json_schema([(m, "validation") for m in envelopes.values()], ref_template=REFS)
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    messages = components.setdefault("messages", {})
    defined = definitions.get("$defs", {})
    for schema in defined.values():
        _open(schema)
    schemas.update(defined)
    for name in [n for n in schemas if n.endswith(":Payload")]:
        del schemas[name]  # FastStream's "array of binary" for the raw batches
    for channel_name, noted in channels.items():
        channel = document["channels"].get(channel_name)
        if channel is None:
            continue
        for old in channel.get("messages", {}).values():
            messages.pop(old["$ref"].rpartition("/")[2], None)
        channel["messages"] = {}
        for event in noted:
            key = f"{channel_name}:{event.type}"
            messages[key] = {
                "name": event.type,
                "title": f"{event.type} v{event.version}",
                "summary": (event.__doc__ or event.type).strip().splitlines()[0],
                "description": COMPATIBILITY,
                "contentType": "application/json",
                "correlationId": {"location": "$message.payload#/correlation_id"},
                "payload": {"$ref": REFS.format(model=envelopes[event].__name__)},
                "x-event-version": event.version,
            }
            channel["messages"][event.type] = {"$ref": f"#/components/messages/{key}"}
        for operation in document.get("operations", {}).values():
            if operation["channel"]["$ref"] == f"#/channels/{channel_name}":
                operation["messages"] = [{"$ref": f"#/channels/{channel_name}/messages/{e.type}"} for e in noted]
    info = document.setdefault("info", {})
    info["description"] = f"{info.get('description', '')}. {COMPATIBILITY}".lstrip(". ")
    return document
