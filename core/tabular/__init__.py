"""Spreadsheets in and out of the admin: CSV and XLSX, read, validated, written.

- `reading.read_table(file)` turns an uploaded CSV (UTF-8 or Windows-1252,
  semicolon, comma or tab) or XLSX into a header and rows of strings.
- `importing.TabularImporter` declares the columns a spreadsheet must have,
  validates every row with a Django form, reports every bad row with its line
  number, and saves all rows in one transaction or none.
- `writing.csv_response` / `writing.xlsx_response` send a table as a download
  that French Excel opens by double-click, every cell through
  `neutralise_formula`; `views.FrenchExcelExportMixin` does the same for
  Wagtail's `list_export`.
- `views.SpreadsheetViewSetMixin` adds "Import", "Export CSV" and "Export
  XLSX" to a Wagtail snippet viewset: upload, preview, confirm.
"""
