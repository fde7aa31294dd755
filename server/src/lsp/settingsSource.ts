// Where the server's settings come from: pulled with workspace/configuration when the client can
// answer it, else pushed (didChangeConfiguration, initializationOptions). Validated on entry; each
// invalid setting is reported once per distinct problem and replaced by its default. The project
// file (.attest/config.json) of the workspace gives the values the editor's settings leave unset.
import * as path from "node:path";
import type { Connection } from "vscode-languageserver/node";
import { PROJECT_CONFIG_FILE, readProjectConfig, settingsWithProblems, type ProjectConfig } from "../shared/projectConfig";
import type { Locale, Translate } from "../shared/i18n";
import { defaultSettings, type AttestSettings } from "../shared/settings";

export class SettingsSource {
  private current: AttestSettings = defaultSettings();
  private pushed: unknown;
  private reported = new Set<string>();

  constructor(
    private readonly connection: Pick<Connection, "workspace">,
    private readonly canPull: boolean,
    initial: unknown,
    private readonly warn: (message: string) => void,
    private readonly workspaceFolders: () => string[],
    private readonly t: Translate,
    private readonly locale: Locale,
  ) {
    this.pushed = initial;
  }

  get settings(): AttestSettings {
    return this.current;
  }

  /** Re-reads the settings; `pushed` is the `attest` section of a didChangeConfiguration, if any. */
  async refresh(pushed?: unknown): Promise<AttestSettings> {
    if (pushed !== undefined && pushed !== null) this.pushed = pushed;
    let raw: unknown = this.pushed;
    if (this.canPull) {
      try {
        const pulled: unknown = await this.connection.workspace.getConfiguration({ section: "attest" });
        if (pulled !== undefined && pulled !== null) raw = pulled;
      } catch (error) {
        this.warn(this.t("server.settingsUnreadable", { reason: (error as Error).message }));
      }
    }
    const { settings, problems: texts } = settingsWithProblems(this.projectConfig(), isRecord(raw) ? raw : {}, this.locale);
    const seen = new Set<string>();
    for (const text of texts) {
      seen.add(text);
      if (!this.reported.has(text)) this.warn(text);
    }
    this.reported = seen;
    this.current = settings;
    return settings;
  }

  /** Whether a changed file is a workspace folder's project file. */
  isProjectFile(file: string): boolean {
    return this.workspaceFolders().some((folder) => path.join(folder, PROJECT_CONFIG_FILE) === file);
  }

  /** The project file of the first workspace folder that has one. */
  private projectConfig(): ProjectConfig | undefined {
    for (const folder of this.workspaceFolders()) {
      const config = readProjectConfig(path.join(folder, PROJECT_CONFIG_FILE));
      if (config) return config;
    }
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
