import { navigate, useLocation } from './router.js';

/**
 * The tab an entity's page shows, kept in its URL (`?tab=`) so that a reload or a shared link opens it. Choosing a
 * tab replaces the history entry: Back leaves the page instead of stepping through its tabs.
 */
export function useUrlTab(pagePath: string, fallback: string): [tab: string, select: (id: string) => void] {
  const { query } = useLocation();
  const select = (id: string) => navigate(`${pagePath}?tab=${id}`, { replace: true });
  return [query.get('tab') ?? fallback, select];
}
