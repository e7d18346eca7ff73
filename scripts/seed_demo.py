"""Demo data: a demo facility with a few customers, created through the gateway like a user would."""

import os
import time
import uuid
from pathlib import Path

import httpx

from crm_dev.cli import ensure_keys, mint

DEMO_FACILITY = uuid.uuid5(uuid.NAMESPACE_URL, "storage-crm/demo-facility")
PEOPLE = [
    ("Camille", "Dubois", "Garage Dubois", "camille.dubois@example.fr", "06 12 34 56 78", "fr"),
    ("Hugo", "Lefèvre", None, "hugo.lefevre@example.fr", "+33 6 98 76 54 32", "fr"),
    ("Emma", "Moreau", "Moreau Classic Cars", "emma@moreau-classics.example", "07 81 22 33 44", "fr"),
    ("Oliver", "Smith", "Smith & Sons Storage", "oliver.smith@example.com", "+44 20 7946 0958", "en"),
    ("Chloé", "Laurent", None, "chloe.laurent@example.fr", "06 55 44 33 22", "fr"),
    ("Liam", "Brown", None, "liam.brown@example.com", "+1 415 555 2671", "en"),
    ("Manon", "Girard", "Atelier Girard", "manon@atelier-girard.example", "06 01 02 03 04", "fr"),
    ("Noah", "Martin", None, "noah.martin@example.fr", "07 98 87 76 65", "fr"),
]
# The demo Shop: what a car-storage facility typically sells besides the space (prices before tax, in cents).
PRODUCTS = [
    ("Lavage complet", "Extérieur et intérieur, à la main, avant la remise du véhicule.", 4_500, "service"),
    ("Charge de batterie", "Maintien de charge pendant tout le stockage.", 2_500, "service"),
    ("Housse de protection", "Housse respirante sur mesure, à garder.", 12_000, "product"),
    ("Préparation au départ", "Pression des pneus, niveaux et essai routier court.", 6_000, "service"),
]


def main() -> None:
    """Create the demo customers and their rentals once, and write an owner token for the demo facility."""
    data = Path(os.environ.get("CRM_DATA_DIR", ".data"))
    private, _ = ensure_keys(data / "keys")
    token = mint(private.read_text(), sub="demo-owner@example.com", role="owner", facilities=[str(DEMO_FACILITY)])
    (data / "demo-token.txt").write_text(token + "\n")
    root = f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}/api"
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=f"{root}/contacts", headers=headers, timeout=10) as client:
        profile = {"default_country": "FR", "name": "Demo facility", "language": "fr", "time_zone": "Europe/Paris"}
        client.put("/settings/facility", json=profile).raise_for_status()
        customers = _by_email(client)
        for first, last, company, email, phone, language in PEOPLE:
            if email in customers:
                continue
            body = {"first_name": first, "last_name": last, "company": company, "email": email, "phone": phone}
            response = client.post("/customers", json={**body, "language": language})
            if response.status_code != 201:
                raise SystemExit(f"demo customer {first} {last} refused: {response.status_code} {response.text}")
            customers[email] = response.json()["id"]
    with httpx.Client(base_url=f"{root}/billing", headers=headers, timeout=10) as billing:
        billing.put(
            "/settings", json={"currency": "EUR", "tax_rate_bp": 2000, "payment_terms_days": 14}
        ).raise_for_status()
        for i, person in enumerate(PEOPLE[:4]):
            customer = customers[person[3]]
            _wait_known(billing, customer)
            if billing.get("/rentals", params={"customer_id": customer}).json()["items"]:
                continue
            rental = {"customer_id": customer, "space": f"Bay {i + 1}", "price_minor": 15_000 + 2_500 * i}
            billing.post("/rentals", json=rental).raise_for_status()
        offered = {p["name"] for p in billing.get("/products", params={"limit": 200}).json()["items"]}
        for name, description, price, kind in PRODUCTS:
            if name not in offered:
                item = {"name": name, "description": description, "price_minor": price, "kind": kind}
                billing.post("/products", json=item).raise_for_status()
    print(f"demo data: {len(PEOPLE)} customers in facility {DEMO_FACILITY}, 4 renting, {len(PRODUCTS)} products")


def _by_email(client: httpx.Client) -> dict[str, str]:
    """Every customer of the demo facility by email (tests add many more than a page of them)."""
    found: dict[str, str] = {}
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 100, "sort": "email", **({"cursor": cursor} if cursor else {})}
        page = client.get("/customers", params=params)
        page.raise_for_status()
        body = page.json()
        found.update({c["email"]: c["id"] for c in body["items"] if c.get("email")})
        cursor = body.get("next_cursor")
        if not cursor:
            return found


def _wait_known(billing: httpx.Client, customer: str) -> None:
    """Billing learns customers from contacts' events: poll until this one has arrived."""
    deadline = time.monotonic() + 30
    while billing.get(f"/customers/{customer}/balance").status_code != 200:
        if time.monotonic() > deadline:
            raise SystemExit(f"billing did not learn customer {customer} within 30 s")
        time.sleep(0.1)


if __name__ == "__main__":
    main()
