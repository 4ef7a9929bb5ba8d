/** The signed-in console: header with navigation, and the page the address names. */
import { useMemo } from "react";
import { ApiProvider } from "../api/api-context";
import { createApiClient } from "../api/client";
import { LiveUpdatesProvider } from "../api/live-updates";
import type { SessionInfo } from "../api/session-api";
import type { Credentials } from "../features/auth/session-gate";
import { SessionProvider } from "../features/auth/session-context";
import { PeoplePage } from "../features/people/people-page";
import { ReportsPage } from "../features/reports/reports-page";
import { AutomationPage } from "../features/automation/automation-page";
import { BotEditorPage } from "../features/bots/bot-editor-page";
import { BotsPage } from "../features/bots/bots-page";
import { ChannelAccountsPage } from "../features/channel-accounts/channel-accounts-page";
import { InboxPage } from "../features/conversations/inbox-page";
import { StoresPage } from "../features/stores/stores-page";
import { SavedRepliesPage } from "../features/saved-replies/saved-replies-page";
import { NavigationProvider } from "../routing/navigation";
import type { Route } from "../routing/route";
import { useRoute } from "../routing/use-route";
import { AppHeader } from "./app-header";

interface ConsoleShellProps {
  credentials: Credentials;
  session: SessionInfo;
  onSignOut(reason: "user" | "rejected"): void;
}

export function ConsoleShell({ credentials, session, onSignOut }: ConsoleShellProps) {
  const { route, navigate } = useRoute();
  const { token, csrfToken } = credentials;
  const client = useMemo(
    () => createApiClient({ token, csrfToken, onUnauthorized: () => onSignOut("rejected") }),
    [token, csrfToken, onSignOut],
  );

  return (
    <ApiProvider client={client}>
      <SessionProvider session={session}>
        <LiveUpdatesProvider token={token}>
          <NavigationProvider navigate={navigate}>
            <div className="console">
              <AppHeader page={route.page} onSignOut={() => onSignOut("user")} />
              <CurrentPage route={route} />
            </div>
          </NavigationProvider>
        </LiveUpdatesProvider>
      </SessionProvider>
    </ApiProvider>
  );
}

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case "channel-accounts":
      return <ChannelAccountsPage />;
    case "bots":
      return <BotsPage />;
    case "bot":
      return <BotEditorPage botId={route.botId} />;
    case "automation":
      return <AutomationPage />;
    case "stores":
      return <StoresPage />;
    case "saved-replies":
      return <SavedRepliesPage />;
    case "people":
      return <PeoplePage />;
    case "reports":
      return <ReportsPage />;
    case "inbox":
      return <InboxPage conversationId={route.conversationId} />;
  }
}
