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


def _stage(dockerfile: str, name: str) -> str:
    """The instructions of one build stage (continuation lines joined)."""
    text = dockerfile.replace("\\\n", " ")
    return text.split(f" AS {name}\n", 1)[1].split("\nFROM ", 1)[0]


@pytest.mark.parametrize("service", SERVICES)
def test_every_service_image_is_the_one_dockerfile_in_production_as_a_non_root_user(service):
    service_stage = _stage((ROOT / "Dockerfile").read_text(), "service")
    assert re.search(r"^ENV .*\bCRM_ENV=production\b", service_stage, flags=re.M)
    assert "USER 10001:10001" in service_stage
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"][service]
    assert compose["build"] == {
        "context": ".",
        "dockerfile": "Dockerfile",
        "target": "service",
        "args": {"SERVICE": service},
    }
    assert not (ROOT / f"services/{service}/Dockerfile").exists(), "one Dockerfile for all"


def test_dependencies_are_installed_before_the_code_is_copied():
    deps = _stage((ROOT / "Dockerfile").read_text(), "deps")
    assert "uv sync --frozen --no-dev --no-install-workspace" in deps
    assert "COPY shared " not in deps and "COPY services " not in deps, "code changes must not invalidate this layer"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {"**/.venv", "**/.data", ".env", "**/node_modules"} <= set(ignored)


@pytest.mark.parametrize("service", [*SERVICES, "gateway"])
def test_k8s_runs_each_service_non_root_read_only_pinned_with_startup_probe_pdb_and_hpa(service):
    docs = {d["kind"]: d for d in yaml.safe_load_all((ROOT / f"deploy/k8s/{service}.yaml").read_text())}
    pod = docs["Deployment"]["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == 10001
    assert container["securityContext"]["readOnlyRootFilesystem"]
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert not container["image"].endswith(":latest") and re.search(r":\d+\.\d+\.\d+$", container["image"])
    assert docs["PodDisruptionBudget"]["spec"]["minAvailable"] == 1
    if service == "gateway":
        assert docs["Ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"] == "gateway"
        return
    assert container["startupProbe"]["failureThreshold"] * container["startupProbe"]["periodSeconds"] >= 300
    metrics = {m["type"]: m for m in docs["HorizontalPodAutoscaler"]["spec"]["metrics"]}
    assert metrics["Resource"]["resource"]["name"] == "cpu"
    assert metrics["External"]["external"]["metric"]["name"] == "crm_consumer_lag_max"


def test_contacts_documents_survive_in_compose_and_k8s():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    env = compose["services"]["contacts"]["environment"]
    # Documents live in the S3 store every replica shares; the store keeps them on a named volume.
    assert env["CONTACTS_DOCUMENTS_BACKEND"] == "s3" and env["CONTACTS_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert "documents:/data" in compose["services"]["minio"]["volumes"] and "documents" in compose["volumes"]
    docs = list(yaml.safe_load_all((ROOT / "deploy/k8s/contacts.yaml").read_text()))
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    names = {e["name"]: e for e in container["env"]}
    assert names["CONTACTS_DOCUMENTS_BACKEND"]["value"] == "s3", "every replica reads every document"
    assert "secretKeyRef" in names["CONTACTS_S3_SECRET_ACCESS_KEY"]["valueFrom"]
