// The project file `.attest/config.json`: the `attest.*` settings without the prefix, committed
// with the drafts so that the CLI in CI, Neovim and every colleague's editor read the same ones.
// Plain Node (no vscode, no LSP): the CLI, the server and the client all use it. A file that is not
// valid gives one message and counts as absent (the defaults), never a half-applied file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { translator, type Locale } from "./i18n";
import {
  formatSettingProblem,
  parseSettings,
  settingKeys,
  settingSchemas,
  settingValueProblem,
  type AttestSettings,
  type SettingKey,
} from "./settings";

export const PROJECT_CONFIG_FILE = path.join(".attest", "config.json");

export interface ProjectConfig {
  /** Absolute path of the file. */
  file: string;
  /** The folder holding `.attest/`: relative corpus paths start there. */
  folder: string;
  /** The settings the file sets, by dotted key (`corpus.paths`), corpus paths made absolute. */
  values: Map<SettingKey, unknown>;
  /** Why the file was not used (its values are then empty), as data: projectConfigProblem words it. */
  problem?: ProjectConfigProblem;
}

type ProjectConfigProblem =
  | { kind: "unreadable"; reason: string }
  | { kind: "notJson"; reason: string }
  | { kind: "notAnObject" }
  | { kind: "unknownSetting"; setting: string }
  | { kind: "badValue"; setting: SettingKey; value: unknown };

const knownKeys = new Set<string>(settingKeys);
const sectionPrefixes = new Set(
  settingKeys.flatMap((key) =>
    key
      .split(".")
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join(".")),
  ),
);

/** Reads and validates a project file; undefined when there is none. */
export function readProjectConfig(file: string): ProjectConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    return invalid(file, { kind: "unreadable", reason: code ?? (error as Error).message });
  }
  return parseProjectConfig(text, file);
}

export function parseProjectConfig(text: string, file: string): ProjectConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return invalid(file, { kind: "notJson", reason: (error as Error).message });
  }
  if (!isRecord(json)) return invalid(file, { kind: "notAnObject" });
  const raw = new Map<SettingKey, unknown>();
  const unknown = flatten(json, "", raw);
  if (unknown) return invalid(file, { kind: "unknownSetting", setting: unknown });
  const folder = path.dirname(path.dirname(file));
  const values = new Map<SettingKey, unknown>();
  for (const [key, value] of raw) {
    const parsed = settingSchemas[key].safeParse(value);
    if (!parsed.success) return invalid(file, { kind: "badValue", setting: key, value });
    values.set(key, key === "corpus.paths" ? (parsed.data as string[]).map((p) => resolveFrom(folder, p)) : parsed.data);
  }
  return { file, folder, values };
}

/** The nearest project file from `dir` upwards (as git finds its repository), if any. */
export function findProjectConfig(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, PROJECT_CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The one message a bad file gives, in the reader's language. */
export function projectConfigProblem(config: ProjectConfig, locale: Locale = "en"): string | undefined {
  const problem = config.problem;
  if (!problem) return undefined;
  const t = translator(locale);
  const file = config.file;
  switch (problem.kind) {
    case "unreadable":
      return t("project.unreadable", { file, reason: problem.reason });
    case "notJson":
      return t("project.notJson", { file, reason: problem.reason });
    case "notAnObject":
      return t("project.notAnObject", { file, example: '{ "corpus": { "paths": ["sources"] } }' });
    case "unknownSetting":
      return t("project.unknownSetting", { file, setting: problem.setting, known: settingKeys.join(", ") });
    case "badValue":
      return t("project.badValue", {
        file,
        setting: problem.setting,
        problem: settingValueProblem(problem.setting, settingSchemas[problem.setting], problem.value, locale) ?? "",
      });
  }
}

/**
 * The settings in force: `explicit` (the editor's, or the command line's) over the project file
 * over the defaults, and every problem with either worded in `locale`, the project file's first.
 * The client, the server and the CLI all read their settings through it.
 */
export function settingsWithProblems(
  project: ProjectConfig | undefined,
  explicit: Record<string, unknown>,
  locale: Locale,
): { settings: AttestSettings; problems: string[] } {
  const { settings, problems } = parseSettings(withProjectConfig(project, explicit), locale);
  const t = translator(locale);
  const projectProblem = project && projectConfigProblem(project, locale);
  return { settings, problems: [...(projectProblem ? [projectProblem] : []), ...problems.map((p) => formatSettingProblem(p, t))] };
}

/**
 * Raw settings (as parseSettings reads them) where the editor's explicit settings win over the
 * project file, and the project file over the defaults.
 */
export function withProjectConfig(config: ProjectConfig | undefined, explicit: Record<string, unknown>): Record<string, unknown> {
  const merged: Partial<Record<SettingKey, unknown>> = {};
  for (const key of settingKeys) {
    const value = lookupExplicit(explicit, key);
    if (value !== undefined && value !== null) merged[key] = value;
    else if (config?.values.has(key)) merged[key] = config.values.get(key);
  }
  return merged;
}

function flatten(node: Record<string, unknown>, prefix: string, out: Map<SettingKey, unknown>): string | undefined {
  for (const [name, value] of Object.entries(node)) {
    if (!prefix && name === "$schema") continue;
    const key = prefix ? `${prefix}.${name}` : name;
    if (knownKeys.has(key)) out.set(key as SettingKey, value);
    else if (sectionPrefixes.has(key) && isRecord(value)) {
      const unknown = flatten(value, key, out);
      if (unknown) return unknown;
    } else return key;
  }
  return undefined;
}

function lookupExplicit(source: Record<string, unknown>, key: string): unknown {
  if (Object.prototype.hasOwnProperty.call(source, key)) return source[key];
  let node: unknown = source;
  for (const part of key.split(".")) {
    if (!isRecord(node) || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

function resolveFrom(folder: string, p: string): string {
  if (p === "~" || p.startsWith("~/")) return path.join(os.homedir(), p.slice(1));
  return path.resolve(folder, p);
}

function invalid(file: string, problem: ProjectConfigProblem): ProjectConfig {
  return { file, folder: path.dirname(path.dirname(file)), values: new Map(), problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
