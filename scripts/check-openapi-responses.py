#!/usr/bin/env python3
"""Checks recorded HTTP responses against the OpenAPI document.

usage: check-openapi-responses.py OPENAPI.json SAMPLES.json

SAMPLES.json is a list of {"path": "/v1/plans/{id}", "method": "get", "status": 200,
"contentType": "application/json", "body": <parsed JSON>}. Each body is validated (JSON Schema
2020-12, with the document's own $refs) against the schema the document gives for that path,
method, status and content type. Prints one line per failure and exits 1 if any.
"""
import json
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012


def pointer_token(text):
    return text.replace("~", "~0").replace("/", "~1")


def main():
    document = json.load(open(sys.argv[1]))
    samples = json.load(open(sys.argv[2]))
    registry = Registry().with_resource("urn:openapi", Resource(document, specification=DRAFT202012))
    failures = []
    for sample in samples:
        where = f"{sample['method'].upper()} {sample['path']} {sample['status']} {sample['contentType']}"
        try:
            document["paths"][sample["path"]][sample["method"]]["responses"][str(sample["status"])][
                "content"][sample["contentType"]]["schema"]
        except KeyError:
            failures.append(f"{where}: not described in the document")
            continue
        pointer = "/".join(pointer_token(part) for part in [
            "paths", sample["path"], sample["method"], "responses", str(sample["status"]), "content",
            sample["contentType"], "schema"])
        validator = Draft202012Validator({"$ref": f"urn:openapi#/{pointer}"}, registry=registry)
        for error in validator.iter_errors(sample["body"]):
            failures.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    for failure in failures:
        print(failure)
    print(f"{len(samples)} responses checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
