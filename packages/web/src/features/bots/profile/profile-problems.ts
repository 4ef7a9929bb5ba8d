/**
 * Where the channel profile's problems show: live limit checks (paths inside the profile) and the last
 * publish attempt's problems (`profile.…` paths from the bot's root), each at the deepest field shown.
 */
import type { BotProblem } from "../../../api/bots-api";
import type { LimitViolation } from "../../../api/types";
import { normalizeBotPath } from "../bot-path";
import { problemsByField } from "../problems-by-field";
import type { BotProfile } from "./profile-edits";

const PREFIX = "profile.";

/** Pure: the publish problems of the profile, as violations with their path inside the profile. */
export function profileProblemsOf(problems: readonly BotProblem[]): LimitViolation[] {
  return problems
    .map((problem) => ({ ...problem, path: normalizeBotPath(problem.path) }))
    .filter((problem) => problem.path.startsWith(PREFIX))
    .map((problem) => ({
      path: problem.path.slice(PREFIX.length),
      rule: "publish",
      message: problem.message,
    }));
}

/** Pure: every field the profile editor shows, for placing problems. */
export function shownProfileFields(profile: BotProfile | undefined): string[] {
  const fields = ["greeting", "persistentMenu", "iceBreakers"];
  profile?.greeting?.forEach((_, g) => fields.push(`greeting[${g}].text`, `greeting[${g}].locale`));
  profile?.persistentMenu?.forEach((menu, m) => {
    fields.push(`persistentMenu[${m}].items`);
    menu.items.forEach((_, i) =>
      ["title", "url", "moduleId"].forEach((f) => fields.push(`persistentMenu[${m}].items[${i}].${f}`)),
    );
  });
  profile?.iceBreakers?.forEach((set, s) => {
    fields.push(`iceBreakers[${s}].questions`);
    set.questions.forEach((_, q) =>
      ["question", "moduleId"].forEach((f) => fields.push(`iceBreakers[${s}].questions[${q}].${f}`)),
    );
  });
  return fields;
}

/** Pure: problems keyed by the field that shows them; `""` holds those no field shows. */
export function placeProfileProblems(
  profile: BotProfile | undefined,
  problems: readonly LimitViolation[],
): Map<string, LimitViolation[]> {
  return problemsByField(problems, shownProfileFields(profile));
}
