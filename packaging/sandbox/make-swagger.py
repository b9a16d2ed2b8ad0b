#!/usr/bin/env python3
"""Converts the Magento 2.4.5 admin schema (an OpenAPI 3 conversion of Magento's Swagger 2.0 output, kept in
../shared/fixtures) back to Swagger 2.0, as Magento serves it at /rest/<store>/schema.

The sandbox embeds the result (resources/sandbox/magento-2.4.5-swagger.json, compiled into studio_sandbox with
qt_add_resources) and, per request, keeps only the operations it serves and the caller may access, plus the
definitions they reference. The runtime never reads ../shared.

Usage: packaging/sandbox/make-swagger.py [FIXTURE] [OUTPUT]
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_FIXTURE = ROOT.parent / "shared" / "fixtures" / "magento-2.4.5-admin-openapi.json"
DEFAULT_OUTPUT = ROOT / "resources" / "sandbox" / "magento-2.4.5-swagger.json"


def convert_refs(node):
    """#/components/schemas/X -> #/definitions/X everywhere."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = value.replace("#/components/schemas/", "#/definitions/")
            else:
                out[key] = convert_refs(value)
        return out
    if isinstance(node, list):
        return [convert_refs(item) for item in node]
    return node


def json_schema(content):
    """The application/json schema of an OpenAPI 3 content map."""
    if not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    return media.get("schema")


def convert_parameter(parameter):
    """OpenAPI 3 non-body parameter -> Swagger 2.0 (type and items inline)."""
    out = {key: value for key, value in parameter.items() if key != "schema"}
    schema = parameter.get("schema", {})
    for key in ("type", "format", "items", "enum", "default"):
        if key in schema:
            out[key] = schema[key]
    return out


def convert_operation(operation, request_bodies):
    out = {}
    for key in ("tags", "description", "operationId", "summary"):
        if key in operation:
            out[key] = operation[key]
    parameters = [convert_parameter(p) for p in operation.get("parameters", [])]
    body = operation.get("requestBody")
    if body is not None:
        if "$ref" in body:
            body = request_bodies[body["$ref"].rsplit("/", 1)[1]]
        schema = json_schema(body.get("content"))
        name = (operation.get("operationId") or "operation") + "Body"
        parameters.append({"name": name, "in": "body", "required": bool(body.get("required", True)),
                           "schema": schema})
    if parameters:
        out["parameters"] = parameters
    responses = {}
    for code, response in operation.get("responses", {}).items():
        converted = {"description": response.get("description", "")}
        schema = json_schema(response.get("content"))
        if schema is not None:
            converted["schema"] = schema
        responses[code] = converted
    out["responses"] = responses
    return convert_refs(out)


def convert(openapi):
    components = openapi.get("components", {})
    request_bodies = components.get("requestBodies", {})
    paths = {}
    for path, operations in openapi["paths"].items():
        paths[path] = {method: convert_operation(operation, request_bodies)
                       for method, operation in operations.items()}
    return {
        "swagger": "2.0",
        "info": {"version": "2.4", "title": "Magento Community"},
        "host": "localhost",
        "basePath": "/rest/default",
        "schemes": ["http"],
        "tags": openapi.get("tags", []),
        "paths": paths,
        "definitions": convert_refs(components.get("schemas", {})),
    }


def main():
    fixture = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FIXTURE
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    swagger = convert(json.loads(fixture.read_text(encoding="utf-8")))
    output.parent.mkdir(parents=True, exist_ok=True)
    # One key per line, sorted: regenerating after a fixture update gives a readable diff.
    output.write_text(json.dumps(swagger, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{output}: {len(swagger['paths'])} paths, {len(swagger['definitions'])} definitions")


if __name__ == "__main__":
    main()
