/** The signed-in console: header with navigation, and the page the address names. */
import { useMemo } from "react";
import { ApiProvider } from "../api/api-context";
import { createApiClient } from "../api/client";
import { ChannelAccountsPage } from "../features/channel-accounts/channel-accounts-page";
import { InboxPage } from "../features/conversations/inbox-page";
import { NavigationProvider } from "../routing/navigation";
import { useRoute } from "../routing/use-route";
import { AppHeader } from "./app-header";

interface ConsoleShellProps {
  token: string;
  onSignOut(reason: "user" | "rejected"): void;
}

export function ConsoleShell({ token, onSignOut }: ConsoleShellProps) {
  const { route, navigate } = useRoute();
  const client = useMemo(
    () => createApiClient({ token, onUnauthorized: () => onSignOut("rejected") }),
    [token, onSignOut],
  );

  return (
    <ApiProvider client={client}>
      <NavigationProvider navigate={navigate}>
        <div className="console">
          <AppHeader page={route.page} onSignOut={() => onSignOut("user")} />
          {route.page === "channel-accounts" ? (
            <ChannelAccountsPage />
          ) : (
            <InboxPage conversationId={route.conversationId} />
          )}
        </div>
      </NavigationProvider>
    </ApiProvider>
  );
}
