"""What each service publishes comes from the contracts (each module's PRODUCER), and its AsyncAPI says so.

A service documents its publications with `document_publications(broker, service=...)`, which reads
`registry.published_by(service)`; the committed documents (scripts/check_asyncapi.sh) must send exactly
those events on exactly those topics, so a contract added without its producer's document fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import shared.contracts
import shared.contracts.snapshots  # noqa: F401
from shared.contracts.envelope import Event
from shared.contracts.registry import EventRegistry, registry

DOCS = Path(__file__).resolve().parents[3] / "docs" / "asyncapi"
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")
PUBLISH = ":publish"


def sent(document: dict) -> dict[str, set[str]]:
    """The event types of the document's "send" operations, by topic."""
    by_topic: dict[str, set[str]] = {}
    for operation in document["operations"].values():
        if operation["action"] != "send":
            continue
        channel = operation["channel"]["$ref"].removeprefix("#/channels/")
        assert channel.endswith(PUBLISH), channel
        names = {ref["$ref"].rpartition("/messages/")[2] for ref in operation["messages"]}
        by_topic.setdefault(channel.removesuffix(PUBLISH), set()).update(names)
    return by_topic


@pytest.mark.parametrize("service", SERVICES)
def test_the_committed_asyncapi_sends_what_the_contracts_say_the_service_publishes(service):
    document = yaml.safe_load((DOCS / f"{service}.yaml").read_text())
    derived = {topic: {e.type for e in events} for topic, events in registry.published_by(service).items()}
    assert derived, service
    assert sent(document) == derived, f"run scripts/check_asyncapi.sh --write and review docs/asyncapi/{service}.yaml"


def test_every_contract_names_one_of_the_services_as_its_producer():
    unnamed = {t: registry.producer(t) for t in registry.types() if registry.producer(t) not in SERVICES}
    assert not unnamed, "declare PRODUCER in the contract's module (or `producer` on the contract)"


def test_each_topic_has_one_producer():
    producers: dict[str, set[str]] = {}
    for event_type, model in registry.types().items():
        producers.setdefault(model.topic, set()).add(str(registry.producer(event_type)))
    assert {t: p for t, p in producers.items() if len(p) > 1} == {}


def test_published_by_gives_current_versions_by_topic_and_a_contract_may_name_its_own_producer():
    reg = EventRegistry()

    class A(Event):
        type = "A"
        topic = "t.one"
        producer = "alpha"

    class B(Event):
        type = "B"
        topic = "t.two"
        producer = "alpha"

    class A2(Event):
        type = "A"
        version = 2
        topic = "t.one"
        producer = "alpha"

    class C(Event):
        type = "C"
        topic = "t.one"
        producer = "beta"

    for model in (A, B, A2, C):
        reg.register(model)
    assert reg.published_by("alpha") == {"t.one": [A2], "t.two": [B]}
    assert reg.published_by("beta") == {"t.one": [C]}
    assert reg.published_by("gamma") == {}
    assert reg.producer("C") == "beta"
