/**
 * The postback `data` of a choice option: the option id and its title, so the tap that comes back names
 * both (LINE's postback event carries only `data`, never the label, PLATFORMS.md D3).
 */
import { z } from "zod";

const ChoiceDataSchema = z.object({ choice: z.string(), title: z.string() }).strict();

/** `{"choice":"<id>","title":"<title>"}`: what a tap on `option` sends back in `postback.data`. */
export function choicePostbackData(option: { id: string; title: string }): string {
  return JSON.stringify({ choice: option.id, title: option.title });
}

/** The option a postback's `data` names, or undefined when the data is not one of our choice taps. */
export function readChoicePostback(data: string): { optionId: string; title: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  const choice = ChoiceDataSchema.safeParse(parsed);
  return choice.success ? { optionId: choice.data.choice, title: choice.data.title } : undefined;
}
