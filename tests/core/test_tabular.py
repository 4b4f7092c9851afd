"""Spreadsheets in and out: reading CSV and XLSX, importing all or nothing, writing."""

import csv
import io

import pytest
from django import forms
from openpyxl import Workbook, load_workbook

from core.tabular import reading
from core.tabular.importing import Column, TabularImporter
from core.tabular.reading import UnreadableFile, read_table
from core.tabular.writing import csv_text, xlsx_bytes
from territory.models import Commune


class CommuneRowForm(forms.Form):
    name = forms.CharField(max_length=120)
    insee_code = forms.RegexField(r"^\d{5}$", error_messages={"invalid": "Five digits."})
    latitude = forms.FloatField(min_value=41, max_value=51.5)


class CommuneImporter(TabularImporter):
    columns = [
        Column("name", "Commune", "Its name", example="Melun"),
        Column("insee_code", "Code INSEE", "Five digits", example="77288"),
        Column("latitude", "Latitude", "Decimal degrees", example="48.54"),
    ]
    row_form = CommuneRowForm

    def save_row(self, data):
        Commune.objects.create(slug=data["insee_code"], postcode="77000", longitude=2.6, **data)


def xlsx(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_reads_a_semicolon_csv_with_a_byte_order_mark():
    table = read_table("\ufeffCommune;Code INSEE\nMelun;77288\n".encode())

    assert table.header == ["Commune", "Code INSEE"]
    assert [row.cells for row in table.rows] == [["Melun", "77288"]]


def test_reads_a_windows_1252_csv_from_old_spreadsheet_software():
    table = read_table("Commune,Code INSEE\nLe Mée-sur-Seine,77285\n".encode("cp1252"))

    assert table.rows[0].cells[0] == "Le Mée-sur-Seine"


def test_reads_an_xlsx_workbook_with_numbers_as_typed():
    table = read_table(
        xlsx([["Commune", "Code INSEE"], ["Melun", 77288], [None, None], ["Meaux", 77284.0]])
    )

    assert [row.cells for row in table.rows] == [["Melun", "77288"], ["Meaux", "77284"]]


def test_rows_keep_their_line_in_the_file_when_blank_lines_are_skipped():
    table = read_table(b"Commune\n\nMelun\n,\nMeaux\n")

    assert [(row.line, row.cells) for row in table.rows] == [(3, ["Melun"]), (5, ["Meaux"])]


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n", b"PK\x03\x04 not really a workbook"],
    ids=["empty", "blank", "damaged-xlsx"],
)
def test_unreadable_files_are_refused_with_a_reason(content):
    with pytest.raises(UnreadableFile):
        read_table(content)


def test_a_csv_cell_over_the_csv_limit_is_refused_with_its_line():
    with pytest.raises(UnreadableFile, match="Ligne 3\u00a0: une cellule dépasse 128 Ko"):
        read_table(b"Commune\nMelun\n" + b"x" * 140_000 + b"\n")


def test_reading_a_workbook_stops_at_the_first_row_past_the_limit(monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    read_cells = []
    monkeypatch.setattr(reading, "cell_text", lambda value: read_cells.append(value) or "x")
    content = xlsx([["Commune"]] + [["Melun"]] * 1000)

    with pytest.raises(UnreadableFile, match="plus de 5 lignes"):
        read_table(content)
    assert len(read_cells) == 7  # the header, five rows, and the one too many


def test_import_saves_every_row_when_all_are_valid(db):
    result = CommuneImporter().run(
        b"Commune;Code INSEE;Latitude\nMelun;77288;48.54\nMeaux;77284;48.96\n"
    )

    assert result.is_valid
    assert result.saved == 2
    assert sorted(Commune.objects.values_list("name", flat=True)) == ["Meaux", "Melun"]


def test_import_saves_nothing_and_names_every_bad_line(db):
    result = CommuneImporter().run(
        b"Commune;Code INSEE;Latitude\nMelun;77288;48.54\n;7728;48.9\nMeaux;77284;99\n"
    )

    assert not Commune.objects.exists()
    assert [error.line for error in result.errors] == [3, 4]
    assert any("Code INSEE" in message for message in result.errors[0].messages)
    assert any("Commune" in message for message in result.errors[0].messages)
    assert any("Latitude" in message for message in result.errors[1].messages)


def test_import_rolls_back_the_rows_saved_before_a_row_that_fails_to_save(db):
    Commune.objects.create(
        name="Meaux",
        slug="77284",
        insee_code="77999",
        postcode="77100",
        latitude=48.9,
        longitude=2.8,
    )
    result = CommuneImporter().run(
        b"Commune;Code INSEE;Latitude\nMelun;77288;48.54\nMeaux bis;77284;48.96\n"
    )

    assert not result.is_valid
    assert result.saved == 0
    assert not Commune.objects.filter(name="Melun").exists()


def test_import_matches_headers_without_case_or_accents_and_ignores_other_columns(db):
    result = CommuneImporter().run(b"COMMUNE,code insee,latitude,Remarque\nMelun,77288,48.54,ok\n")

    assert result.saved == 1


def test_import_refuses_a_file_without_a_required_column(db):
    result = CommuneImporter().run(b"Commune;Latitude\nMelun;48.54\n")

    assert result.errors[0].line == 1
    assert "Code INSEE" in result.errors[0].messages[0]
    assert not Commune.objects.exists()


def test_example_file_has_the_documented_header_and_an_example_row():
    rows = list(csv.reader(io.StringIO(CommuneImporter().example_csv()), delimiter=";"))

    assert rows == [["Commune", "Code INSEE", "Latitude"], ["Melun", "77288", "48.54"]]


def test_exports_make_formulas_inert():
    text = csv_text(["Nom"], [['=HYPERLINK("http://evil")'], ["Melun"]])
    workbook = load_workbook(io.BytesIO(xlsx_bytes(["Nom"], [["+33 1 64 14 77 77"]])))

    assert text.splitlines()[1].startswith("\"'=HYPERLINK")
    assert workbook.active["A2"].value == "'+33 1 64 14 77 77"


def test_an_unclosed_quote_in_a_small_csv_is_refused_with_its_line():
    with pytest.raises(UnreadableFile, match="Ligne 3"):
        read_table(b'Commune;Code INSEE\nMelun;77288\nMeaux;"77284\nProvins;77379\n')


def test_an_unclosed_quote_in_a_large_csv_is_refused_with_its_line():
    rows = b"Melun,77288\n" * 15_000
    with pytest.raises(UnreadableFile, match="Ligne 3"):
        read_table(b'Commune,Code INSEE\nMeaux,77284\nProvins,"77379\n' + rows)


def test_a_quoted_cell_over_several_lines_keeps_the_line_it_starts_on():
    table = read_table(b'Commune;Note\n"Melun";"two\nlines"\nMeaux;x\n')

    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ["Melun", "two\nlines"]),
        (4, ["Meaux", "x"]),
    ]
