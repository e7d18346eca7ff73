"""Fixtures of the importer tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest


@pytest.fixture(scope="session")
async def importer_db() -> AsyncIterator[str]:
    """A migrated importer database for this run."""
    from crm_dev.testing import drop_database, migrated_database
    from importer.entrypoints.cli import MIGRATIONS

    url = await migrated_database("importer", MIGRATIONS)
    yield url
    await drop_database(url)


class Workbooks:
    """XLSX files built for a test: ordinary, a zip bomb, or with raw XML in the sheet."""

    ROWS = (("First name", "Last name", "Email"), ("Ann", "Lee", "ann@book.fr"))

    @staticmethod
    def plain(rows: tuple[tuple[object, ...], ...] = ROWS) -> bytes:
        """A small valid workbook."""
        import io

        import openpyxl

        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    @staticmethod
    def edit_sheet(data: bytes, old: bytes, new: bytes) -> bytes:
        """The workbook with `old` replaced by `new` in its first sheet, deflated again."""
        import io
        import zipfile

        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                part = source.read(name)
                if name == "xl/worksheets/sheet1.xml":
                    assert old in part
                    part = part.replace(old, new)
                target.writestr(name, part)
        return out.getvalue()

    def bomb(self, inflated: int = 29 * 1024 * 1024) -> bytes:
        """About 30 KB that inflates to `inflated` bytes: whitespace between rows, valid XML all along."""
        return self.edit_sheet(self.plain(), b"</sheetData>", b" " * inflated + b"</sheetData>")

    def blank_rows(self, count: int) -> bytes:
        """The header, `count` empty rows, then one data row: a modest file that is slow to read row by row."""

        def row(number: int, values: tuple[object, ...]) -> bytes:
            cells = "".join(
                f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values)
            )
            return f'<row r="{number}">{cells}</row>'.encode()

        header, first = self.ROWS
        blank = b"".join(b'<row r="%d"/>' % n for n in range(2, count + 2))
        data = self.plain(((),))
        return self.edit_sheet(
            data,
            b"<sheetData></sheetData>",
            b"<sheetData>" + row(1, header) + blank + row(count + 2, first) + b"</sheetData>",
        )


@pytest.fixture
def workbooks() -> Workbooks:
    """Builders of test workbooks."""
    return Workbooks()
