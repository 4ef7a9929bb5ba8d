/** The bar across the top: brand, pages, language and sign out. */
import { useI18n } from "../i18n/i18n-context";
import { LanguageSwitch } from "../i18n/language-switch";
import type { Route } from "../routing/route";
import { RouteLink } from "../routing/route-link";

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
        <RouteLink
          to={{ page: "inbox", conversationId: null }}
          className="app-header__link"
          data-testid="nav-inbox"
          aria-current={page === "inbox" ? "page" : undefined}
        >
          {t("nav.inbox")}
        </RouteLink>
        <RouteLink
          to={{ page: "channel-accounts" }}
          className="app-header__link"
          data-testid="nav-channel-accounts"
          aria-current={page === "channel-accounts" ? "page" : undefined}
        >
          {t("nav.channelAccounts")}
        </RouteLink>
        <RouteLink
          to={{ page: "bots" }}
          className="app-header__link"
          data-testid="nav-bots"
          aria-current={page === "bots" || page === "bot" ? "page" : undefined}
        >
          {t("nav.bots")}
        </RouteLink>
        <RouteLink
          to={{ page: "automation" }}
          className="app-header__link"
          data-testid="nav-automation"
          aria-current={page === "automation" ? "page" : undefined}
        >
          {t("nav.automation")}
        </RouteLink>
      </nav>
      <div className="app-header__end">
        <LanguageSwitch />
        <button type="button" className="button button--ghost" data-testid="sign-out" onClick={onSignOut}>
          {t("nav.signOut")}
        </button>
      </div>
    </header>
  );
}
