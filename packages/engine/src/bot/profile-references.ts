/** Lists the modules a bot's channel profile opens (menu items and ice breakers), each with its path. */
import type { BotProfile } from "./bot-profile-schema.js";

/** Module ids the profile opens, with their path from the bot's root (`profile.iceBreakers[0].questions[1].moduleId`). */
export function profileModuleReferences(
  profile: BotProfile | undefined,
): { moduleId: string; path: string }[] {
  const refs: { moduleId: string; path: string }[] = [];
  profile?.persistentMenu?.forEach((menu, m) =>
    menu.items.forEach((item, i) => {
      if (item.kind === "module")
        refs.push({ moduleId: item.moduleId, path: `profile.persistentMenu[${m}].items[${i}].moduleId` });
    }),
  );
  profile?.iceBreakers?.forEach((set, s) =>
    set.questions.forEach((question, q) =>
      refs.push({ moduleId: question.moduleId, path: `profile.iceBreakers[${s}].questions[${q}].moduleId` }),
    ),
  );
  return refs;
}
