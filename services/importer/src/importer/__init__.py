"""Spreadsheet imports: mapping, validation, preview, background jobs, undo"""
