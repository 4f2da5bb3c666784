import Dexie from 'dexie';
import type { AppDB } from '../AppDB';
import type { Relationship } from '../../domain/types';

export interface CustomerPageArgs {
  partnerId: string;
  /** Case-insensitive name prefix; empty for all. */
  search: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface CustomerPage {
  rows: Relationship[];
  total: number;
}

/**
 * One page of a partner's customers (R-IND-9: only those with a reseller relationship),
 * sorted, counted and prefix-searched on the [resellerOf+customerNameLower] index alone: a
 * partner with 10,000 customers never loads or walks the whole table.
 */
export async function customerPage(db: AppDB, args: CustomerPageArgs): Promise<CustomerPage> {
  const prefix = args.search.trim().toLowerCase();
  const range = () =>
    db.relationships
      .where('[resellerOf+customerNameLower]')
      .between(
        [args.partnerId, prefix],
        [args.partnerId, prefix ? prefix + '\uffff' : Dexie.maxKey],
        true,
        true,
      );
  const ordered = args.dir === 'desc' ? range().reverse() : range();
  const [rows, total] = await Promise.all([
    ordered
      .offset(args.page * args.pageSize)
      .limit(args.pageSize)
      .toArray(),
    range().count(),
  ]);
  return { rows, total };
}
