/**
 * Pure edits of a draft's modules. Each changes only what it names: renaming keeps the module's id, so
 * every node that goes to it still does; deleting leaves references to it for the publish check to name.
 */
import type { Bot, BotModule } from "../../api/bots-api";

/** Module ids allow 1–64 letters, digits, `_` or `-` (the engine's rule). */
const MODULE_ID_MAX_LENGTH = 64;

/** Pure: `"Booking — Causeway Bay"` → `"booking_causeway_bay"`, unique among `takenIds`. */
export function moduleIdFromName(name: string, takenIds: readonly string[]): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MODULE_ID_MAX_LENGTH)
    .replace(/_+$/, "");
  const stem = slug === "" ? "module" : slug;
  const taken = new Set(takenIds);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${stem.slice(0, MODULE_ID_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Pure: the draft with a new, empty standard module at the end, and that module's id. */
export function addModule(bot: Bot, name: string): { bot: Bot; moduleId: string } {
  const id = moduleIdFromName(
    name,
    bot.modules.map((module) => module.id),
  );
  const module: BotModule = { id, name: name.trim(), kind: "standard", nodes: [] };
  return { bot: { ...bot, modules: [...bot.modules, module] }, moduleId: id };
}

/** Pure: the module's display name changes; its id, and so every reference to it, stays. */
export function renameModule(bot: Bot, moduleId: string, name: string): Bot {
  return {
    ...bot,
    modules: bot.modules.map((module) => (module.id === moduleId ? { ...module, name } : module)),
  };
}

/** Welcome and human agent modules are part of every bot. */
export function canDeleteModule(module: Pick<BotModule, "kind">): boolean {
  return module.kind === "standard";
}

/**
 * Pure: the draft without that standard module. Nodes elsewhere that go to it are left as they are
 * (see `referencesTo`), so nothing changes behind the author's back; the welcome and human agent
 * modules cannot be deleted and leave the draft unchanged.
 */
export function deleteModule(bot: Bot, moduleId: string): Bot {
  const module = bot.modules.find((candidate) => candidate.id === moduleId);
  if (!module || !canDeleteModule(module)) return bot;
  return { ...bot, modules: bot.modules.filter((candidate) => candidate.id !== moduleId) };
}
