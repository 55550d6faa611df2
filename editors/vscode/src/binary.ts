// Finding the copydesk executable: `copydesk.path` is a command name looked up
// on PATH (with PATHEXT on Windows) or a path, absolute or relative to the workspace.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Where the install instructions live, for the "not found" message. */
export const INSTALL_HINT =
  "Install it with `cargo install --locked --path .` in the copydesk source tree (it lands in ~/.cargo/bin), " +
  "or point the `copydesk.path` setting at the binary.";

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    if (platform !== "win32") {
      fs.accessSync(file, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The full path of `command`, or `undefined` if there is no such executable.
 * A command containing a path separator (or starting with `~`) is a path;
 * anything else is looked up in the `PATH` of `env`.
 */
export function findExecutable(
  command: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  baseDir?: string,
): string | undefined {
  const trimmed = command.trim();
  if (trimmed === "") {
    return undefined;
  }
  const pathApi = platform === "win32" ? path.win32 : path.posix;
  const extensions =
    platform === "win32"
      ? ["", ...(env["PATHEXT"] ?? ".EXE;.CMD;.BAT;.COM").split(";").filter((e) => e !== "")]
      : [""];
  const candidates = (file: string): string[] => extensions.map((ext) => file + ext);

  const isPath = trimmed.startsWith("~") || trimmed.includes("/") || (platform === "win32" && trimmed.includes("\\"));
  if (isPath) {
    let file = trimmed.startsWith("~") ? pathApi.join(os.homedir(), trimmed.slice(1)) : trimmed;
    if (!pathApi.isAbsolute(file)) {
      file = pathApi.resolve(baseDir ?? process.cwd(), file);
    }
    return candidates(file).find((c) => isExecutableFile(c, platform));
  }
  const dirs = (env["PATH"] ?? env["Path"] ?? "").split(pathApi.delimiter).filter((d) => d !== "");
  for (const dir of dirs) {
    const found = candidates(pathApi.join(dir, trimmed)).find((c) => isExecutableFile(c, platform));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}
