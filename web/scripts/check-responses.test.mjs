// The response check fails on every kind of difference and passes what the description allows.
//   node --test scripts/

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "check-responses.mjs");
const work = mkdtempSync(path.join(tmpdir(), "husly-check-responses-"));
after(() => rmSync(work, { recursive: true, force: true }));

const json = (schema) => ({ content: { "application/json": { schema } } });
const error = json({ $ref: "#/components/schemas/ErrorBody" });
const description = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/api/v1/things/{id}": {
      get: {
        responses: {
          200: { description: "OK", ...json({ $ref: "#/components/schemas/Thing" }) },
          default: { description: "Feil", ...error },
        },
      },
    },
    "/api/v1/things/new": {
      post: {
        responses: {
          201: { description: "OK", ...json({ $ref: "#/components/schemas/Thing" }) },
          default: { description: "Feil", ...error },
        },
      },
    },
    "/api/v1/things/{id}/pdf": {
      get: {
        responses: {
          200: { description: "PDF", content: { "application/pdf": {} } },
          default: { description: "Feil", ...error },
        },
      },
    },
    "/api/v1/unreached": { get: { responses: { 204: { description: "OK" } } } },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        additionalProperties: false,
        required: ["id", "on"],
        properties: { id: { type: "integer" }, on: { type: "string", format: "date" } },
      },
      ErrorBody: {
        type: "object",
        additionalProperties: false,
        required: ["error"],
        properties: {
          error: {
            type: "object",
            additionalProperties: false,
            required: ["code", "message", "field"],
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              field: { type: ["string", "null"] },
            },
          },
        },
      },
    },
  },
};
const openapi = path.join(work, "openapi.json");
writeFileSync(openapi, JSON.stringify(description));

const problem = { error: { code: "not_found", message: "Fant ikke.", field: null } };
const ok = (record) => ({ contentType: "application/json", test: "Suite.Test", ...record });

function check(name, records) {
  const directory = path.join(work, name);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory);
  writeFileSync(
    path.join(directory, "responses-1.jsonl"),
    records.map((r) => JSON.stringify(r)).join("\n") + "\n",
  );
  return spawnSync(process.execPath, [script, directory, "--openapi", openapi], {
    encoding: "utf8",
  });
}

test("responses the description allows pass, and unreached operations are listed", () => {
  const result = check("good", [
    ok({
      method: "GET",
      target: "/api/v1/things/7?x=1",
      status: 200,
      body: { id: 7, on: "2026-12-01" },
    }),
    ok({
      method: "POST",
      target: "/api/v1/things/new",
      status: 201,
      body: { id: 8, on: "2026-12-01" },
    }),
    ok({ method: "GET", target: "/api/v1/things/7", status: 404, body: problem }),
    {
      method: "GET",
      target: "/api/v1/things/7/pdf",
      status: 200,
      contentType: "application/pdf",
      bodyBytes: 9,
    },
    ok({ method: "GET", target: "/api/v1/nothing", status: 404, body: problem }),
    { method: "GET", target: "/", status: 200, contentType: "text/html", bodyBytes: 100 },
  ]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /6 responses checked from 1 files over 3 of 4 operations/);
  assert.match(result.stdout, /0 distinct failures/);
  assert.match(
    result.stdout,
    /Operations no test response reached \(1, for information\):\n {2}GET \/api\/v1\/unreached/,
  );
});

test("every kind of difference fails, each reported once with an example", () => {
  const wrongType = {
    method: "GET",
    target: "/api/v1/things/7",
    status: 200,
    body: { id: "7", on: "2026-12-01" },
  };
  const result = check("bad", [
    ok(wrongType),
    ok(wrongType),
    ok({
      method: "GET",
      target: "/api/v1/things/8",
      status: 200,
      body: { id: 8, on: "1. desember" },
    }),
    ok({
      method: "GET",
      target: "/api/v1/things/9",
      status: 200,
      body: { id: 9, on: "2026-12-01", extra: 1 },
    }),
    ok({ method: "GET", target: "/api/v1/things/9", status: 200, body: { id: 9 } }),
    ok({
      method: "POST",
      target: "/api/v1/things/new",
      status: 200,
      body: { id: 8, on: "2026-12-01" },
    }),
    ok({
      method: "GET",
      target: "/api/v1/things/7",
      status: 422,
      body: { error: { code: "x", message: "y" } },
    }),
    ok({ method: "GET", target: "/api/v1/things/7/pdf", status: 200, body: { id: 7 } }),
    ok({ method: "GET", target: "/api/v1/things/7", status: 500, bodyText: "<html>" }),
    ok({ method: "GET", target: "/api/v1/nothing", status: 200, body: {} }),
    ok({ method: "DELETE", target: "/api/v1/things/7", status: 405, body: { error: "nei" } }),
    { method: "GET", target: "/api/v1/things/7", status: 200, contentType: "application/json" },
  ]);
  assert.equal(result.status, 1, result.stdout + result.stderr);
  const failures = result.stdout.split("\n").filter((line) => line.startsWith("FAIL"));
  const expected = [
    /GET \/api\/v1\/things\/\{id\} → 200: \/id: must be integer \(got "7"\)/,
    /GET \/api\/v1\/things\/\{id\} → 200: \/on: must match format "date" \(got "1. desember"\)/,
    /GET \/api\/v1\/things\/\{id\} → 200: \(the body\): must NOT have additional properties: "extra" \(got 1\)/,
    /GET \/api\/v1\/things\/\{id\} → 200: \(the body\): must have required property 'on'/,
    /GET \/api\/v1\/things\/\{id\} → 200: no body, but the description gives application\/json/,
    /POST \/api\/v1\/things\/new → 200: status not described \(it gives 201, default\)/,
    /GET \/api\/v1\/things\/\{id\} → 422: \/error: must have required property 'field'/,
    /GET \/api\/v1\/things\/\{id\}\/pdf → 200: content type "application\/json" not described \(it gives application\/pdf\)/,
    /GET \/api\/v1\/things\/\{id\} → 500: the body is not valid JSON/,
    /GET \(no operation\) → 200: a success for a request no operation describes/,
    /DELETE \/api\/v1\/things\/\{id\} \(method not described\) → 405: \/error: must be object/,
  ];
  for (const pattern of expected)
    assert.ok(
      failures.some((line) => pattern.test(line)),
      `no failure like ${pattern}:\n${result.stdout}`,
    );
  assert.equal(failures.length, expected.length, result.stdout);
  assert.match(result.stdout, /2× e\.g\. GET \/api\/v1\/things\/7 \(Suite\.Test\)/);
  assert.match(result.stdout, /11 distinct failures in 12 responses/);
});

test("no recorded responses is a failure (the recording is broken)", () => {
  const result = check("empty", []);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /No recorded responses/);
});

test("the project's own description compiles in strict mode", () => {
  const directory = path.join(work, "real");
  mkdirSync(directory);
  writeFileSync(
    path.join(directory, "responses-1.jsonl"),
    JSON.stringify(ok({ method: "GET", target: "/api/v1/nowhere", status: 404, body: problem })) +
      "\n",
  );
  const result = spawnSync(process.execPath, [script, directory], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
