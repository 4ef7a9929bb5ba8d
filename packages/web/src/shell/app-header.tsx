/** The bar across the top: brand, pages, language and sign out. */
import type { MessageKey } from "../i18n/en";
import { useI18n } from "../i18n/i18n-context";
import { LanguageSwitch } from "../i18n/language-switch";
import type { Route } from "../routing/route";
import { RouteLink } from "../routing/route-link";
import { LiveIndicator } from "./live-indicator";

/** The pages of the top bar, in order; `pages` are the addresses that mark the link as current. */
const navItems: { to: Route; label: MessageKey; testId: string; pages: Route["page"][] }[] = [
  { to: { page: "inbox", conversationId: null }, label: "nav.inbox", testId: "nav-inbox", pages: ["inbox"] },
  {
    to: { page: "channel-accounts" },
    label: "nav.channelAccounts",
    testId: "nav-channel-accounts",
    pages: ["channel-accounts"],
  },
  { to: { page: "bots" }, label: "nav.bots", testId: "nav-bots", pages: ["bots", "bot"] },
  { to: { page: "automation" }, label: "nav.automation", testId: "nav-automation", pages: ["automation"] },
  { to: { page: "stores" }, label: "nav.stores", testId: "nav-stores", pages: ["stores"] },
  {
    to: { page: "saved-replies" },
    label: "nav.savedReplies",
    testId: "nav-saved-replies",
    pages: ["saved-replies"],
  },
];

interface AppHeaderProps {
  page: Route["page"];
  onSignOut(): void;
}

export function AppHeader({ page, onSignOut }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <RouteLink to={{ page: "inbox", conversationId: null }} className="brand">
        <span className="brand__mark" aria-hidden="true" />
        {t("app.name")}
      </RouteLink>
      <nav className="app-header__nav" aria-label={t("nav.label")}>
        {navItems.map((item) => (
          <RouteLink
            key={item.testId}
            to={item.to}
            className="app-header__link"
            data-testid={item.testId}
            aria-current={item.pages.includes(page) ? "page" : undefined}
          >
            {t(item.label)}
          </RouteLink>
        ))}
      </nav>
      <div className="app-header__end">
        <LiveIndicator />
        <LanguageSwitch />
        <button type="button" className="button button--ghost" data-testid="sign-out" onClick={onSignOut}>
          {t("nav.signOut")}
        </button>
      </div>
    </header>
  );
}
