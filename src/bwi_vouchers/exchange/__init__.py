"""Spreadsheets with openpyxl: one column spec per sheet drives the template, the import and the export.

openpyxl is imported only here. Every text cell we write is an explicit string cell (never a formula),
and every workbook is written to a temporary file beside its target and then renamed.
"""
