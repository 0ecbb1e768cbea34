// After `vite build`: a gzip copy (name.gz) beside every text file in dist/ that it makes smaller,
// which the server sends to clients that accept gzip (server/src/http/static_files.cpp). Written
// once at build time, at the highest level, so no request pays for compressing.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";

const compressible = /\.(js|css|html|svg|json|txt|map)$/;

export function compressTree(directory) {
  let before = 0;
  let after = 0;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) {
      const inner = compressTree(path);
      before += inner.before;
      after += inner.after;
      continue;
    }
    if (!compressible.test(name)) continue;
    const content = readFileSync(path);
    const gzipped = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
    if (gzipped.length >= content.length) continue;
    writeFileSync(`${path}.gz`, gzipped);
    before += content.length;
    after += gzipped.length;
  }
  return { before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { before, after } = compressTree(process.argv[2] ?? "dist");
  console.log(
    `compressed: ${Math.round(before / 1024)} kB of text files to ${Math.round(after / 1024)} kB (gzip)`,
  );
}
