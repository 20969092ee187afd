#!/usr/bin/env python3
"""Validates every fact file against facts/factbase.schema.json, as the YAML language server would.

Usage: python3 .ci/validate-facts-schema.py [FOLDER...]   (default: facts/)
Needs PyYAML and jsonschema. Exit code 0 when every document is valid, 1 otherwise.

YAML is read as YAML 1.2 (what the YAML language server and the FactBase parser use): unquoted
1949-04-04 stays a string (PyYAML's YAML 1.1 would turn it into a date) and only true/false are
booleans (not yes/no/on/off).
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    pass


# Drop YAML 1.1 timestamps and yes/no/on/off booleans; keep true/false.
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for first in "tTfF":
    Yaml12Loader.yaml_implicit_resolvers.setdefault(first, []).append(
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "facts", "factbase.schema.json")


def main(folders):
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    files = errors = documents = 0
    for folder in folders:
        for dirpath, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith((".yaml", ".yml")):
                    continue
                path = os.path.join(dirpath, name)
                files += 1
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                expected = os.path.relpath(SCHEMA_PATH, os.path.dirname(os.path.abspath(path))).replace(os.sep, "/")
                first = text.splitlines()[0] if text else ""
                if first != f"# yaml-language-server: $schema={expected}":
                    errors += 1
                    print(f"{path}(1,1): error: first line must be '# yaml-language-server: $schema={expected}'")
                for index, document in enumerate(yaml.load_all(text, Loader=Yaml12Loader)):
                    if document is None:
                        continue
                    documents += 1
                    best = jsonschema.exceptions.best_match(validator.iter_errors(document))
                    if best is not None:
                        errors += 1
                        where = "/".join(str(p) for p in best.absolute_path)
                        print(f"{path}: error: document {index + 1}, at '{where}': {best.message}")
    print(f"{files} files, {documents} documents, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [os.path.join(ROOT, "facts")]))
