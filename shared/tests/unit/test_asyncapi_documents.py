"""The committed AsyncAPI documents type every message: the envelope, and its payload from the contracts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from shared.contracts import registry

DOCS = Path(__file__).resolve().parents[3] / "docs" / "asyncapi"
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def resolve(document: dict, ref: str) -> dict:
    node: dict = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


@pytest.mark.parametrize("service", SERVICES)
def test_every_consumed_and_published_message_has_its_typed_envelope(service):
    document = yaml.safe_load((DOCS / f"{service}.yaml").read_text())
    assert "0007-event-compatibility" in document["info"]["description"]
    actions = set()
    for operation in document["operations"].values():
        actions.add(operation["action"])
        assert operation["messages"], operation
        for message_ref in operation["messages"]:
            message = resolve(document, resolve(document, message_ref["$ref"])["$ref"])
            model = registry.model_for(message["name"])
            envelope = resolve(document, message["payload"]["$ref"])
            assert envelope["properties"]["type"]["const"] == model.type
            assert envelope["properties"]["version"]["const"] == model.version
            payload = resolve(document, envelope["properties"]["payload"]["$ref"])
            assert set(payload.get("properties", {})) == set(model.model_fields), message["name"]
            assert "additionalProperties" not in payload  # consumers ignore unknown fields (ADR 0007)
            assert "Compatibility" in message["description"]
    assert actions == {"receive", "send"}
