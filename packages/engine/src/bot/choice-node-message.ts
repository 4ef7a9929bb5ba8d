/** Turns a choice node into the neutral choices message the customer receives. */
import type { MessageOf } from "@switchboard/core";
import type { ChoiceNode } from "./choice-node-schema.js";

/** The choices message for a choice node: its options without their go-to and tag behaviour. */
export function choiceNodeMessage(node: ChoiceNode): MessageOf<"choices"> {
  return {
    kind: "choices",
    ...(node.header === undefined ? {} : { header: node.header }),
    body: node.body,
    ...(node.footer === undefined ? {} : { footer: node.footer }),
    style: node.style,
    ...(node.listButton === undefined ? {} : { listButton: node.listButton }),
    sections: node.sections.map((section) => ({
      ...(section.title === undefined ? {} : { title: section.title }),
      options: section.options.map((option) => ({
        id: option.id,
        title: option.title,
        ...(option.description === undefined ? {} : { description: option.description }),
      })),
    })),
    ...(node.fallback === undefined ? {} : { fallback: node.fallback }),
  };
}
