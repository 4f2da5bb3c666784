import type { RouteDef } from '../../../app/routes';

/** This area's pages; src/app/routes.ts includes them. */
export const routes: RouteDef[] = [];
