// The VS Code side of copydesk: starts `copydesk lsp` for Markdown and plain
// text, passes the `copydesk.*` settings, and offers a restart command.

import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import { findExecutable, INSTALL_HINT } from "./binary";
import { SECTION, serverSettings, type ServerSettings } from "./settings";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel("copydesk");
  output = log;
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand("copydesk.restartServer", () => restart(context)),
    vscode.commands.registerCommand("copydesk.showOutput", () => log.show()),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChanged(event, context)),
  );
  await start(context, log);
}

export async function deactivate(): Promise<void> {
  await stop();
}

/** The first workspace folder, where relative paths in settings start from. */
function workspaceDir(scope?: vscode.Uri): string | undefined {
  const folder =
    (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === "file" ? folder.uri.fsPath : undefined;
}

/** The server's settings object, from the `copydesk.*` settings in `scope`. */
function currentSettings(scope?: vscode.Uri): ServerSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return serverSettings((key) => config.get(key), workspaceDir(scope));
}

async function start(context: vscode.ExtensionContext, log: vscode.OutputChannel): Promise<void> {
  const command = vscode.workspace.getConfiguration(SECTION).get<string>("path", "copydesk");
  const executable = findExecutable(command, process.env, process.platform, workspaceDir());
  if (executable === undefined) {
    log.appendLine(`copydesk executable not found: \`${command}\`. ${INSTALL_HINT}`);
    void reportMissing(command, context);
    return;
  }
  log.appendLine(`Starting ${executable} lsp`);
  const cwd = workspaceDir();
  const serverOptions: ServerOptions = {
    command: executable,
    args: ["lsp"],
    transport: TransportKind.stdio,
    options: cwd === undefined ? {} : { cwd },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
    ],
    initializationOptions: currentSettings(),
    outputChannel: log,
    traceOutputChannel: log,
    middleware: {
      workspace: {
        // The server may pull its settings: answer with the reshaped object,
        // not VS Code's raw section (which also holds `path` and `trace`).
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === SECTION
              ? currentSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i],
          );
        },
      },
    },
  };
  const next = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  try {
    await next.start();
    client = next;
  } catch (error) {
    log.appendLine(`copydesk server failed to start: ${String(error)}`);
    const choice = await vscode.window.showErrorMessage(
      `copydesk: the server (${executable} lsp) failed to start. See the copydesk output for details.`,
      "Show Output",
    );
    if (choice === "Show Output") {
      log.show();
    }
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    await running.stop().catch((error: unknown) => output?.appendLine(`stopping: ${String(error)}`));
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  if (output !== undefined) {
    await start(context, output);
  }
}

async function onConfigurationChanged(
  event: vscode.ConfigurationChangeEvent,
  context: vscode.ExtensionContext,
): Promise<void> {
  if (event.affectsConfiguration(`${SECTION}.path`)) {
    await restart(context);
    return;
  }
  if (event.affectsConfiguration(SECTION) && client !== undefined) {
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SECTION]: currentSettings() },
    });
  }
}

async function reportMissing(command: string, context: vscode.ExtensionContext): Promise<void> {
  const choice = await vscode.window.showErrorMessage(
    `copydesk: could not find the \`${command}\` executable. ${INSTALL_HINT}`,
    "Install Instructions",
    "Open Settings",
  );
  if (choice === "Install Instructions") {
    const readme = vscode.Uri.joinPath(context.extensionUri, "README.md");
    await vscode.commands.executeCommand("markdown.showPreview", readme);
  } else if (choice === "Open Settings") {
    await vscode.commands.executeCommand("workbench.action.openSettings", `${SECTION}.path`);
  }
}
