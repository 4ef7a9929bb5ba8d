// Test support for the registry's unit tests: a stored template as the repository returns it.
import type { TemplateDefinition } from "@switchboard/channels";
import type { Template } from "./template.js";

/** An approved positional utility template: two body variables, one quick reply. */
export const orderUpdate: TemplateDefinition = {
  name: "order_update",
  language: "en_US",
  category: "utility",
  parameterFormat: "positional",
  body: { text: "Hi {{1}}, your order {{2}} has shipped.", examples: { "1": "Jessica", "2": "A-1001" } },
  buttons: [{ type: "quick_reply", text: "Track order" }],
};

export function storedTemplate(patch: Partial<Template> = {}): Template {
  return {
    id: "tpl_1",
    channelAccountId: "acc_1",
    name: orderUpdate.name,
    language: orderUpdate.language,
    category: "UTILITY",
    definition: orderUpdate,
    status: "APPROVED",
    statusReason: null,
    providerTemplateId: "1689556908129835",
    createdAt: 1_750_000_000_000,
    updatedAt: 1_750_000_000_000,
    ...patch,
  };
}
