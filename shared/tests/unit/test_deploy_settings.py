"""deploy/k8s, docker-compose.yml and the images set everything production mode needs, from secrets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from billing.config import Settings as BillingSettings
from contacts.config import Settings as ContactsSettings
from importer.config import Settings as ImporterSettings
from notifications.config import Settings as NotificationsSettings
from portal.config import Settings as PortalSettings
from shared.sealing import new_key
from shared.settings import ProductionConfigError, ServiceSettings

pytestmark = pytest.mark.usefixtures("no_service_env")
ROOT = Path(__file__).resolve().parents[3]
SERVICES: dict[str, type[ServiceSettings]] = {
    "contacts": ContactsSettings,
    "portal": PortalSettings,
    "notifications": NotificationsSettings,
    "importer": ImporterSettings,
    "billing": BillingSettings,
}


def settings_from(monkeypatch: pytest.MonkeyPatch, cls: type[ServiceSettings], env: dict[str, str]) -> ServiceSettings:
    """The service's settings read from exactly `env` (the fixture cleared this shell's)."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return cls()


def filled(secrets: dict[str, str]) -> dict[str, str]:
    """The k8s Secret with every CHANGE_ME replaced as an operator would."""
    out = {}
    for key, value in secrets.items():
        if key == "LINK_KEYS":
            out[key] = json.dumps({"2026-12": new_key()})
        else:
            out[key] = value.replace("CHANGE_ME", "x" * 40)
    return out


def k8s_env(service: str, secrets: dict[str, str]) -> dict[str, str]:
    docs = list(yaml.safe_load_all((ROOT / "deploy/k8s/namespace.yaml").read_text()))
    config = next(d for d in docs if d["kind"] == "ConfigMap")["data"]
    [deployment] = [
        d for d in yaml.safe_load_all((ROOT / f"deploy/k8s/{service}.yaml").read_text()) if d["kind"] == "Deployment"
    ]
    env = {}
    for item in deployment["spec"]["template"]["spec"]["containers"][0]["env"]:
        source = item.get("valueFrom", {})
        if "configMapKeyRef" in source:
            env[item["name"]] = str(config[source["configMapKeyRef"]["key"]])
        elif "secretKeyRef" in source:
            env[item["name"]] = secrets[source["secretKeyRef"]["key"]]
        else:
            env[item["name"]] = str(item["value"])
    return env


def k8s_secrets() -> dict[str, str]:
    docs = yaml.safe_load_all((ROOT / "deploy/k8s/namespace.yaml").read_text())
    return dict(next(d for d in docs if d["kind"] == "Secret")["stringData"])


@pytest.mark.parametrize("service", SERVICES)
def test_k8s_sets_every_setting_production_needs_and_refuses_unfilled_secrets(service, monkeypatch):
    cls = SERVICES[service]
    settings = settings_from(monkeypatch, cls, k8s_env(service, filled(k8s_secrets())))
    assert settings.crm_env == "production"
    settings.check_production()
    placeholders = {k: v for k, v in k8s_secrets().items() if k != "LINK_KEYS"}
    placeholders["LINK_KEYS"] = json.dumps({"2026-12": new_key()})
    with pytest.raises(ProductionConfigError, match=f"{service.upper()}_DATABASE_URL is a development default"):
        settings_from(monkeypatch, cls, k8s_env(service, placeholders)).check_production()


def test_k8s_gives_notifications_smtp_tls_its_public_url_and_its_secrets(monkeypatch):
    secrets = filled(k8s_secrets())
    env = k8s_env("notifications", secrets)
    assert env["NOTIFICATIONS_LINK_KEYS"] == k8s_env("portal", secrets)["PORTAL_LINK_KEYS"], "one keyring, two ends"
    settings = settings_from(monkeypatch, NotificationsSettings, env)
    assert isinstance(settings, NotificationsSettings)
    assert settings.smtp_host != "127.0.0.1" and settings.smtp_port == 587 and settings.smtp_start_tls
    assert settings.public_base_url.startswith("https://") and settings.smtp_password is not None
    assert settings.jwt_issuer == "https://crm.example.com/auth/realms/crm" and settings.jwt_audience == "storage-crm"


def _interpolate(value: str, dotenv: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        assert match.group(1) in dotenv, f"${{{match.group(1)}}} is required but scripts/compose_env.sh lacks it"
        return dotenv[match.group(1)]

    return re.sub(r"\$\{(\w+):\?[^}]*\}", one, value)


@pytest.mark.parametrize("service", SERVICES)
def test_compose_runs_each_service_in_production_from_its_env_file(service, monkeypatch):
    text = (ROOT / "docker-compose.yml").read_text()
    script = (ROOT / "scripts/compose_env.sh").read_text()
    names = set(re.findall(r"^(\w+)=", script, flags=re.M))
    dotenv = {name: "y" * 40 for name in names}
    dotenv["CRM_LINK_KEY_ID"] = "2026-12"
    dotenv["CRM_LINK_KEYS"] = json.dumps({"2026-12": new_key()})
    compose = yaml.safe_load(text)  # compose interpolates the parsed strings, as here
    env = {k: _interpolate(str(v), dotenv) for k, v in compose["services"][service]["environment"].items()}
    assert "dev" not in json.dumps(env).lower().replace("device", ""), "no development values"
    settings_from(monkeypatch, SERVICES[service], env).check_production()


@pytest.mark.parametrize("service", SERVICES)
def test_the_images_default_to_production(service):
    assert "ENV CRM_ENV=production" in (ROOT / f"services/{service}/Dockerfile").read_text()
