import type { RouteDef } from '../../app/page';

/** The enrollment site (W-ENROLL): open to any persona; the pages say who may enroll. */
export const routes: RouteDef[] = [
  {
    pattern: 'enroll',
    portal: null,
    titleKey: 'enroll:title',
    load: () => import('./EnrollPage.svelte'),
  },
  {
    pattern: 'enroll/verify/:token',
    portal: null,
    titleKey: 'enroll:verify.title',
    load: () => import('./VerifyEmailPage.svelte'),
  },
];
