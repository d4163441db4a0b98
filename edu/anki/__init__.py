"""Anki export: note types (models.py), item -> fields (fields.py), package writing (export.py)."""

from edu.anki.export import AnkiExport, build_package, export_apkg, package_bytes

__all__ = ["AnkiExport", "build_package", "export_apkg", "package_bytes"]
