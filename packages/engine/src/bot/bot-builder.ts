/**
 * Writes a bot as TypeScript: `bot("Booking").welcome(m => m.send("Hi").choice({...})).module("time", ...)`.
 * `build()` produces the same data a stored bot has, checked by `BotSchema`.
 */
import type { Bot, BotInput, ModuleKind } from "./bot-schema.js";
import { BotSchema } from "./bot-schema.js";
import { ModuleBuilder } from "./module-builder.js";

type ModuleInput = BotInput["modules"][number];
type Define = (module: ModuleBuilder) => ModuleBuilder;

/** Where a module's id and display name differ from the defaults. */
export interface ModuleNaming {
  id?: string;
  name?: string;
}

/** Builds a bot module by module; the human agent module gets a default when none is written. */
export class BotBuilder {
  private readonly modules: ModuleInput[] = [];

  constructor(private readonly name: string) {}

  /** The module a new conversation starts with (id `welcome` unless named). */
  welcome(define: Define, naming: ModuleNaming = {}): this {
    return this.add("welcome", { id: "welcome", name: "Welcome", ...naming }, define);
  }

  /** The module that hands the conversation to people (id `human_agent` unless named). */
  humanAgent(define: Define, naming: ModuleNaming = {}): this {
    return this.add("human_agent", { id: "human_agent", name: "Human agent", ...naming }, define);
  }

  /** A standard module that nodes reach by its id. */
  module(id: string, define: Define, name: string = id): this {
    return this.add("standard", { id, name }, define);
  }

  /** The bot as data. Throws the schema's error (with paths) when it is malformed. */
  build(): Bot {
    const modules = this.modules.some((m) => m.kind === "human_agent")
      ? this.modules
      : [...this.modules, defaultHumanAgent()];
    return BotSchema.parse({ name: this.name, modules });
  }

  private add(kind: ModuleKind, naming: ModuleNaming, define: Define): this {
    const nodes = define(new ModuleBuilder()).nodes;
    this.modules.push({ id: naming.id ?? kind, name: naming.name ?? kind, kind, nodes });
    return this;
  }
}

function defaultHumanAgent(): ModuleInput {
  return {
    id: "human_agent",
    name: "Human agent",
    kind: "human_agent",
    nodes: [
      {
        kind: "send",
        message: { kind: "text", text: "Thanks! Someone from our team will answer here soon." },
      },
      { kind: "handover" },
    ],
  };
}

/** Starts writing a bot named `name`. */
export function bot(name: string): BotBuilder {
  return new BotBuilder(name);
}
