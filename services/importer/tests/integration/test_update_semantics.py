"""Update modes change only what a file gives; the preview says per row what the mode will do; every field imports."""

from __future__ import annotations

import pytest

from crm_dev.testing import eventually

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration

FULL = {
    "first_name": "Old", "last_name": "Name", "email": "keep@upd.fr", "phone": "+33612345678", "company": "Garage",
    "language": "en", "tags": ["vip"], "birthday": "1980-12-31", "notes": "call mornings",
    "address": {"line1": "1 rue de la Paix", "city": "Paris", "postal_code": "75002"},
}  # fmt: skip


async def _ready_when_known(importer, owner, body: bytes, known: int) -> dict:
    """Upload until the importer's view of existing customers has caught up (then the job is ready)."""

    async def attempt():
        job = (await upload(importer, owner, body)).json()
        ready = await wait_status(importer, owner, job["id"], "ready")
        if ready["summary"]["matches_existing"] == known:
            return ready
        await importer.post(f"/imports/{job['id']}/cancel", headers=owner)
        return None

    return await eventually(attempt, timeout=30, what="the importer's view of existing customers")


async def test_update_modes_change_only_mapped_non_blank_columns_and_the_preview_shows_it(
    importer, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    made = await contacts.post("/customers", json=FULL, headers=owner)
    assert made.status_code == 201, made.text
    customer_id = made.json()["id"]
    # Only names, email and phone; the phone cell is blank; a second row is unknown.
    body = b"First name,Last name,Email,Phone\r\nNew,Name,KEEP@upd.fr,\r\nGhost,Row,ghost@upd.fr,0611223344\r\n"
    job = await _ready_when_known(importer, owner, body, known=1)

    for mode, actions in (
        ("create", ["skip", "create"]),
        ("update", ["update", "skip"]),
        ("upsert", ["update", "create"]),
    ):
        preview = (await importer.get(f"/imports/{job['id']}/preview", params={"mode": mode}, headers=owner)).json()
        assert [r["action"] for r in preview["rows"]] == actions, mode
    preview = (await importer.get(f"/imports/{job['id']}/preview", params={"mode": "update"}, headers=owner)).json()
    assert preview["rows"][0]["changes"] == [{"field": "first_name", "from": "Old", "to": "New"}]
    assert preview["rows"][1]["reason"] == "no customer with this email"
    assert preview["dry_run"] == {"create": 0, "update": 1, "skip": 1, "reject": 0}

    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "update"}, headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    assert (done["progress"]["updated"], done["progress"]["skipped"], done["progress"]["created"]) == (1, 1, 0)
    after = (await contacts.get(f"/customers/{customer_id}", headers=owner)).json()
    assert after["first_name"] == "New"
    kept = {k: after[k] for k in FULL if k != "first_name"}
    assert kept == {k: v for k, v in FULL.items() if k != "first_name"} | {"email": "keep@upd.fr"}

    # The same file again changes nothing: the row is skipped as unchanged, not counted as updated.
    again = b"First name;Last name;Email\r\nNew;Name;keep@upd.fr\r\n"
    job = await _ready_when_known(importer, owner, again, known=1)
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "upsert"}, headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    assert (done["progress"]["updated"], done["progress"]["skipped"]) == (0, 1)
    assert (await contacts.get(f"/customers/{customer_id}", headers=owner)).json()["version"] == after["version"]

    # "Blank cells clear values": the mapped, blank company and phone are cleared; unmapped fields stay.
    clearing = b"First name,Last name,Email,Company,Phone\r\nNew,Name,keep@upd.fr,,\r\n"
    job = await _ready_when_known(importer, owner, clearing, known=1)
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "update", "blank_clears": True}, headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    assert done["progress"]["updated"] == 1 and done["blank_clears"] is True
    cleared = (await contacts.get(f"/customers/{customer_id}", headers=owner)).json()
    assert (cleared["company"], cleared["phone"], cleared["language"], cleared["tags"]) == (None, None, "en", ["vip"])
    assert cleared["address"] == FULL["address"] and cleared["birthday"] == FULL["birthday"]


async def test_address_notes_tags_and_crm_fields_import_from_french_and_crm_export_headers(
    importer, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    made = await contacts.post("/settings/crm/stages", json={"name": "Prospect"}, headers=owner)
    assert made.status_code == 201, made.text
    french = (
        "Prénom;Nom;E-mail;Adresse;Code postal;Ville;Pays;Remarques;Étiquettes;Étape;Origine;Type de client;Langue\r\n"
        "Zoé;Lefèvre;zoe@fields.fr;3 place Bellecour;69002;Lyon;France;Client fidèle;vip, hiver;prospect;Salon;"
        "Collectionneur;anglais\r\n"
    ).encode()
    job = (await upload(importer, owner, french)).json()
    assert set(job["mapping"]) >= {"address_line1", "postal_code", "city", "country", "notes", "stage", "source"}
    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    assert (await wait_status(importer, owner, job["id"], "completed"))["progress"]["created"] == 1
    crm = (await contacts.get("/settings/crm", headers=owner)).json()
    ids = {kind: {o["name"]: o["id"] for o in options} for kind, options in crm.items()}
    zoe = (await contacts.get("/customers", params={"q": "zoe@fields.fr"}, headers=owner)).json()["items"][0]
    assert zoe["address"] == {"line1": "3 place Bellecour", "postal_code": "69002", "city": "Lyon", "country": "FR"}
    assert (zoe["notes"], zoe["tags"], zoe["language"]) == ("Client fidèle", ["hiver", "vip"], "en")
    assert zoe["stage_id"] == ids["stages"]["Prospect"]  # matched case-insensitively, not added twice
    assert (zoe["source_id"], zoe["customer_type_ids"]) == (
        ids["sources"]["Salon"],
        [ids["customer_types"]["Collectionneur"]],
    )

    hubspot = b"First Name,Last Name,Email,Company Name,Mobile Phone,Lifecycle Stage,Street Address,ZIP,City\r\n"
    hubspot += b"Al,Ray,al@fields.fr,Ray SARL,06 11 22 33 44,Prospect,9 Main St,10001,Lyon\r\n"
    job = (await upload(importer, owner, hubspot)).json()
    assert job["mapping"] == {
        "first_name": "First Name", "last_name": "Last Name", "email": "Email", "company": "Company Name",
        "phone": "Mobile Phone", "stage": "Lifecycle Stage", "address_line1": "Street Address",
        "postal_code": "ZIP", "city": "City",
    }  # fmt: skip
    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    await wait_status(importer, owner, job["id"], "completed")
    al = (await contacts.get("/customers", params={"q": "al@fields.fr"}, headers=owner)).json()["items"][0]
    assert (al["company"], al["phone"], al["stage_id"]) == ("Ray SARL", "+33611223344", ids["stages"]["Prospect"])
