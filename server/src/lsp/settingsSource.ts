// Where the server's settings come from: pulled with workspace/configuration when the client can
// answer it, else pushed (didChangeConfiguration, initializationOptions). Validated on entry; each
// invalid setting is reported once per distinct problem and replaced by its default.
import type { Connection } from "vscode-languageserver/node";
import { defaultSettings, formatSettingProblem, parseSettings, type AttestSettings } from "../shared/settings";

export class SettingsSource {
  private current: AttestSettings = defaultSettings();
  private pushed: unknown;
  private reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
    private readonly warn: (message: string) => void,
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
        this.warn(`could not read the settings from the client (${(error as Error).message}); keeping the previous ones`);
      }
    }
    const { settings, problems } = parseSettings(raw);
    const seen = new Set<string>();
    for (const problem of problems) {
      const text = formatSettingProblem(problem);
      seen.add(text);
      if (!this.reported.has(text)) this.warn(text);
    }
    this.reported = seen;
    this.current = settings;
    return settings;
  }
}
