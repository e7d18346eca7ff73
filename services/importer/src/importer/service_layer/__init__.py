"""importer service layer."""
