#!/usr/bin/env python3
"""Regenerates Sources/FieldPlanService/OpenAPIDocument.swift from docs/openapi.json.

docs/openapi.json is the API's description; the service embeds it so that `/openapi.json` works
wherever the binary is copied. OpenAPIDocumentTests fails when the two differ.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
document = json.loads((root / "docs/openapi.json").read_text())
text = json.dumps(document, indent=2, sort_keys=True)
lines = "".join(f"    {line}\n" for line in text.split("\n"))
(root / "Sources/FieldPlanService/OpenAPIDocument.swift").write_text(
    "/// The OpenAPI 3.1 document of the service (kept equal to `docs/openapi.json` by a test;\n"
    "/// regenerate with `scripts/embed-openapi.py`).\n"
    "enum OpenAPIDocument {\n"
    "    /// The document's JSON text.\n"
    '    static let text = #"""\n'
    f"{lines}"
    '    """#\n'
    "}\n")
