"""Every metric the alert rules and the Grafana dashboard use exists on the /metrics of running services."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
import yaml

from billing.bootstrap import create_app as create_billing
from billing.config import Settings as BillingSettings
from billing.entrypoints.cli import MIGRATIONS as BILLING_MIGRATIONS
from crm_dev.testing import drop_database, eventually, migrated_database, running_app
from importer.bootstrap import create_app as create_importer
from importer.config import Settings as ImporterSettings
from importer.entrypoints.cli import MIGRATIONS as IMPORTER_MIGRATIONS
from notifications.bootstrap import create_app as create_notifications
from notifications.config import Settings as NotificationsSettings

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[3]
PROMQL_WORDS = {
    "sum", "max", "min", "avg", "count", "by", "without", "and", "or", "unless", "rate", "increase", "delta",
    "histogram_quantile", "time", "on", "ignoring", "group_left", "group_right", "bool", "offset",
}  # fmt: skip


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression reads (labels, durations, strings and functions removed)."""
    expr = re.sub(r'"[^"]*"', "", expr)
    expr = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", expr)
    expr = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", " ", expr)
    names = set(re.findall(r"[a-zA-Z_:][a-zA-Z0-9_:]*", expr)) - PROMQL_WORDS
    return {n for n in names if not re.fullmatch(r"\d+\w*|e", n)}


def used_metrics() -> set[str]:
    rules = yaml.safe_load((ROOT / "deploy/observability/alerts.yaml").read_text())
    exprs = [r["expr"] for g in rules["groups"] for r in g["rules"]]
    dashboard = json.loads((ROOT / "deploy/observability/grafana-dashboard.json").read_text())
    exprs += [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    return {name for e in exprs for name in metric_names(e)}


def exposed(text: str) -> set[str]:
    """Metric names on a /metrics page: samples, and families declared before their first sample (HELP lines)."""
    names = {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line and not line.startswith("#")}
    names |= {line.split()[2] for line in text.splitlines() if line.startswith("# HELP ")}
    return names | {re.sub(r"_(bucket|count|sum|created|total)$", "", n) for n in names}


async def scrape(app) -> set[str]:
    async with running_app(app) as client:

        async def lag_measured() -> str | None:
            text = (await client.get("/metrics")).text
            return text if "crm_consumer_lag_max{" in text and "crm_dlq_depth{" in text else None

        return exposed(await eventually(lag_measured, timeout=60, what="consumer lag on /metrics"))


async def test_every_metric_of_the_rules_and_dashboard_is_exposed(notifications_db, settings_for, tmp_path):
    used = used_metrics()
    assert {"crm_consumer_lag", "crm_outbox_oldest_age_seconds", "crm_dlq_depth", "crm_email_queue"} <= used
    assert {"crm_import_jobs", "crm_import_rows_per_second", "crm_billing_run_seconds_bucket"} <= used
    importer_db = await migrated_database("importer", IMPORTER_MIGRATIONS)
    billing_db = await migrated_database("billing", BILLING_MIGRATIONS)
    try:
        seen = await scrape(create_notifications(settings_for(NotificationsSettings, notifications_db)))
        seen |= await scrape(
            create_importer(settings_for(ImporterSettings, importer_db, uploads_dir=str(tmp_path / "uploads")))
        )
        seen |= await scrape(create_billing(settings_for(BillingSettings, billing_db, scheduler_enabled=False)))
    finally:
        await drop_database(importer_db)
        await drop_database(billing_db)
    assert used - seen == set(), f"used by rules or dashboard but not exposed: {sorted(used - seen)}"


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one series on a /metrics page."""
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return None


async def test_lag_and_dlq_depth_count_the_messages_waiting(notifications_db, settings_for):
    from aiokafka import AIOKafkaProducer

    from crm_dev.testing import KAFKA
    from notifications.entrypoints.consumers import RECIPIENTS_CONSUMER
    from shared.contracts import topics

    ns = f"t{uuid.uuid4().hex[:8]}."  # groups with no committed offsets yet: all that is on the topic is lag
    customers = topics.resolve(topics.CUSTOMERS, ns)
    settings = settings_for(NotificationsSettings, notifications_db, topic_namespace=ns, consumers_enabled=False)
    async with running_app(create_notifications(settings)) as client:
        producer = AIOKafkaProducer(bootstrap_servers=KAFKA)
        await producer.start()
        try:
            for _ in range(3):  # one key, so one partition: the group's largest lag is all three
                await producer.send_and_wait(customers, b"{}", key=b"k")
            await producer.send_and_wait(topics.dlq(customers), b"{}", key=b"k")
        finally:
            await producer.stop()

        async def measured() -> tuple[float | None, float | None]:
            text = (await client.get("/metrics")).text
            lag = sample(text, "crm_consumer_lag_max", group=RECIPIENTS_CONSUMER)
            depth = sample(text, "crm_dlq_depth", topic=topics.dlq(customers))
            return (lag, depth) if lag == 3 and depth == 1 else None  # type: ignore[return-value]

        assert await eventually(measured, timeout=60, what="lag 3 and one dead letter") == (3.0, 1.0)
