/** The bar across the top: brand, pages, language and sign out. */
import type { Role } from "../api/session-api";
import { useSession } from "../features/auth/session-context";
import type { MessageKey } from "../i18n/en";
import { useI18n } from "../i18n/i18n-context";
import { LanguageSwitch } from "../i18n/language-switch";
import type { Route } from "../routing/route";
import { RouteLink } from "../routing/route-link";
import { LiveIndicator } from "./live-indicator";

const ADMINS: Role[] = ["admin"];
const MANAGERS: Role[] = ["admin", "store_manager"];

/**
 * The pages of the top bar, in order; `pages` are the addresses that mark the link as current, `roles`
 * who sees the link (everyone when absent).
 */
const navItems: { to: Route; label: MessageKey; testId: string; pages: Route["page"][]; roles?: Role[] }[] = [
  { to: { page: "inbox", conversationId: null }, label: "nav.inbox", testId: "nav-inbox", pages: ["inbox"] },
  {
    to: { page: "channel-accounts" },
    label: "nav.channelAccounts",
    testId: "nav-channel-accounts",
    pages: ["channel-accounts"],
    roles: ADMINS,
  },
  { to: { page: "bots" }, label: "nav.bots", testId: "nav-bots", pages: ["bots", "bot"], roles: ADMINS },
  {
    to: { page: "automation" },
    label: "nav.automation",
    testId: "nav-automation",
    pages: ["automation"],
    roles: ADMINS,
  },
  { to: { page: "stores" }, label: "nav.stores", testId: "nav-stores", pages: ["stores"], roles: MANAGERS },
  { to: { page: "people" }, label: "nav.people", testId: "nav-people", pages: ["people"], roles: MANAGERS },
  { to: { page: "reports" }, label: "nav.reports", testId: "nav-reports", pages: ["reports"] },
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
  const { actor } = useSession();
  const visible = navItems.filter((item) => item.roles === undefined || item.roles.includes(actor.role));
  return (
    <header className="app-header">
      <RouteLink to={{ page: "inbox", conversationId: null }} className="brand">
        <span className="brand__mark" aria-hidden="true" />
        {t("app.name")}
      </RouteLink>
      <nav className="app-header__nav" aria-label={t("nav.label")}>
        {visible.map((item) => (
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
        <span
          className="app-header__who muted"
          data-testid="signed-in-as"
          title={t(`people.role.${actor.role}`)}
        >
          {actor.label}
        </span>
        <LanguageSwitch />
        <button type="button" className="button button--ghost" data-testid="sign-out" onClick={onSignOut}>
          {t("nav.signOut")}
        </button>
      </div>
    </header>
  );
}
