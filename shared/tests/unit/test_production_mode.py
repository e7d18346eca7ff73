"""CRM_ENV=production refuses dev secrets, short secrets, the dev JWT key and a missing issuer, in every service."""

from __future__ import annotations

import base64

import pytest

from billing.config import Settings as BillingSettings
from contacts.config import Settings as ContactsSettings
from importer.config import Settings as ImporterSettings
from notifications.config import Settings as NotificationsSettings
from portal.config import Settings as PortalSettings
from shared.cli import run_service_cli
from shared.sealing import new_key
from shared.settings import ProductionConfigError, ServiceSettings

pytestmark = pytest.mark.usefixtures("no_service_env")
ALL = [ContactsSettings, PortalSettings, NotificationsSettings, ImporterSettings, BillingSettings]
STRONG = "s" * 40
# The secrets each service has, by field (besides the JWT settings every service needs).
SECRETS: dict[type[ServiceSettings], list[str]] = {
    ContactsSettings: ["signing_secret"],
    PortalSettings: ["document_signing_secret"],
    NotificationsSettings: ["unsubscribe_secret", "webhook_secret"],
    ImporterSettings: [],
    BillingSettings: [],
}
KEYRING = {"link_keys": {"2026-12": new_key()}, "link_key_id": "2026-12"}


def production(cls: type[ServiceSettings], **overrides: object) -> ServiceSettings:
    """Settings of a service as production would set them, with overrides."""
    values: dict[str, object] = {
        "crm_env": "production",
        "database_url": "postgresql+asyncpg://svc:a-real-password@db:5432/svc",
        "jwt_issuer": "http://keycloak:8080/auth/realms/crm",
        "jwt_jwks_url": "http://keycloak:8080/auth/realms/crm/protocol/openid-connect/certs",
        **{name: STRONG for name in SECRETS[cls]},
    }
    if cls in (PortalSettings, NotificationsSettings):
        values.update(KEYRING)
    values.update(overrides)
    return cls(**values)


@pytest.mark.parametrize("cls", ALL)
def test_production_settings_pass(cls):
    production(cls).check_production()


@pytest.mark.parametrize("cls", ALL)
def test_the_defaults_are_refused_naming_every_setting(cls, monkeypatch):
    monkeypatch.setenv("CRM_ENV", "production")
    settings = cls()
    assert settings.crm_env == "production", "CRM_ENV is read without the service's prefix"
    prefix = str(cls.model_config["env_prefix"])
    with pytest.raises(ProductionConfigError) as refused:
        settings.check_production()
    message = str(refused.value)
    expected = [f"{prefix}{name}".upper() for name in [*SECRETS[cls], "jwt_issuer", "jwt_jwks_url", "database_url"]]
    if cls in (PortalSettings, NotificationsSettings):
        expected.append(f"{prefix}LINK_KEYS")
    for env in expected:
        assert env in message, f"{env} not named in: {message}"
    monkeypatch.setenv("CRM_ENV", "development")
    cls().check_production()  # the same defaults start in development


@pytest.mark.parametrize(("cls", "name"), [(c, n) for c in ALL for n in SECRETS[c]])
def test_each_secret_is_refused_when_a_dev_value_or_short(cls, name):
    env = f"{cls.model_config['env_prefix']}{name}".upper()
    default = cls.model_fields[name].get_default().get_secret_value()
    for value, why in [(default, "a development default"), ("x" * 31, "shorter than 32 bytes")]:
        with pytest.raises(ProductionConfigError, match=f"{env} is {why}"):
            production(cls, **{name: value}).check_production()
    copied = "dev-contacts-signing-secret-change-me-but-long-enough"
    with pytest.raises(ProductionConfigError, match=f"{env} is a development default"):
        production(cls, **{name: copied}).check_production()


@pytest.mark.parametrize("cls", ALL)
def test_the_dev_jwt_key_and_a_missing_issuer_are_refused(cls):
    prefix = str(cls.model_config["env_prefix"])
    with pytest.raises(ProductionConfigError, match=f"{prefix}JWT_PUBLIC_KEY_PATH is set"):
        production(cls, jwt_public_key_path="/data/keys/jwt-public.pem").check_production()
    for name in ("jwt_issuer", "jwt_jwks_url", "jwt_audience"):
        with pytest.raises(ProductionConfigError, match=f"{prefix}{name.upper()} is missing"):
            production(cls, **{name: None if name != "jwt_audience" else ""}).check_production()


@pytest.mark.parametrize("cls", ALL)
def test_the_fault_route_is_refused(cls):
    prefix = str(cls.model_config["env_prefix"])
    with pytest.raises(ProductionConfigError, match=f"{prefix}FAULT_ROUTES is set"):
        production(cls, fault_routes=True).check_production()


@pytest.mark.parametrize("cls", [PortalSettings, NotificationsSettings])
def test_the_dev_sign_in_key_is_refused_even_beside_a_real_one(cls):
    prefix = str(cls.model_config["env_prefix"])
    keys = {"dev": cls.model_fields["link_keys"].get_default(call_default_factory=True)["dev"], "2026-12": new_key()}
    with pytest.raises(ProductionConfigError, match=f"{prefix}LINK_KEYS is a development default"):
        production(cls, link_keys=keys, link_key_id="2026-12").check_production()


@pytest.mark.parametrize("cls", [PortalSettings, NotificationsSettings])
def test_a_keyring_must_hold_32_byte_keys_and_its_current_id(cls):
    with pytest.raises(ValueError, match="32 bytes"):
        cls(link_keys={"k": base64.b64encode(b"short").decode()}, link_key_id="k")
    with pytest.raises(ValueError, match="is not in link_keys"):
        cls(link_keys={"k": new_key()}, link_key_id="other")


def test_billing_stripe_secrets_when_set_must_be_real():
    with pytest.raises(ProductionConfigError, match="BILLING_STRIPE_WEBHOOK_SECRET is shorter than 32 bytes"):
        production(BillingSettings, stripe_webhook_secret="whsec_short").check_production()
    production(BillingSettings, stripe_webhook_secret="whsec_" + "a" * 32).check_production()


def test_serve_refuses_to_start_with_a_message_naming_the_setting(capsys, tmp_path):
    def settings() -> NotificationsSettings:
        return production(NotificationsSettings, unsubscribe_secret="dev-unsubscribe-secret-change-me")  # type: ignore[return-value]

    with pytest.raises(SystemExit) as exited:
        run_service_cli(
            name="notifications",
            settings_factory=settings,
            container_factory=lambda s: pytest.fail("no container is built"),
            app_factory="notifications.bootstrap:create_app",
            migrations_dir=tmp_path,  # never reached: nothing is migrated either
            argv=["serve"],
        )
    assert exited.value.code == 2
    assert "NOTIFICATIONS_UNSUBSCRIBE_SECRET is a development default" in capsys.readouterr().err


def test_the_app_factory_refuses_too():
    from notifications.bootstrap import create_app

    with pytest.raises(ProductionConfigError, match="NOTIFICATIONS_WEBHOOK_SECRET"):
        create_app(production(NotificationsSettings, webhook_secret="short"))  # type: ignore[arg-type]
