"""Spreadsheets in and out of the admin: CSV and XLSX, read, validated, written.

- `reading.read_table(file)` turns an uploaded CSV (UTF-8, comma or
  semicolon) or XLSX into a header and rows of strings.
- `importing.TabularImporter` declares the columns a spreadsheet must have,
  validates every row with a Django form, reports every bad row with its line
  number, and saves all rows in one transaction or none.
- `writing.csv_response` / `writing.xlsx_response` send a table as a download.
- `views.SpreadsheetViewSetMixin` adds "Import", "Export CSV" and "Export
  XLSX" to a Wagtail snippet viewset: upload, preview, confirm.
"""
