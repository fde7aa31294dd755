// The JSON schema of `.attest/config.json`, made from the settings' zod schema so that editor
// completion can never say something the validation does not. scripts/config-schema.js writes it
// to schemas/; a unit test checks that the committed file is this function's output.
import { z } from "zod";
import { settingKeys, settingSchemas } from "./settings";

type JsonSchema = Record<string, unknown>;

/** `descriptions`: by setting key, e.g. the English text of package.nls.json. */
export function projectConfigJsonSchema(descriptions: ReadonlyMap<string, string> = new Map()): JsonSchema {
  const root: JsonSchema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Attest project file (.attest/config.json)",
    type: "object",
    properties: { $schema: { type: "string" } },
    additionalProperties: false,
  };
  for (const key of settingKeys) {
    const json = z.toJSONSchema(settingSchemas[key] as z.ZodType, { io: "input", target: "draft-7" }) as JsonSchema;
    delete json.$schema;
    const description = descriptions.get(key);
    if (description) json.markdownDescription = description;
    const parts = key.split(".");
    let section = root;
    for (const part of parts.slice(0, -1)) {
      const properties = section.properties as Record<string, JsonSchema>;
      section = properties[part] ??= { type: "object", properties: {}, additionalProperties: false };
    }
    (section.properties as Record<string, JsonSchema>)[parts.at(-1)!] = json;
  }
  return root;
}

/** The descriptions of the settings in a package.nls table (`config.<key>` entries). */
export function configSchemaDescriptions(nls: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of settingKeys) {
    const text = nls[`config.${key}`];
    if (typeof text === "string") out.set(key, text);
  }
  return out;
}
