/** Writes one module's nodes as chained TypeScript calls; used by `bot()` in bot-builder.ts. */
import type { OutboundMessageInput } from "@switchboard/core";
import type { BotNodeInput } from "./node-schema.js";

type NodeInput<K extends BotNodeInput["kind"]> = Omit<Extract<BotNodeInput, { kind: K }>, "kind">;
type ChoiceInput = NodeInput<"choice">;
type OptionInput = ChoiceInput["sections"][number]["options"][number];

/** A choice written with its options directly (one section) or with sections. */
export type ChoiceSpec = Omit<ChoiceInput, "sections" | "retryMessage"> & { retryMessage?: MessageSpec } & (
    { options: OptionInput[]; sections?: never } | { sections: ChoiceInput["sections"]; options?: never }
  );

/** A text string is shorthand for a text message. */
export type MessageSpec = OutboundMessageInput | string;

function toMessage(message: MessageSpec): OutboundMessageInput {
  return typeof message === "string" ? { kind: "text", text: message } : message;
}

/** Collects a module's nodes in order. Every method returns the builder for chaining. */
export class ModuleBuilder {
  readonly nodes: BotNodeInput[] = [];

  send(message: MessageSpec): this {
    return this.add({ kind: "send", message: toMessage(message) });
  }

  ask(
    spec: Omit<NodeInput<"ask">, "message" | "retryMessage"> & {
      message: MessageSpec;
      retryMessage?: MessageSpec;
    },
  ): this {
    const { message, retryMessage, ...rest } = spec;
    return this.add({
      kind: "ask",
      ...rest,
      message: toMessage(message),
      ...(retryMessage === undefined ? {} : { retryMessage: toMessage(retryMessage) }),
    });
  }

  choice(spec: ChoiceSpec): this {
    const { options, sections, retryMessage, ...rest } = spec;
    return this.add({
      kind: "choice",
      ...rest,
      sections: sections ?? [{ options: options ?? [] }],
      ...(retryMessage === undefined ? {} : { retryMessage: toMessage(retryMessage) }),
    });
  }

  /** Cards whose reply buttons route like a choice's options. */
  carousel(spec: Omit<NodeInput<"carousel">, "retryMessage"> & { retryMessage?: MessageSpec }): this {
    const { retryMessage, ...rest } = spec;
    return this.add({
      kind: "carousel",
      ...rest,
      ...(retryMessage === undefined ? {} : { retryMessage: toMessage(retryMessage) }),
    });
  }

  condition(spec: NodeInput<"condition">): this {
    return this.add({ kind: "condition", ...spec });
  }

  setTag(tag: string): this {
    return this.add({ kind: "set_tag", tag });
  }

  removeTag(tag: string): this {
    return this.add({ kind: "remove_tag", tag });
  }

  setAttribute(attribute: string, value: string): this {
    return this.add({ kind: "set_attribute", attribute, value });
  }

  goTo(module: string): this {
    return this.add({ kind: "go_to", module });
  }

  randomSplit(branches: NodeInput<"random_split">["branches"]): this {
    return this.add({ kind: "random_split", branches });
  }

  wait(durationMs: number): this {
    return this.add({ kind: "wait", durationMs });
  }

  httpRequest(spec: NodeInput<"http_request">): this {
    return this.add({ kind: "http_request", ...spec });
  }

  handover(): this {
    return this.add({ kind: "handover" });
  }

  /** Puts the conversation in a store's queue and hands over. */
  routeToStore(store: NodeInput<"route_to_store">["store"]): this {
    return this.add({ kind: "route_to_store", store });
  }

  end(): this {
    return this.add({ kind: "end" });
  }

  private add(node: BotNodeInput): this {
    this.nodes.push(node);
    return this;
  }
}
