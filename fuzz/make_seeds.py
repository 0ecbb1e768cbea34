#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/ from the project's own descriptions: one request per
operation in server/openapi.json (bodies built from their schemas), the survey's filters and
answers from its definition, identity numbers and dates at their edges. Run after adding
endpoints; the files are committed."""
import hashlib
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "fuzz" / "corpus"
api = json.loads((root / "server" / "openapi.json").read_text())
schemas = api["components"]["schemas"]


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def example(schema, depth=0):
    if "$ref" in schema:
        schema = schemas[schema["$ref"].split("/")[-1]]
    if depth > 4:
        return None
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            return example(schema[key][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        return {name: example(sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {}), depth + 1)]
    if kind == "integer":
        return max(schema.get("minimum", 1), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date":
        return "2026-11-24"
    if schema.get("format") == "date-time":
        return "2026-11-24T10:00:00.000Z"
    return "Tekst"


# fuzz_api: byte 0 is who is logged in (0 nobody, 1 veileder, 2 leder, 3 administrator,
# 4 analytiker, 5 tilbyder); then "METHOD TARGET\nBODY".
for path, operations in api["paths"].items():
    for method, operation in operations.items():
        if method not in ("get", "post", "put", "patch", "delete"):
            continue
        target = path
        for name in ("officeId", "userId", "personId", "requestId", "caseId", "stayId", "decisionId",
                     "providerId", "unitId", "agreementId", "inspectionId", "deviationId", "roundId",
                     "responseId", "entryId", "recordId", "noteId", "itemId", "placementId"):
            target = target.replace("{" + name + "}", "1")
        while "{" in target:
            start = target.index("{")
            target = target[:start] + "1" + target[target.index("}") + 1:]
        query = [p for p in operation.get("parameters", []) if p.get("in") == "query"]
        if query:
            target += "?" + "&".join(f"{p['name']}={example(p.get('schema', {}))}" for p in query)
        body = ""
        content = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if content:
            body = json.dumps(example(content["schema"]), ensure_ascii=False)
        roles = operation.get("x-roles") or ["veileder"]
        who = {"veileder": 1, "leder": 2, "administrator": 3, "analytiker": 4, "tilbyder": 5}
        for role in roles[:2]:
            write("fuzz_api", bytes([who.get(role, 1)]) + f"{method.upper()} {target}\n{body}".encode())

# fuzz_http_query
for text in ["GET /api/v1/offices/12?x=1&y=%20a+b", "POST /api/v1/cases/3/notes/9",
             "GET /api/v1/healthz?", "GET /api/v1/persons?name=%C3%85se&birthDate=1990-01-01",
             "PUT /api/v1/offices/%2F..%2F", "GET /%00?a=%zz", "GET /api/v1/offices//users?&&=",
             "GET /api/v1/persons?a=1&a=2&b"]:
    write("fuzz_http_query", text)

# fuzz_json_body
for text in ['{"name":"a","count":5,"urgent":true,"tags":["x"],"items":[{"nights":3,"note":"n"}],'
             '"roles":[{"role":"veileder","officeId":1}]}',
             '{"name":"a","name":"b"}', '{"name":1}', '[1,2]', '{"name":"a","extra":null}',
             '{"name":"a","count":1e400}', '{"name":"\\ud800"}', '{"name":"a","items":[[[[[[[]]]]]]]}',
             '{"name":"a","count":-9223372036854775808}', '{"name":"a","tags":["' + "x" * 50 + '"]}']:
    write("fuzz_json_body", text)

# fuzz_identity_number: synthetic numbers (month + 80) with valid check digits, and edges.
def check_digits(nine):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(d) * w for d, w in zip(nine, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    ten = nine + str(k1)
    k2 = 11 - sum(int(d) * w for d, w in zip(ten, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    return None if k2 == 10 else ten + str(k2)

made = 0
for nine in ["018190123", "150890456", "290280499", "418190123", "01C190123".replace("C", "4"),
             "311299999", "010100500", "018190000"]:
    number = check_digits(nine)
    if number:
        write("fuzz_identity_number", number)
        write("fuzz_identity_number", number[:6] + " " + number[6:])
        made += 1
for text in ["", "0", "12345678901", "abcdefghijk", "010190 12345", "00000000000", "99999999999",
             "01819012345 ", "018190\t12345"]:
    write("fuzz_identity_number", text)

# fuzz_dates
for text in ["2026-11-24", "2024-02-29", "2023-02-29", "1900-01-01", "2200-12-31", "0000-01-01",
             "9999-12-31", "2026-13-01", "2026-1-1", "2026-11-24T10:00:00.000Z",
             "2026-03-29T01:59:59.999Z", "2026-10-25T00:30:00Z", "+2026-11-24", "2026-11-24\n"]:
    write("fuzz_dates", text)

# fuzz_survey: byte 0 = 0 for a filter expression, 1 for an answers object.
definition = json.loads((root / "server" / "data" / "survey" / "fafo-2024.json").read_text())
for page in definition["pages"]:
    for question in page["questions"]:
        if question.get("filter"):
            write("fuzz_survey", b"\x00" + question["filter"].encode())
        codes = [o["code"] for o in question.get("options", [])][:2]
        answer = {"codes": codes[:1]}
        if question["type"] == "grid":
            answer = {"rows": {str(r["code"]): question["scale"][0]["code"] for r in question["rows"]}}
        write("fuzz_survey", b"\x01" + json.dumps({question["label"]: answer}).encode())
for text in ["\\Label16.a=1;2;3", "\\Label16.a=", "\\.a=1", "\\Label16.a=1;;2", "\\Label16.a=-1",
             "\\Label16.a=99999999999999999999"]:
    write("fuzz_survey", b"\x00" + text.encode())
print("seeds written to", corpus)
