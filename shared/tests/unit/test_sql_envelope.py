"""The SQL envelopes follow the contract models and the outbox's header list (the SQL itself: contacts' tests)."""

from __future__ import annotations

import pytest

from shared.contracts.notifications import MarketingOptedOut
from shared.messaging import sql_envelope
from shared.messaging.schema import BATCH_HEADER, HEADER_FIELDS

ENVELOPE = {
    "event_id": "e.id",
    "occurred_at": "now()",
    "facility_id": "e.f",
    "aggregate_id": "e.c",
    "aggregate_version": "NULL",
    "correlation_id": ":c",
    "causation_id": "NULL",
}


def test_every_field_of_the_model_needs_its_sql_and_no_other():
    with pytest.raises(ValueError, match=r"no SQL for \['customer_id', 'person_id', 'source'\]"):
        sql_envelope.envelope(MarketingOptedOut, {}, **ENVELOPE)
    fields = {name: "NULL" for name in MarketingOptedOut.model_fields}
    with pytest.raises(ValueError, match=r"not fields of it: \['extra'\]"):
        sql_envelope.envelope(MarketingOptedOut, {**fields, "extra": "1"}, **ENVELOPE)
    sql = sql_envelope.envelope(MarketingOptedOut, fields, **ENVELOPE)
    assert sql.startswith("json_build_object('event_id', e.id, 'type', 'MarketingOptedOut', 'version', 1,")


def test_the_headers_are_the_outbox_rows_and_a_batch_row_leaves_the_event_id_to_its_lines():
    values = sql_envelope.header_values(MarketingOptedOut, **ENVELOPE)
    assert tuple(values) == HEADER_FIELDS
    batch = sql_envelope.batch_headers(MarketingOptedOut, **ENVELOPE)
    assert f"'{BATCH_HEADER}', 'lines'" in batch and "'event_id'" not in batch


def test_literals_are_quoted():
    assert sql_envelope.literal("O'Brien") == "'O''Brien'"
