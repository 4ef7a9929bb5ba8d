/**
 * The bot editor's channel profile: the greeting per locale, the persistent menu and ice breakers that
 * Messenger and Instagram show while the bot runs there, with live limit problems and those of the last
 * publish attempt at their fields.
 */
import { useMemo } from "react";
import type { Bot, BotProblem } from "../../../api/bots-api";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { within, type ProblemScope } from "../fields/problem-scope";
import { GreetingEditor } from "./greeting-editor";
import { IceBreakersEditor } from "./ice-breakers-editor";
import { MenuEditor } from "./menu-editor";
import {
  DEFAULT_LOCALE,
  editProfile,
  iceBreakersOf,
  menuItemsOf,
  setGreetings,
  setIceBreakers,
  setMenuItems,
} from "./profile-edits";
import { placeProfileProblems, profileProblemsOf } from "./profile-problems";
import { useProfileChecks } from "./use-profile-checks";

interface ChannelProfilePanelProps {
  bot: Bot;
  edit(change: (draft: Bot) => Bot): void;
  /** The last check's or publish attempt's problems that still apply; those of the profile are shown here. */
  problems: readonly BotProblem[];
}

export function ChannelProfilePanel({ bot, edit, problems }: ChannelProfilePanelProps) {
  const { t } = useI18n();
  const profile = bot.profile;
  const check = useProfileChecks(profile);
  const published = useMemo(() => profileProblemsOf(problems), [problems]);
  const placed = useMemo(
    () => placeProfileProblems(profile, [...check.violations, ...published]),
    [profile, check.violations, published],
  );
  const scope: ProblemScope = { problems: placed, base: "" };
  const menu = menuItemsOf(profile);
  const breakers = iceBreakersOf(profile);
  const otherLocales = [
    ...new Set(
      [...(profile?.persistentMenu ?? []), ...(profile?.iceBreakers ?? [])]
        .map((entry) => entry.locale)
        .filter((locale) => locale !== DEFAULT_LOCALE),
    ),
  ];
  const liveCount = check.violations.length;

  return (
    <section
      className="module-panel profile-panel"
      data-testid="profile-panel"
      aria-labelledby="profile-title"
    >
      <header className="profile-panel__header">
        <h2 id="profile-title">{t("botProfile.title")}</h2>
        <p className="muted">{t("botProfile.intro")}</p>
        {check.state !== "idle" && (
          <p className="muted" role="status" data-testid="profile-check-state" data-state={check.state}>
            {check.state === "checking"
              ? t("botProfile.checking")
              : check.state === "unavailable"
                ? t("botProfile.checkUnavailable")
                : liveCount === 0
                  ? t("botProfile.checkOk")
                  : t("botProfile.checkProblems", { count: liveCount })}
          </p>
        )}
        <FieldViolations problems={placed.get("")} />
      </header>
      <GreetingEditor
        profile={profile}
        scope={scope}
        onChange={(greetings) => edit((draft) => editProfile(draft, (p) => setGreetings(p, greetings)))}
      />
      <MenuEditor
        items={menu.items}
        scope={within(scope, `persistentMenu[${Math.max(menu.menuIndex, 0)}]`)}
        listProblems={within(scope, "persistentMenu")}
        onChange={(items) => edit((draft) => editProfile(draft, (p) => setMenuItems(p, items)))}
      />
      <IceBreakersEditor
        questions={breakers.questions}
        scope={within(scope, `iceBreakers[${Math.max(breakers.setIndex, 0)}]`)}
        listProblems={within(scope, "iceBreakers")}
        onChange={(questions) => edit((draft) => editProfile(draft, (p) => setIceBreakers(p, questions)))}
      />
      {otherLocales.length > 0 && (
        <p className="muted">{t("botProfile.otherLocales", { locales: otherLocales.join(", ") })}</p>
      )}
    </section>
  );
}
