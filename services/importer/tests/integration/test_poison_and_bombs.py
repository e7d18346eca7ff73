"""Poisoned cells become row errors, rows contacts refuses fail alone, the job completes; XLSX bombs are refused."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import time
from pathlib import Path

import pytest

from crm_dev.testing import running_app
from importer.bootstrap import create_app as create_importer
from importer.config import Settings
from shared import limits
from shared.csvsafe import FORMULA_START

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration


@pytest.fixture
def big_settings(importer_db, settings_for, tmp_path):
    """Uploads of a few MB, workbooks capped at 8 MB inflated and read within 2 s."""
    return settings_for(
        Settings,
        importer_db,
        uploads_dir=str(tmp_path / "uploads"),
        max_upload_bytes=4 * 1024 * 1024,
        xlsx_max_inflated_bytes=8 * 1024 * 1024,
        xlsx_head_timeout_s=2.0,
        chunk_rows=50,
        relay_poll_interval_s=0.2,
        runner_poll_s=0.2,
    )


@pytest.fixture
async def big(big_settings):
    async with running_app(create_importer(big_settings)) as client:
        yield client


def _poison_spool(uploads: Path) -> None:
    """Put a NUL in one validated row of the job's spool, as a row that passed an older importer."""
    (spool,) = uploads.glob("*.chunks")
    spool.write_text(spool.read_text().replace('"last_name":"L7"', '"last_name":"L\\u00007"'))


def poisoned_csv() -> bytes:
    """Over 64 KiB of good rows, then a NUL, a control character in an unmapped column, an over-long name."""
    lines = ["First name,Last name,Email,Misc"]
    lines += [f"F{i},L{i},p{i}@poison.fr,ok" for i in range(2500)]
    lines.append("Nul,Na\x00me,nul@poison.fr,ok")
    lines.append("Bell,Ring,bell@poison.fr,ding\x07")
    lines.append(f"{'x' * (limits.NAME_MAX + 1)},Long,long@poison.fr,ok")
    lines.append('=HYPERLINK("http://evil"),@SUM(A1),a;=cmd,-2+3')  # invalid email: echoed in errors.csv
    data = ("\r\n".join(lines) + "\r\n").encode()
    assert data.index(b"\x00") > 64 * 1024
    return data


async def test_control_characters_after_64_kib_and_long_cells_are_row_errors_and_the_job_completes(
    big, big_settings, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    created = await upload(big, owner, poisoned_csv())
    assert created.status_code == 201, created.text
    job = await wait_status(big, owner, created.json()["id"], "ready")
    assert job["rows"] == {"total": 2504, "valid": 2500, "rejected": 4}
    assert job["summary"]["errors"] == {
        "last_name:control_character": 1,
        "Misc:control_character": 1,
        "first_name:too_long": 1,
        "email:invalid_email": 1,
    }

    # A row the importer passed but contacts cannot store (as if validated by an older importer): it fails alone.
    await asyncio.to_thread(_poison_spool, Path(big_settings.uploads_dir))
    confirmed = await big.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    assert confirmed.status_code == 202, confirmed.text
    done = await wait_status(big, owner, job["id"], "completed", timeout=60)
    assert (done["progress"]["created"], done["progress"]["failed"]) == (2499, 1)

    report = await big.get(f"/imports/{job['id']}/errors.csv", headers=owner)
    table = list(csv.reader(io.StringIO(report.text)))
    by_row = {line[0]: line for line in table[1:]}
    assert set(by_row) == {"9", "2502", "2503", "2504", "2505"}
    assert (by_row["9"][1], "last_name" in by_row["9"][2]) == ("apply", True)
    assert "column 'Last name' contains a control character (U+0000)" in by_row["2502"][2]
    assert "column 'Misc'" in by_row["2503"][2] and "longer than 200" in by_row["2504"][2]
    assert by_row["2505"][3:] == ['\'=HYPERLINK("http://evil")', "'@SUM(A1)", "a;'=cmd", "'-2+3"]
    assert not [p for line in table for cell in line for p in cell.split(";") if p.startswith(FORMULA_START)]


async def test_xlsx_bombs_are_refused_at_upload_naming_the_file_and_leave_nothing(
    big, big_settings, token_for, facility, workbooks
):
    owner = token_for("owner", facility)
    cases = [
        (workbooks.bomb(inflated=6 * 1024 * 1024), 422, "unsupported_file", "zip bomb"),
        (workbooks.bomb(), 413, "too_large", "inflates"),  # 29 MB from about 30 KB: over the cap
        (_incompressible_inflating_past(9 * 1024 * 1024, workbooks), 413, "too_large", "inflates"),
    ]
    for body, status, kind, says in cases:
        started = time.monotonic()
        refused = await upload(big, owner, body, filename="bomb.xlsx")
        assert refused.status_code == status, refused.text
        (detail,) = refused.json()["detail"]
        assert (detail["loc"], detail["type"]) == (["body", "file"], kind) and says in detail["msg"]
        assert time.monotonic() - started < 8
    assert os.listdir(big_settings.uploads_dir) == []
    assert (await big.get("/imports", headers=owner)).json()["items"] == []


async def test_a_workbook_too_slow_to_read_is_refused_in_time(big_settings, token_for, facility, workbooks):
    # A bound well below what 400,000 blank rows take on any machine (about 1 s on a quiet one), so the refusal
    # does not depend on how fast this machine is; the app then shuts down at once (the reader stops at the bound).
    quick = big_settings.model_copy(update={"xlsx_head_timeout_s": 0.25})
    async with running_app(create_importer(quick)) as client:
        started = time.monotonic()
        refused = await upload(client, token_for("owner", facility), workbooks.blank_rows(400_000), filename="b.xlsx")
        assert refused.status_code == 422 and refused.json()["detail"][0]["type"] == "too_slow"
        assert time.monotonic() - started < 5


def _incompressible_inflating_past(size: int, workbooks) -> bytes:
    """A workbook whose parts inflate past `size` at an ordinary ratio (random text in an unused part)."""
    import random
    import zipfile

    out = io.BytesIO()
    text = "".join(random.choices("ACGT", k=size)).encode()  # about 4 times smaller deflated: no bomb
    with zipfile.ZipFile(io.BytesIO(workbooks.plain())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in source.namelist():
            z.writestr(name, source.read(name))
        z.writestr("xl/padding.xml", text)
    return out.getvalue()


async def test_a_control_character_in_a_workbook_cell_is_that_rows_error(big, token_for, facility, workbooks):
    owner = token_for("owner", facility)
    rows = (("First name", "Last name", "Email"), ("Ann", "Lee", "ann@c1.fr"), ("Bob", "R\x85ay", "bob@c1.fr"))
    created = await upload(big, owner, workbooks.plain(rows), filename="c1.xlsx")
    assert created.status_code == 201, created.text
    job = await wait_status(big, owner, created.json()["id"], "ready")
    assert job["rows"] == {"total": 2, "valid": 1, "rejected": 1}
    assert job["summary"]["errors"] == {"last_name:control_character": 1}
