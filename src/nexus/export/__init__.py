"""Exports and interoperability: STIX 2.1, GraphML/GEXF, CSV and JSON Lines (with import).

Every exporter takes an open connection (one transaction, so one consistent
view of the store), writes as it reads, page by page, and takes an optional
``ExportScope`` (time window, minimum independent sources, an entity's
neighbourhood) and a ``progress(n)`` callback:

    import nexus
    from nexus.export import ExportScope, export_stix
    with nexus.open("kb.db") as kb, kb.store.connect() as connection, open("kb.json", "w") as out:
        export_stix(connection, out, ExportScope(min_sources=2))

``import_jsonl(store, lines)`` reads a JSON Lines export back into a store.
"""

from nexus.export.graph import export_gexf, export_graphml
from nexus.export.jsonl import ImportFormatError, ImportSummary, export_jsonl, import_jsonl
from nexus.export.selection import ExportScope, Selection, confidence
from nexus.export.stix import export_stix, stix_id
from nexus.export.tables import export_csv

__all__ = [
    "ExportScope",
    "ImportFormatError",
    "ImportSummary",
    "Selection",
    "confidence",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_jsonl",
    "export_stix",
    "import_jsonl",
    "stix_id",
]
