// Finding the executable: on PATH, by relative or absolute path, and not at
// all when the file is missing or not executable.

import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";

import { findExecutable } from "../binary";

function fixture(): { dir: string; bin: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-bin-"));
  const bin = path.join(dir, "copydesk");
  fs.writeFileSync(bin, "#!/bin/sh\n");
  fs.chmodSync(bin, 0o755);
  return { dir, bin };
}

const posixOnly = { skip: process.platform === "win32" };

test("a command name is looked up on PATH", posixOnly, () => {
  const { dir, bin } = fixture();
  const env = { PATH: ["/nonexistent", dir].join(path.delimiter) };
  assert.equal(findExecutable("copydesk", env, process.platform), bin);
  assert.equal(findExecutable("copydesk", { PATH: "/nonexistent" }, process.platform), undefined);
});

test("a path is resolved against the workspace folder", posixOnly, () => {
  const { dir, bin } = fixture();
  assert.equal(findExecutable("./copydesk", {}, process.platform, dir), bin);
  assert.equal(findExecutable(bin, {}, process.platform), bin);
  assert.equal(findExecutable(path.join(dir, "missing"), {}, process.platform), undefined);
});

test("a file that is not executable is not the server", posixOnly, () => {
  const { dir, bin } = fixture();
  fs.chmodSync(bin, 0o644);
  assert.equal(findExecutable("copydesk", { PATH: dir }, process.platform), undefined);
});

test("an empty setting finds nothing", () => {
  assert.equal(findExecutable("  ", { PATH: "/usr/bin" }, process.platform), undefined);
});
