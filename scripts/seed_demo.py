"""Demo data: a demo facility with a few customers, created through the gateway like a user would."""

import os
import uuid
from pathlib import Path

import httpx

from shared.devcli import ensure_keys, mint

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


def main() -> None:
    """Create the demo customers once, and write an owner token for the demo facility."""
    data = Path(os.environ.get("CRM_DATA_DIR", ".data"))
    private, _ = ensure_keys(data / "keys")
    token = mint(private.read_text(), sub="demo-owner@example.com", role="owner", facilities=[str(DEMO_FACILITY)])
    (data / "demo-token.txt").write_text(token + "\n")
    gateway = f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}/api/contacts"
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=gateway, headers=headers, timeout=10) as client:
        existing = client.get("/customers", params={"limit": 1})
        existing.raise_for_status()
        if existing.json()["items"]:
            print("demo data already present")
            return
        for first, last, company, email, phone, language in PEOPLE:
            body = {"first_name": first, "last_name": last, "company": company, "email": email, "phone": phone}
            response = client.post("/customers", json={**body, "language": language})
            if response.status_code != 201:
                raise SystemExit(f"demo customer {first} {last} refused: {response.status_code} {response.text}")
    print(f"demo data: {len(PEOPLE)} customers in facility {DEMO_FACILITY}")


if __name__ == "__main__":
    main()
