// Checks every response the server's tests received against server/openapi.json.
//
//   npm run check:responses -- DIR [--openapi FILE]
//
// DIR holds the *.jsonl files the C++ test client writes when HUSLY_TEST_RESPONSES_DIR is set
// (server/tests/support/http_client.cpp): one line per response with method, target, status,
// content type, the body when it is JSON, and the test that received it.
//
// Each response is matched to its operation by method and path template (the query string
// ignored; a literal segment wins over a {parameter}, as the router's registration order does),
// its status to the operation's responses (the exact code, then `2XX`-style ranges, then
// `default` — which the description uses for errors only, so it covers statuses from 400 up),
// its content type to that response's content, and a JSON body is validated with ajv
// (JSON Schema 2020-12, formats checked). A status, content type or body the description does
// not allow is a failure. Responses to API addresses no operation has (404, 405, 400 for a
// refused target) must be errors in the shape of components.schemas.ErrorBody.
//
// Prints each distinct failure once with how often it happened and an example, a summary, and
// the operations no response reached (for information). Exits 1 on any failure.

import { createReadStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const usage = "usage: npm run check:responses -- DIR [--openapi FILE]";

function parseArguments(argv) {
  const options = {
    directory: null,
    openapi: path.resolve(here, "../../server/openapi.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--openapi" && i + 1 < argv.length) options.openapi = argv[++i];
    else if (!argv[i].startsWith("--") && options.directory === null) options.directory = argv[i];
    else throw new Error(usage);
  }
  if (options.directory === null) throw new Error(usage);
  return options;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const baseId = "https://husly.invalid/openapi.json";

// "/a/b" → "~1a~1b" (RFC 6901)
const pointer = (text) => text.replaceAll("~", "~0").replaceAll("/", "~1");

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

class Description {
  constructor(document) {
    this.document = document;
    this.ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(this.ajv);
    // The description's own keywords beside the schemas, and OpenAPI's schema annotations.
    const outside = Object.keys(document).filter((key) => !key.startsWith("$"));
    this.ajv.addVocabulary([...outside, "example", "discriminator", "xml", "externalDocs"]);
    this.ajv.addSchema({ ...document, $id: baseId });
    this.validators = new Map();
    this.operations = [];
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      for (const method of methods) {
        if (!item[method]) continue;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          segments: template.split("/"),
          responses: item[method].responses ?? {},
          location: `#/paths/${pointer(template)}/${method}/responses`,
          label: `${method.toUpperCase()} ${template}`,
        });
      }
    }
  }

  // The operations whose path template matches the path, most specific first.
  templatesFor(requestPath) {
    const segments = requestPath.split("/");
    const matches = this.operations.filter(
      (operation) =>
        operation.segments.length === segments.length &&
        operation.segments.every((part, i) =>
          /^\{.+\}$/.test(part) ? segments[i] !== "" : part === decodeSegment(segments[i]),
        ),
    );
    const literal = (part) => !/^\{.+\}$/.test(part);
    return matches.sort((a, b) => {
      for (let i = 0; i < a.segments.length; i++) {
        const difference = Number(literal(b.segments[i])) - Number(literal(a.segments[i]));
        if (difference !== 0) return difference;
      }
      return 0;
    });
  }

  validator(location) {
    if (!this.validators.has(location)) {
      const validate = this.ajv.getSchema(baseId + location);
      if (!validate) throw new Error(`openapi.json: no schema at ${location}`);
      this.validators.set(location, validate);
    }
    return this.validators.get(location);
  }
}

// The key of an operation's responses that describes a status, or null.
function responseKey(responses, status) {
  const code = String(status);
  if (code in responses) return code;
  const range = `${code[0]}XX`;
  if (range in responses) return range;
  if (status >= 400 && "default" in responses) return "default";
  return null;
}

function mediaType(contentType) {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

function describedMediaType(content, type) {
  if (type in content) return type;
  const wildcard = `${type.split("/")[0]}/*`;
  if (wildcard in content) return wildcard;
  if ("*/*" in content) return "*/*";
  return null;
}

const isJson = (type) => type === "application/json" || /^application\/[^/]+\+json$/.test(type);

function valueAt(body, instancePath) {
  let value = body;
  for (const part of instancePath.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}

function short(value) {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describeError(error, body) {
  const where = error.instancePath.replace(/\/\d+(?=\/|$)/g, "/*") || "(the body)";
  let message = error.message;
  if (error.keyword === "unevaluatedProperties")
    message += `: "${error.params.unevaluatedProperty}"`;
  else if (error.keyword === "additionalProperties")
    message += `: "${error.params.additionalProperty}"`;
  else if (error.keyword === "enum")
    message += `: ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  const extra = error.params.additionalProperty ?? error.params.unevaluatedProperty;
  const value =
    error.keyword === "required"
      ? undefined
      : valueAt(body, extra === undefined ? error.instancePath : `${error.instancePath}/${extra}`);
  return {
    key: `${where} ${error.schemaPath} ${message}`,
    text: `${where}: ${message}${value === undefined ? "" : ` (got ${short(value)})`}`,
  };
}

class Report {
  constructor() {
    this.failures = new Map();
    this.responses = 0;
    this.outside = 0;
    this.unknownAddresses = 0;
    this.reached = new Map();
    this.reachedResponses = new Set();
  }

  fail(operation, status, text, record, key = text) {
    const id = `${operation}\u0000${status}\u0000${key}`;
    const failure = this.failures.get(id);
    if (failure) failure.count++;
    else
      this.failures.set(id, {
        operation,
        status,
        text,
        count: 1,
        example: `${record.method} ${record.target}${record.test ? ` (${record.test})` : ""}`,
      });
  }
}

function checkBody(description, report, label, location, record, body) {
  const validate = description.validator(location);
  if (validate(body)) return;
  for (const error of validate.errors) {
    const { key, text } = describeError(error, body);
    report.fail(label, record.status, text, record, key);
  }
}

// A response with content checked against `content` (the media types a response describes).
function checkContent(description, report, label, location, content, record) {
  const hasBody = "body" in record || "bodyText" in record || (record.bodyBytes ?? 0) > 0;
  const type = mediaType(record.contentType);
  if (!hasBody) {
    if (Object.keys(content).length > 0)
      report.fail(
        label,
        record.status,
        `no body, but the description gives ${Object.keys(content).join(", ")}`,
        record,
      );
    return;
  }
  const described = describedMediaType(content, type);
  if (described === null) {
    const known = Object.keys(content).join(", ") || "no content";
    report.fail(
      label,
      record.status,
      `content type "${type}" not described (it gives ${known})`,
      record,
    );
    return;
  }
  if (!isJson(type)) return;
  if ("bodyText" in record) {
    report.fail(label, record.status, "the body is not valid JSON", record);
    return;
  }
  if (content[described].schema === undefined) {
    report.fail(label, record.status, `a JSON body, but no schema for ${described}`, record);
    return;
  }
  checkBody(
    description,
    report,
    label,
    `${location}/content/${pointer(described)}/schema`,
    record,
    record.body,
  );
}

function checkRecord(description, report, record) {
  report.responses++;
  const requestPath = record.target.split(/[?#]/)[0];
  const candidates = requestPath.startsWith("/") ? description.templatesFor(requestPath) : [];
  const operation = candidates.find((candidate) => candidate.method === record.method);
  if (operation) {
    report.reached.set(operation.label, (report.reached.get(operation.label) ?? 0) + 1);
    const key = responseKey(operation.responses, record.status);
    if (key === null) {
      const described = Object.keys(operation.responses).join(", ");
      report.fail(
        operation.label,
        record.status,
        `status not described (it gives ${described})`,
        record,
      );
      return;
    }
    report.reachedResponses.add(`${operation.label} ${key}`);
    const location = `${operation.location}/${pointer(key)}`;
    checkContent(
      description,
      report,
      operation.label,
      location,
      operation.responses[key].content ?? {},
      record,
    );
    return;
  }
  const api = requestPath === "/api" || requestPath.startsWith("/api/");
  if (!api && candidates.length === 0 && mediaType(record.contentType) !== "application/json") {
    report.outside++; // the web app's files, and its 404 page
    return;
  }
  // An address the API does not have, a method its path does not take, or a refused target:
  // always an error in the API's error shape.
  report.unknownAddresses++;
  const label =
    candidates.length > 0
      ? `${record.method} ${candidates[0].template} (method not described)`
      : `${record.method} (no operation)`;
  if (record.status < 400) {
    report.fail(label, record.status, "a success for a request no operation describes", record);
    return;
  }
  const content = { "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } } };
  if (mediaType(record.contentType) !== "application/json") {
    checkContent(description, report, label, "", content, record);
    return;
  }
  if ("bodyText" in record) report.fail(label, record.status, "the body is not valid JSON", record);
  else
    checkBody(
      description,
      report,
      label,
      "#/components/schemas/ErrorBody",
      record,
      record.body ?? null,
    );
}

async function readRecords(directory, onRecord) {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".jsonl"))
    .sort();
  let lines = 0;
  for (const file of files) {
    const input = createInterface({
      input: createReadStream(path.join(directory, file)),
      crlfDelay: Infinity,
    });
    let number = 0;
    for await (const line of input) {
      number++;
      if (line.trim() === "") continue;
      lines++;
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        onRecord(null, `${file}:${number}`);
        continue;
      }
      onRecord(record, `${file}:${number}`);
    }
  }
  return { files: files.length, lines };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const description = new Description(JSON.parse(readFileSync(options.openapi, "utf8")));
  const report = new Report();
  let unreadable = 0;
  const { files } = await readRecords(options.directory, (record, where) => {
    if (record === null || typeof record.method !== "string" || typeof record.target !== "string") {
      unreadable++;
      console.log(`FAIL ${where}: not a recorded response`);
      return;
    }
    checkRecord(description, report, record);
  });

  const failures = [...report.failures.values()].sort(
    (a, b) =>
      a.operation.localeCompare(b.operation) || a.status - b.status || a.text.localeCompare(b.text),
  );
  for (const failure of failures) {
    console.log(`FAIL ${failure.operation} → ${failure.status}: ${failure.text}`);
    console.log(`     ${failure.count}× e.g. ${failure.example}`);
  }

  const unreached = description.operations.filter(
    (operation) => !report.reached.has(operation.label),
  );
  if (unreached.length > 0) {
    console.log(`\nOperations no test response reached (${unreached.length}, for information):`);
    for (const operation of unreached) console.log(`  ${operation.label}`);
  }

  // Described answers other than errors (`default`) that no test saw.
  const unseen = description.operations.flatMap((operation) =>
    Object.keys(operation.responses)
      .filter((key) => key !== "default" && report.reached.has(operation.label))
      .filter((key) => !report.reachedResponses.has(`${operation.label} ${key}`))
      .map((key) => `${operation.label} → ${key}`),
  );
  if (unseen.length > 0) {
    console.log(`\nDescribed statuses no test response had (${unseen.length}, for information):`);
    for (const line of unseen) console.log(`  ${line}`);
  }

  const failed = failures.reduce((sum, failure) => sum + failure.count, 0);
  console.log(
    `\nResponses against openapi.json: ${report.responses} responses checked from ${files} files` +
      ` over ${report.reached.size} of ${description.operations.length} operations` +
      ` (${report.unknownAddresses} to addresses no operation has, ${report.outside} outside the API);` +
      ` ${failures.length} distinct failures in ${failed} responses` +
      (unreadable > 0 ? `, ${unreadable} unreadable lines` : ""),
  );
  if (report.responses === 0) console.log(`No recorded responses in ${options.directory}.`);
  if (failures.length > 0 || unreadable > 0 || report.responses === 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 2;
});
