"""XLSX bombs are refused from the zip directory before anything is inflated; reading a workbook is time-bound."""

from __future__ import annotations

import time

import pytest

from importer.adapters import files
from importer.adapters.readers import TooSlow, read_rows


def stored(tmp_path, data: bytes):
    path = tmp_path / "book.upload"
    path.write_bytes(data)
    return path


def test_a_bomb_is_refused_by_its_compression_ratio_naming_the_file(tmp_path, workbooks):
    path = stored(tmp_path, workbooks.bomb())
    started = time.monotonic()
    with pytest.raises(files.FileRefused) as refused:
        files.check_workbook(path, max_inflated=10**9, max_ratio=100)
    assert time.monotonic() - started < 0.5, "decided from the directory, nothing inflated"
    (detail,) = refused.value.detail()
    assert detail["loc"] == ["body", "file"] and detail["ctx"]["reason"] == "compression_ratio"
    assert detail["ctx"]["ratio"] > 100 and "zip bomb" in detail["msg"]


def test_a_workbook_inflating_past_the_cap_is_413_with_the_limit(tmp_path, workbooks):
    path = stored(tmp_path, workbooks.bomb(inflated=3 * 1024 * 1024))
    with pytest.raises(files.WorkbookTooLarge) as too_large:
        files.check_workbook(path, max_inflated=2 * 1024 * 1024, max_ratio=10_000)
    assert too_large.value.status_code == 413
    (detail,) = too_large.value.detail()
    assert detail["loc"] == ["body", "file"] and detail["ctx"]["limit"] == 2 * 1024 * 1024


def test_an_ordinary_workbook_passes_and_a_damaged_one_is_refused(tmp_path, workbooks):
    files.check_workbook(stored(tmp_path, workbooks.plain()), max_inflated=10**9, max_ratio=100)
    with pytest.raises(files.FileRefused, match="cannot be read"):
        files.check_workbook(stored(tmp_path, b"PK\x03\x04 not really a zip"), max_inflated=10**9, max_ratio=100)


def test_reading_a_workbook_stops_at_its_time_bound(tmp_path, workbooks):
    path = stored(tmp_path, workbooks.blank_rows(300_000))
    started = time.monotonic()
    with pytest.raises(TooSlow) as slow:
        list(read_rows(path, "xlsx", "", "", time_limit_s=0.2))
    assert time.monotonic() - started < 1.5
    assert slow.value.detail()[0]["loc"] == ["body", "file"] and slow.value.ctx["limit_s"] == 0.2


def test_a_wrong_declared_dimension_neither_hides_rows_nor_pads_them(tmp_path, workbooks):
    data = workbooks.edit_sheet(workbooks.plain(), b'<dimension ref="A1:C2" />', b'<dimension ref="A1:A1" />')
    assert list(read_rows(stored(tmp_path, data), "xlsx", "", "")) == [
        (1, ["First name", "Last name", "Email"]),
        (2, ["Ann", "Lee", "ann@book.fr"]),
    ]
