/** Keyword rules, default reply, ref links and templates of a channel account. */
export function AutomationPage() {
  return <main className="page" data-testid="automation-page" />;
}
