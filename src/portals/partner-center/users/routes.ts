import type { RouteDef } from '../../../app/page';

/**
 * This area's pages; src/app/routes.ts includes them.
 * W-ADD-USER's form is a page of its own ("Confirm the user's details on the next page").
 * Its route asks for User management (R-IND-7), not for 'pc.users.add': a Global admin who is
 * not yet an Admin agent then reaches the page and is told R-IND-5 and how to fix it, rather
 * than a generic refusal. The page's machine and the repository both refuse the add itself.
 */
export const routes: RouteDef[] = [
  {
    pattern: 'partner-center/settings/user-management/add',
    portal: 'partner-center',
    feature: 'pc.settings.userManagement',
    titleKey: 'users:add.title',
    load: () => import('./AddUserPage.svelte'),
  },
];
