// @vitest-environment node
// Every event the server writes to the audit log has its Norwegian words on the log page: the
// event codes are read from the server's sources (the services write them, the demo too), so a
// new event without a description fails here.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditEventNames, describeEntity, describeEvent } from "./auditEvents";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(cpp|hpp)$/.test(name) ? [path] : [];
  });
}

/** Every literal shaped like an event code ("area.verb") in the services and the demo, file names aside. */
function serverEvents(): string[] {
  const found = new Set<string>();
  for (const dir of ["server/src/service", "server/src/demo"])
    for (const file of sources(resolve(root, dir)))
      for (const match of readFileSync(file, "utf8").matchAll(/"([a-z_]+\.[a-z_]+)"/g))
        if (!/\.(cpp|hpp|pdf|csv|xlsx|html|json)$/.test(match[1])) found.add(match[1]);
  return [...found].sort();
}

describe("the audit log in words", () => {
  const events = serverEvents();

  it("finds the events the server writes", () => {
    expect(events).toContain("request.list");
    expect(events).toContain("deviation.report");
    expect(events.length).toBeGreaterThan(80);
  });

  it("describes every event the server writes", () => {
    expect(events.filter((event) => !(event in auditEventNames))).toEqual([]);
  });

  it("never shows a code", () => {
    expect(describeEvent("request.list")).toBe("Så liste over henvendelser");
    expect(describeEvent("no.such_event")).toBe("Annen hendelse");
  });

  it("names a user by name and other records by kind and number", () => {
    const names: Record<number, string> = { 6: "Kari Nordmann" };
    const name = (id: number) => names[id];
    expect(describeEntity("user", "6", name)).toBe("Kari Nordmann (bruker)");
    expect(describeEntity("user", "7", name)).toBe("Bruker 7");
    expect(describeEntity("request", "12", name)).toBe("Henvendelse 12");
    expect(describeEntity("", "", name)).toBe("");
  });
});
